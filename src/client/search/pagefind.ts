/**
 * Pagefind's interface as we use it, and its results as list items. Data is always set as text; Pagefind's
 * excerpts, whose only markup is <mark>, are split rather than parsed.
 */
import { normaliseName, queryVariants, type AliasTable } from '../../shared/search-aliases.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface Found {
  results: { id: string; score: number; data(): Promise<ResultData> }[];
  /** Counts of results per filter value, for this query. */
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<Found>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(query: string): Promise<void>;
  /** Starts loading the index; searching waits for it either way. */
  init(): Promise<void>;
}

type Result = Found['results'][number];

/** The results of several queries as one: each page once, at its best score; counts from the query as typed. */
async function mergedSearch(pagefind: Pagefind, queries: string[], options: Record<string, unknown>): Promise<Found> {
  const [typed, ...others] = await Promise.all(queries.map((q) => pagefind.search(q, options)));
  if (!typed || others.length === 0) return typed ?? { results: [] };
  const best = new Map<string, Result>();
  for (const result of [typed, ...others].flatMap((f) => f.results)) {
    const seen = best.get(result.id);
    if (!seen || result.score > seen.score) best.set(result.id, result);
  }
  // A date sort keeps Pagefind's order (the sort key); otherwise the best score comes first.
  const results = options['sort'] ? [...best.values()] : [...best.values()].sort((a, b) => b.score - a.score);
  return { ...typed, results };
}

/** Result ids to list first (explainers) and last (sources), and the entry a query names exactly, from the build's ranking.json. */
export interface Ranking {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  exact?: Readonly<Record<string, string>>;
}

/**
 * Best match, with up to three explainers that match first and sources last:
 * a short event page that repeats a word outranks a long explainer on raw
 * relevance, but the explainer is what a reader searching "flood barrier" came
 * for; and a source page that names the mayor in its headline is evidence, while
 * the events and people pages about her are what a reader searching her name wants.
 */
export async function rankedSearch(
  pagefind: Pagefind,
  ranking: Ranking,
  query: string,
  filters: Record<string, unknown> = {},
  aliases: AliasTable = { groups: [], names: {} },
  sort?: Record<string, string>,
): Promise<{ found: Found; ordered: Result[] }> {
  // One search per name a reader might use for what they typed ("Peking", "Beijing"); Pagefind returns every
  // match (their data loads later), and the build lists which are explainers.
  const found = await mergedSearch(pagefind, queryVariants(query, aliases), { filters, ...(sort ? { sort } : {}) });
  const named = ranking.exact?.[normaliseName(query)];
  const entry = found.results.filter((r) => r.id === named);
  const first = [...entry, ...found.results.filter((r) => ranking.first.has(r.id) && r.id !== named).slice(0, 3)];
  const ids = new Set(first.map((r) => r.id));
  const rest = found.results.filter((r) => !ids.has(r.id));
  return { found, ordered: [...first, ...rest.filter((r) => !ranking.last.has(r.id)), ...rest.filter((r) => ranking.last.has(r.id))] };
}

/**
 * How many results of the query each filter value has, ignoring the filters chosen: Pagefind gives
 * counts only for the keys of the filters a search used, so this search names every key, with every
 * value allowed. With other names for what was typed ("Peking", "Beijing"), whose results are listed together,
 * each value's count is of the pages any name finds, each page once: one search per value and name.
 */
export async function filterCounts(
  pagefind: Pagefind,
  query: string,
  known: Record<string, Record<string, number>>,
  aliases: AliasTable = { groups: [], names: {} },
): Promise<Record<string, Record<string, number>>> {
  const variants = queryVariants(query, aliases);
  if (variants.length === 1) {
    const everything = Object.fromEntries(Object.entries(known).map(([key, values]) => [key, { any: Object.keys(values) }]));
    return (await pagefind.search(variants[0]!, { filters: everything })).totalFilters ?? {};
  }
  const count = async (key: string, value: string) => {
    const ids = new Set<string>();
    for (const found of await Promise.all(variants.map((q) => pagefind.search(q, { filters: { [key]: value } })))) for (const r of found.results) ids.add(r.id);
    return [value, ids.size] as const;
  };
  return Object.fromEntries(
    await Promise.all(Object.entries(known).map(async ([key, values]) => [key, Object.fromEntries(await Promise.all(Object.keys(values).map((value) => count(key, value))))] as const)),
  );
}

/** Pagefind's excerpt, its <mark>s kept; an ellipsis says where it starts or stops mid-sentence. */
export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const words = excerpt.replace(/<\/?mark>/g, '').trim();
  excerpt = (/^[\p{Ll}\d,;:]/u.test(words) ? '…' : '') + excerpt.trim() + (/[^.!?)”’"']$/.test(words) ? '…' : '');
  excerpt.split(/<\/?mark>/).forEach((part, i) => {
    const text = document.createTextNode(decode(part));
    if (i % 2 === 0) return parent.append(text);
    const mark = document.createElement('mark');
    mark.append(text);
    parent.append(mark);
  });
}

/** One result: its title linked, what kind of thing it is and its date, and the matching words. */
export function resultItem(data: ResultData, withSubResults = false): HTMLLIElement {
  const li = document.createElement('li');
  // What kind of page and when, above the title, as a news search lists them.
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  if (data.meta['type']) meta.append(Object.assign(document.createElement('span'), { className: 'result-type', textContent: data.meta['type'] }));
  if (data.meta['date']) meta.append(`${data.meta['type'] ? ' · ' : ''}${data.meta['date']}`);
  // Only what is not confirmed says so: a reported event, or a party's claim.
  if (data.meta['standing']) meta.append(' · ', Object.assign(document.createElement('span'), { className: 'result-standing', textContent: data.meta['standing'] }));
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta['title'] ?? data.url });
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, data.excerpt);
  li.append(...(meta.childNodes.length > 0 ? [meta] : []), link, excerpt);
  const subs = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, 3);
  if (withSubResults && subs.length > 0) {
    const list = document.createElement('ul');
    for (const sub of subs) {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href: sub.url, textContent: sub.title }));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
