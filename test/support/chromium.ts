/**
 * Finds Debian's Chromium for the browser tests. Without it, browser tests
 * are skipped with one line saying why, except under CI=true, where a
 * missing browser fails the run: CI must never pass by skipping.
 */
import { existsSync } from 'node:fs';
import { chromiumExecutable } from '../../scripts/lib/chromium.ts';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = chromiumExecutable(env);
  return existsSync(candidate) ? candidate : undefined;
}

export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['CI'] === 'true' || env['CI'] === '1';
}

export function skipReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (chromiumPath(env)) return undefined;
  return `Browser tests skipped: no Chromium at ${env['CHROME_PATH'] || '/usr/bin/chromium'} (install it with \`apt-get install -y chromium\` or set CHROME_PATH).`;
}
