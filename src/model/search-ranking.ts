/**
 * Which Pagefind results are explainers (and which are sources), worked out once at build time from
 * the index Pagefind wrote, so the browser can list matching explainers
 * first without running a second, filtered search on every query (that
 * search cost about 45 ms of the first query's 300 ms).
 *
 * Pagefind stores each page as a fragment: gzip of "pagefind_dcd" and JSON,
 * one page per file named by the page's result id, or several pages in a
 * group file keyed by result id. This reads both forms and fails loudly if
 * a Pagefind upgrade changes them.
 */
import { gunzipSync } from 'node:zlib';
import type { SearchType } from './search-records.ts';

/**
 * In the Pagefind bundle folder: `{ first, last }`, the result ids listed first when they match
 * (explainers: what a reader came for) and last (sources: the evidence behind our own pages, which
 * quote them; a reader searching a name wants the events and explainers about it before the documents).
 */
export const RANKING_FILE = 'ranking.json';

/** What RANKING_FILE holds. */
export interface SearchRanking {
  first: string[];
  last: string[];
  /**
   * A query that is exactly the name (or another name) of a place, person, term or system, in
   * lower case, mapped to the result id of its entry: listed before everything else, as a
   * reference work puts the entry itself above the pages that mention it.
   */
  exact: Record<string, string>;
}

/** In the Pagefind bundle folder: the story's other names for things (src/shared/search-aliases.ts). */
export const ALIASES_FILE = 'aliases.json';

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url: string;
  meta?: Record<string, string>;
}

/** The JSON inside a fragment file, as Pagefind's browser code reads it. */
function readFragmentFile(path: string, content: Uint8Array): unknown {
  const bytes = Buffer.from(content);
  const plain = bytes.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? bytes : gunzipSync(bytes);
  if (plain.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
    throw new Error(`Search index: ${path} is not a Pagefind fragment this build understands (no "${SIGNATURE}" signature); check the pagefind version.`);
  }
  return JSON.parse(plain.subarray(SIGNATURE.length).toString('utf8'));
}

const isFragment = (value: unknown): value is Fragment => typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string';

/** Each result's id, URL (as indexed, without the base path) and kind (see SearchType), from Pagefind's in-memory files. */
export function indexedResults(files: { path: string; content: Uint8Array }[]): { id: string; url: string; kind: string | undefined }[] {
  const results: { id: string; url: string; kind: string | undefined }[] = [];
  for (const { path, content } of files) {
    const match = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path);
    if (!match?.[1]) continue;
    const data = readFragmentFile(path, content);
    const entries: [string, unknown][] = isFragment(data) ? [[match[1], data]] : Object.entries(data as Record<string, unknown>);
    for (const [id, fragment] of entries) {
      if (!isFragment(fragment)) throw new Error(`Search index: ${path} holds an entry "${id}" that is not a page; check the pagefind version.`);
      results.push({ id, url: fragment.url, kind: fragment.meta?.['kind'] });
    }
  }
  return results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Result ids of the pages of one kind (their `kind` meta, a SearchType), sorted. */
export function resultIdsOfKind(files: { path: string; content: Uint8Array }[], kind: SearchType): string[] {
  return resultIdsOfKindIn(indexedResults(files), kind);
}

const resultIdsOfKindIn = (results: ReturnType<typeof indexedResults>, kind: SearchType) => results.flatMap((r) => (r.kind === kind ? [r.id] : []));

/**
 * The ranking file's contents: `names` maps each lower-case name of an entry to its URL (see
 * exactNames in search-records.ts); a name whose URL has no result is left out.
 */
export function searchRanking(files: { path: string; content: Uint8Array }[], names: Readonly<Record<string, string>>, base: string): SearchRanking {
  const results = indexedResults(files);
  // Pagefind stores page URLs with the base path and records as given; compare both without it.
  const unbased = (url: string) => (base !== '/' && url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  const byUrl = new Map(results.map((r) => [unbased(r.url), r.id]));
  const exact: Record<string, string> = {};
  for (const [name, url] of Object.entries(names).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = byUrl.get(url);
    if (id !== undefined) exact[name] = id;
  }
  return {
    first: resultIdsOfKindIn(results, 'explainer'),
    last: resultIdsOfKindIn(results, 'source'),
    exact,
  };
}
