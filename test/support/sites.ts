/**
 * The sites the build and browser tests run against, each a real build of a
 * content folder. Built once per test run by the global setup.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUTPUT = join(ROOT, 'test', '.output');

export interface SiteSpec {
  content: string;
  base: string;
  site?: string;
}

export const SITES = {
  /** The fixture story at the domain root. */
  fixture: { content: 'test/fixtures/story', base: '/', site: 'https://example.test' },
  /** The same again, from a fresh cache: must be byte-identical. */
  fixtureAgain: { content: 'test/fixtures/story', base: '/', site: 'https://example.test' },
  /** The fixture story under a GitHub Pages style sub-path. */
  fixtureSub: { content: 'test/fixtures/story', base: '/explainer-repo/', site: 'https://example.test' },
  /** The fixture story with an attack in every text field (test/support/payload-story.ts), written by the global setup. */
  payload: { content: 'test/.output/payload-content', base: '/', site: 'https://example.test' },
  /** The shipped story. */
  story: { content: 'content', base: '/', site: 'https://example.test' },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;

export const siteDir = (name: SiteName) => join(OUTPUT, name);

/** Runs `npm run build`'s script for a content folder; returns its exit status and output. */
export function buildSite(spec: SiteSpec, dist: string, cache: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: spec.content,
      BASE_PATH: spec.base,
      SITE_URL: spec.site ?? '',
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: cache,
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
