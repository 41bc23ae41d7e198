/**
 * The sites the build and browser tests run against, each a real build of a
 * content folder, made once per test run by the global setup. Each run
 * builds into a folder of its own (`test/.output/run-<pid>/`), so two runs
 * on one checkout never share output.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** What a build reads from the project, besides node_modules and the content folder. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of the project for one build to run from (scripts/build.ts, ASTRO_ROOT): Astro keeps state in
 * <root>/.astro/, so two builds of different stories from one root would overwrite each other's.
 */
export async function projectCopy(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const file of PROJECT_FILES) await cp(join(ROOT, file), join(dir, file), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Where this run's sites are built; set by the global setup for the test workers it starts. */
export function outputDir(): string {
  const dir = process.env['EXPLAINER_TEST_OUTPUT'];
  if (!dir) throw new Error('EXPLAINER_TEST_OUTPUT is not set: the site tests run after test/support/global-setup.ts');
  return dir;
}

export interface SiteSpec {
  /** The content folder, relative to the repository (or to this run's output folder when `generated`). */
  content: string;
  /** BASE_PATH. */
  base: string;
  /** SITE_URL; a site built without one tests what pages do without absolute URLs. */
  site?: string;
  /** True when the global setup writes the content into this run's output folder. */
  generated?: boolean;
}

export const SITES = {
  /** The shipped story. Listed first: the longest build starts first. */
  story: { content: 'content', base: '/', site: 'https://example.test' },
  /** The fixture story at the domain root. */
  fixture: { content: 'test/fixtures/story', base: '/', site: 'https://example.test' },
  /** The same again, from a fresh cache: must be byte-identical. */
  fixtureAgain: { content: 'test/fixtures/story', base: '/', site: 'https://example.test' },
  /** The fixture story under a GitHub Pages style sub-path. */
  fixtureSub: { content: 'test/fixtures/story', base: '/explainer-repo/', site: 'https://example.test' },
  /** The fixture story with an attack in every text field (test/support/payload-story.ts), written by the global setup. */
  payload: { content: 'payload-content', base: '/', site: 'https://example.test', generated: true },
  /** A second invented story on another continent, with no systems, eras, people or rules, built without SITE_URL. */
  other: { content: 'test/fixtures/other-story', base: '/' },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;

export const siteDir = (name: SiteName) => join(outputDir(), name);

/** The content folder a site is built from, as an absolute path. */
export const contentOf = (spec: SiteSpec) => (spec.generated ? join(outputDir(), spec.content) : join(ROOT, spec.content));

function buildEnv(spec: SiteSpec, dist: string, cache: string, astroRoot: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASTRO_ROOT: astroRoot,
    CONTENT_DIR: spec.generated ? join(outputDir(), spec.content) : spec.content,
    BASE_PATH: spec.base,
    SITE_URL: spec.site ?? '',
    DIST_DIR: dist,
    ASTRO_CACHE_DIR: cache,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

const BUILD = join(ROOT, 'scripts', 'build.ts');

/**
 * Runs `npm run build`'s script for a content folder, from a copy of the project (`astroRoot`, see
 * projectCopy): never from the checkout itself, where a maintainer's own build would share Astro's state.
 * Returns its exit status and output; several can run at once.
 */
export function buildSite(spec: SiteSpec, dist: string, cache: string, astroRoot: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BUILD], { cwd: ROOT, env: buildEnv(spec, dist, cache, astroRoot) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => done({ status, output }));
  });
}
