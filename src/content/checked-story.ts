/**
 * The story, read and checked once per build and handed to everything that
 * needs it: the content-check integration reads it first (so a broken file
 * stops the build before Astro starts), then the pages, the search index and
 * the explainers' loader take the same result. The result is kept on
 * `globalThis` because the integration runs in Node's module graph and the
 * pages in Vite's, in the same process. In `astro dev` a change to the story
 * folder calls `forgetCheckedStory`, and the next page reads it afresh.
 */
import { checkContent, type CheckResult } from './check.ts';

const KEY = Symbol.for('explainer-site.checked-story');
type Cache = Map<string, Promise<CheckResult>>;
const cache = ((globalThis as Record<symbol, Cache | undefined>)[KEY] ??= new Map());
/** The same checks once finished, for callers that cannot wait (the sitemap's filter). */
const SETTLED = Symbol.for('explainer-site.checked-story.settled');
const settled = ((globalThis as Record<symbol, Map<string, CheckResult> | undefined>)[SETTLED] ??= new Map());

/** The check of the story folder `dir` (absolute), made on first use. */
export function checkedStory(dir: string): Promise<CheckResult> {
  let result: Promise<CheckResult> | undefined = cache.get(dir);
  if (!result) {
    cache.set(dir, (result = checkContent(dir)));
    void result.then((done) => cache.get(dir) === result && settled.set(dir, done));
  }
  return result;
}

/** The check of `dir` if it has finished, without waiting. */
export function settledStory(dir: string): CheckResult | undefined {
  return settled.get(dir);
}

/** Forgets the check of `dir`, after a file in it changed. */
export function forgetCheckedStory(dir: string): void {
  cache.delete(dir);
  settled.delete(dir);
}
