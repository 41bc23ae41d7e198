/**
 * Pagefind's interface as we use it, and its results as list items. Data is always set as text; Pagefind's
 * excerpts, whose only markup is <mark>, are split rather than parsed.
 */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface Found {
  results: { id: string; data(): Promise<ResultData> }[];
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

/**
 * Best match, with explainers that match first: a short event page that
 * repeats a word outranks a long explainer on raw relevance, but the
 * explainer is what a reader searching "ATACMS" came for.
 */
export async function rankedSearch(
  pagefind: Pagefind,
  explainers: ReadonlySet<string>,
  query: string,
  filters: Record<string, unknown> = {},
): Promise<{ found: Found; ordered: Result[] }> {
  // One search: Pagefind returns every match (their data loads later), and the build lists which are explainers.
  const found = await pagefind.search(query, { filters });
  const first = found.results.filter((r) => explainers.has(r.id)).slice(0, 3);
  const ids = new Set(first.map((r) => r.id));
  return { found, ordered: [...first, ...found.results.filter((r) => !ids.has(r.id))] };
}

export function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
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
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta['title'] ?? data.url });
  const meta = Object.assign(document.createElement('span'), { className: 'meta', textContent: [data.meta['type'], data.meta['date']].filter(Boolean).join(' · ') });
  const excerpt = document.createElement('p');
  appendExcerpt(excerpt, data.excerpt);
  li.append(link, ' ', meta, excerpt);
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
