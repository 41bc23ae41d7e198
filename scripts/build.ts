/**
 * `npm run build`: reads and checks the story, builds the site and its search
 * index into a staging folder, and only then replaces `dist/`. A failed build
 * leaves the previous `dist/` as it was. Astro runs in this process, so the
 * story is read and checked once (by the content-check integration) for the
 * whole build.
 * Environment: CONTENT_DIR, SITE_URL, BASE_PATH, DIST_DIR (default `dist`),
 * ASTRO_ROOT (a copy of the project to build from; see below).
 */
import { existsSync, readdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = resolve(process.env['DIST_DIR'] || 'dist');
const staging = `${dist}.staging`;
const retired = `${dist}.previous`;
// Astro keeps build state in <root>/.astro/, so two builds of different stories from one root would
// overwrite each other's; ASTRO_ROOT names a copy of the project to build from instead (the tests do).
const astroRoot = process.env['ASTRO_ROOT'] ? resolve(process.env['ASTRO_ROOT']) : root;

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['OUT_DIR'] = staging;
const { build } = await import('astro');
const { checkedStory } = await import('../src/content/checked-story.ts');
const { contentDir } = await import('../src/content/content-dir.ts');
const { formatProblems } = await import('../src/content/problems.ts');

const failed = async (report: unknown): Promise<never> => {
  await rm(staging, { recursive: true, force: true });
  console.error(report);
  console.error(`\nThe build failed; ${relative(process.cwd(), dist) || dist} was left as it was.`);
  process.exit(1);
};

const pages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);

const started = performance.now();
await rm(staging, { recursive: true, force: true });
// The story is checked before Astro starts, so a content problem is reported on its own, without
// Astro's hook-error preamble; the integration then reuses this check (src/content/checked-story.ts).
const story = contentDir();
const { problems } = await checkedStory(story.path);
if (problems.length > 0) await failed(formatProblems(problems, story.label, 'build'));
try {
  await build({ root: astroRoot, logLevel: process.env['BUILD_LOG'] === 'quiet' ? 'warn' : 'info' });
} catch (error) {
  // A content problem's message is the whole report; anything else is Astro's or ours, with its stack.
  await failed(error instanceof Error && error.name === 'ContentError' ? error.message : error);
}

await rm(retired, { recursive: true, force: true });
if (existsSync(dist)) await rename(dist, retired);
await rename(staging, dist);
await rm(retired, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nBuilt ${pages(dist)} pages in ${seconds} s into ${relative(process.cwd(), dist) || dist}/`);
