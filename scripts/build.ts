/**
 * `npm run build`: checks the content, builds the site and its search index
 * into a staging folder, and only then replaces `dist/`. A failed build
 * leaves the previous `dist/` as it was.
 * Environment: CONTENT_DIR, SITE_URL, BASE_PATH, DIST_DIR (default `dist`), ASTRO_ROOT.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/content/check.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/problems.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = resolve(process.env['DIST_DIR'] || 'dist');
const staging = `${dist}.staging`;
const retired = `${dist}.previous`;

const dir = contentDir();
const { problems } = await checkContent(dir.path);
if (problems.length > 0) {
  console.error(formatProblems(problems, dir.label));
  process.exit(1);
}

await rm(staging, { recursive: true, force: true });
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// Astro keeps build state in <root>/.astro/, so two builds of different stories from one root would
// overwrite each other's; ASTRO_ROOT names a copy of the project to build from instead (the tests do).
const astroRoot = process.env['ASTRO_ROOT'] ? resolve(process.env['ASTRO_ROOT']) : root;
const result = spawnSync(process.execPath, [astro, 'build', '--root', astroRoot], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${dist} was left as it was.`);
  process.exit(result.status ?? 1);
}

await rm(retired, { recursive: true, force: true });
if (existsSync(dist)) await rename(dist, retired);
await rename(staging, dist);
await rm(retired, { recursive: true, force: true });
console.log(`\nBuilt ${dist}`);
