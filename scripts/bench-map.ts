/**
 * `npm run bench:map`: builds a synthetic story of 1,000 events and 50 map
 * areas that come and go, opens its map in Chromium, and steps the scrubber
 * through the story with the keyboard, timing each redraw with the
 * Performance API (the map script measures each as "map-render"). Also
 * reports the shipped story's map page weight when `dist/` holds it.
 * EVENTS and LAYERS change the sizes. Prints a table; exits 1 when the 95th
 * percentile step is over 16 ms (one frame).
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pageWeight } from './lib/page-weight.ts';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { writeSyntheticStory } from './lib/synthetic-story.ts';

const root = resolve(import.meta.dirname, '..');
const content = join(root, '.cache', 'bench-map', 'content');
const dist = join(root, '.cache', 'bench-map', 'dist');
const EVENTS = Number(process.env['EVENTS'] || 1000);
const LAYERS = Number(process.env['LAYERS'] || 50);
const STEPS = 40;

await writeSyntheticStory(content, { events: EVENTS, explainers: 1, layers: LAYERS, places: 60 });
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit', env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, BUILD_LOG: 'quiet', ASTRO_CACHE_DIR: join(root, '.cache', 'bench-map', 'astro') } });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic({ root: dist });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${server.url}map/`);
await page.locator('#map[data-enhanced] [data-scrubber][data-enhanced]').waitFor();
const counts = await page.evaluate(() => ({ events: document.querySelectorAll('#map .event').length, areas: document.querySelectorAll('#map .area').length }));
const slider = page.locator('#map .scrubber-input');
await slider.focus();
await page.keyboard.press('Home');
await page.evaluate(() => performance.clearMeasures('map-render'));
// Each key is one step of the scrubber: arrows to the next day with an event, Page Up a month on.
for (let i = 0; i < STEPS; i++) {
  await page.keyboard.press(i % 4 === 3 ? 'PageUp' : 'ArrowRight');
  await page.waitForTimeout(20);
}
const durations = await page.evaluate(() => performance.getEntriesByName('map-render').map((e) => e.duration));
await browser.close();
await server.close();

console.log(`redraws (ms): ${durations.map((d) => d.toFixed(1)).join(", ")}`);
durations.sort((a, b) => a - b);
const median = durations[Math.floor(durations.length / 2)] ?? NaN;
// The machine is shared: a step the scheduler or the garbage collector interrupts says nothing about the
// map, so the target is held by the 95th percentile, and the slowest step is reported beside it.
const p95 = durations[Math.ceil(durations.length * 0.95) - 1] ?? NaN;
const max = durations.at(-1) ?? NaN;
const row = (name: string, value: string, target: string) => console.log(`| ${name} | ${value} | ${target} |`);
console.log(`\n| measure (${counts.events} event dots, ${counts.areas} areas, 1280 px) | value | target |\n| --- | --- | --- |`);
row('scrubber step redraw, median', `${median.toFixed(1)} ms (${durations.length} steps)`, '≤ 16 ms');
row('scrubber step redraw, 95th percentile', `${p95.toFixed(1)} ms`, '≤ 16 ms');
row('scrubber step redraw, slowest', `${max.toFixed(1)} ms`, '(noise on a shared machine)');
row('machine load (1-minute average, cores)', `${loadavg()[0]!.toFixed(2)} on ${cpus().length}`, '');
try {
  const weight = pageWeight(join(root, 'dist'), 'map/index.html', '/');
  row('shipped story: map page JS', `${(weight.js / 1024).toFixed(1)} KB gzip`, '≤ 20 KB');
} catch {
  console.log('(build the shipped story with `npm run build` to include its page weight)');
}
if (p95 > 16) process.exitCode = 1;
