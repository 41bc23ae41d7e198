/**
 * `npm run bench:timeline`: builds a synthetic story of 1,000 events, opens
 * its timeline in Chromium, and times zoom steps with the Performance API
 * (the client script measures each redraw as "timeline-render"). Also
 * reports the shipped story's timeline page weight. Prints a table.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './lib/page-weight.ts';
import { serveStatic } from './lib/static-server.ts';
import { launchChromium } from './lib/chromium.ts';
import { writeSyntheticStory } from './lib/synthetic-story.ts';

const root = resolve(import.meta.dirname, '..');
const content = join(root, '.cache', 'bench-timeline', 'content');
const dist = join(root, '.cache', 'bench-timeline', 'dist');
const EVENTS = Number(process.env['EVENTS'] || 1000);

await writeSyntheticStory(content, { events: EVENTS, explainers: 1 });
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit', env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(root, '.cache', 'bench-timeline', 'astro') } });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic({ root: dist });
const browser = await launchChromium();
// Reduced motion: one redraw per zoom step, so each step is timed alone.
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
await page.goto(`${server.url}timeline/`);
await page.locator('[data-controls]:not([hidden])').waitFor();
await page.evaluate(() => performance.clearMeasures('timeline-render'));
for (const zoom of ['in', 'in', 'in', 'in', 'in', 'in', 'out', 'out', 'out', 'in', 'in', 'out', 'out', 'out', 'out', 'reset']) {
  await page.locator(`[data-zoom="${zoom}"]`).click();
  await page.waitForTimeout(50);
}
const durations = await page.evaluate(() => performance.getEntriesByName('timeline-render').map((e) => e.duration));
const shift = await page.evaluate(() => new Promise<number>((done) => {
  let total = 0;
  // Shifts right after input (the zoom keys) are expected and excluded, as CLS does.
  new PerformanceObserver((list) => list.getEntries().forEach((e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) total += shift.value;
  })).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => done(total), 100);
}));
await browser.close();
await server.close();

console.log(`render durations (ms): ${durations.map((d) => d.toFixed(1)).join(', ')}`);
durations.sort((a, b) => a - b);
const median = durations[Math.floor(durations.length / 2)] ?? NaN;
const max = durations.at(-1) ?? NaN;
const story = join(root, 'dist');
const row = (name: string, value: string, target: string) => console.log(`| ${name} | ${value} | ${target} |`);
console.log(`\n| measure (${EVENTS} synthetic events, 1280 px) | value | target |\n| --- | --- | --- |`);
row('zoom-step render, median', `${median.toFixed(1)} ms (${durations.length} steps)`, '≤ 16 ms');
row('zoom-step render, slowest', `${max.toFixed(1)} ms`, '≤ 16 ms');
row('layout shift on load', shift.toFixed(4), '0');
try {
  const weight = pageWeight(story, 'timeline/index.html', '/');
  const svg = /<svg class="tl-svg"[\s\S]*?<\/svg>/.exec(readFileSync(join(story, 'timeline/index.html'), 'utf8'))?.[0] ?? '';
  row('shipped story: timeline page JS', `${(weight.js / 1024).toFixed(1)} KB gzip`, '≤ 20 KB');
  row('shipped story: chart SVG', `${(gzipSync(svg, { level: 9 }).length / 1024).toFixed(1)} KB gzip`, '≤ 60 KB');
} catch {
  console.log('(build the shipped story with `npm run build` to include its page weight)');
}
if (max > 16) process.exitCode = 1;
