/**
 * Debian's Chromium, launched the one way this project launches it: by the
 * screenshot and benchmark scripts, and (through test/support) by the tests.
 * The flags keep a headless browser from phoning home on a closed network.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumExecutable = (env: NodeJS.ProcessEnv = process.env) => env['CHROME_PATH'] || '/usr/bin/chromium';

export function launchChromium(executablePath = chromiumExecutable()): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
