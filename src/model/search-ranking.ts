/**
 * Which Pagefind results are explainers, worked out once at build time from
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

/** In the Pagefind bundle folder: a JSON array of the result ids of explainers. */
export const EXPLAINER_IDS_FILE = 'explainers.json';

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

/** Result ids of the pages whose `type` meta is `type`, sorted, from Pagefind's in-memory files. */
export function resultIdsOfType(files: { path: string; content: Uint8Array }[], type: string): string[] {
  const ids: string[] = [];
  for (const { path, content } of files) {
    const match = /(?:^|\/)fragment\/([^/]+)\.pf_fragment$/.exec(path);
    if (!match?.[1]) continue;
    const data = readFragmentFile(path, content);
    const entries: [string, unknown][] = isFragment(data) ? [[match[1], data]] : Object.entries(data as Record<string, unknown>);
    for (const [id, fragment] of entries) {
      if (!isFragment(fragment)) throw new Error(`Search index: ${path} holds an entry "${id}" that is not a page; check the pagefind version.`);
      if (fragment.meta?.['type'] === type) ids.push(id);
    }
  }
  return ids.sort();
}
