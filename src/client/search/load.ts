/**
 * Loads Pagefind from the site's own bundle (under the base path) once, and
 * starts loading its index straight away: the header box calls this on the
 * first keystroke, so the index arrives alongside the popup code rather
 * than after it. With it comes the list of which results are explainers
 * (written at build by src/integrations/search-index.ts).
 */
import type { AliasTable } from '../../shared/search-aliases.ts';
import type { Pagefind, Ranking } from './pagefind.ts';

export interface Search {
  pagefind: Pagefind;
  /** Result ids listed first (explainers) and last (sources) when they match. */
  ranking: Ranking;
  /** Other names for the same things, each searched too. */
  aliases: AliasTable;
}

let loaded: Promise<Search> | undefined;

/**
 * Pagefind splits each query with Intl.Segmenter, whose first use in a tab
 * loads ICU data (10–25 ms on a slow machine): do it while the scripts are
 * still downloading, not after.
 */
function warmSegmenter(): void {
  try {
    [...new Intl.Segmenter(document.documentElement.lang || undefined, { granularity: 'grapheme' }).segment('a')];
  } catch {
    // No Segmenter (or an odd language tag): Pagefind falls back, and so do we.
  }
}

/**
 * Resolves soon after Pagefind's index has loaded. A search made before then
 * waits for Pagefind's next look at its index, and it looks every 50 ms
 * (getPtr in pagefind.js): on a cold first query that cost 25 ms on average
 * and up to 50. Empty preloads (they fetch nothing) started 10 ms apart look
 * out of step, so the first to return comes within about 10 ms of the index,
 * and the search that follows runs at once.
 */
function indexLoaded(pagefind: Pagefind): Promise<unknown> {
  const after = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const looks = Promise.any([0, 10, 20, 30, 40].map((ms) => after(ms).then(() => pagefind.preload('')))).catch(() => undefined);
  // Only a speed-up: an index that stalls or fails is left for the search itself to wait on or report.
  return Promise.race([looks, after(2000)]);
}

/** `bundle` is the URL of the pagefind/ folder, e.g. "/repo/pagefind/". */
export function loadSearch(bundle: string): Promise<Search> {
  loaded ??= (async () => {
    const loading = import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>;
    // Without the lists, results keep Pagefind's own order.
    const none: Ranking = { first: new Set(), last: new Set() };
    const ranking = fetch(`${bundle}ranking.json`)
      .then((response) => (response.ok ? (response.json() as Promise<{ first: string[]; last: string[]; exact: Record<string, string> }>) : { first: [], last: [], exact: {} }))
      .then(({ first, last, exact }): Ranking => ({ first: new Set(first), last: new Set(last), exact }), () => none);
    // Without the table, each query is searched as typed.
    const aliases = fetch(`${bundle}aliases.json`)
      .then((response) => (response.ok ? (response.json() as Promise<AliasTable>) : { groups: [], names: {} }))
      .catch((): AliasTable => ({ groups: [], names: {} }));
    // In the next task: after the caller's own imports are on their way, and without holding up the paint of
    // the character just typed.
    setTimeout(warmSegmenter);
    const pagefind = await loading;
    // Result URLs get the base path, and a ?highlight= so the page marks the words found. No worker: on the
    // first query, starting one costs more than it saves (measured with npm run bench:search).
    await pagefind.options({ baseUrl: new URL('..', new URL(bundle, location.href)).pathname, highlightParam: 'highlight', noWorker: true });
    void pagefind.init();
    await indexLoaded(pagefind);
    return { pagefind, ranking: await ranking, aliases: await aliases };
  })();
  return loaded;
}
