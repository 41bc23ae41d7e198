/**
 * `npm run screenshots`: full-page screenshots of a few pages of `dist/` at
 * 390 px and 1280 px, light and dark, into `.cache/screenshots/`, for a
 * person to look at. PAGES overrides the list (comma-separated paths).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';

const root = resolve(process.env['DIST_DIR'] || 'dist');
const out = resolve('.cache/screenshots');
const pages = (process.env['PAGES'] || '/,/timeline/,/about/').split(',');

await mkdir(out, { recursive: true });
const server = await serveStatic({ root, base: process.env['BASE_PATH'] || '/' });
const browser = await launchChromium();
for (const width of [390, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(server.url + path.replace(/^\//, ''));
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env['FULL'] === '1' });
      console.log(`${out}/${name}`);
      await page.close();
    }
    await context.close();
  }
}
await browser.close();
await server.close();
