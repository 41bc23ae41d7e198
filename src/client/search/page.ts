/**
 * The /search/ page: results for ?q= with excerpts and sub-results, filters
 * (type, category, year, how an event stands) with counts, and sorting by date. The query, the
 * filters and the order live in the URL, so a search can be shared.
 * Sorting by date keeps undated results (terms, places), listed after the
 * dated ones, instead of dropping them as Pagefind's sort alone would.
 */
import type { SearchPageText } from '../../model/search-page-text.ts';
import { closestName } from '../../shared/closest-name.ts';
import { hasExactMatch, normaliseName, queryVariants } from '../../shared/search-aliases.ts';
import { loadSearch, type Search } from './load.ts';
import { fill } from '../../shared/text-template.ts';
import { filterCounts, rankedSearch, resultItem } from './pagefind.ts';

const FILTERS = ['type', 'category', 'year', 'standing'] as const;

const PAGE = 20;

export async function runSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  const form = root?.querySelector('form');
  const input = form?.querySelector('input');
  const results = root?.querySelector<HTMLElement>('[data-search-results]');
  const filterBox = root?.querySelector<HTMLElement>('[data-search-filters]');
  const sort = root?.querySelector<HTMLSelectElement>('[data-search-sort]');
  const status = root?.querySelector('[data-search-page-status]');
  if (!root || !form || !input || !results || !filterBox || !sort || !status) return;
  const text = JSON.parse(root.querySelector('[data-search-text]')?.textContent ?? '{}') as SearchPageText;
  root.querySelector('[data-search-needs-js]')?.setAttribute('hidden', '');
  root.querySelector('[data-search-options]')?.removeAttribute('hidden');
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'newest' || params.get('sort') === 'oldest' ? (params.get('sort') as string) : 'relevance';
  // The filter choices start from the URL; ticking a box changes them.
  const selected: Record<string, string[]> = Object.fromEntries(FILTERS.map((key) => [key, params.getAll(key)]));
  let search: Search | undefined;
  let shown = PAGE;
  let focusNew = false;

  const update = async () => {
    const query = input.value.trim();
    const url = new URLSearchParams();
    if (query) url.set('q', query);
    for (const key of FILTERS) for (const value of selected[key] ?? []) url.append(key, value);
    if (sort.value !== 'relevance') url.set('sort', sort.value);
    history.replaceState(null, '', `${location.pathname}${url.size ? `?${url}` : ''}`);
    if (!query) return results.replaceChildren();
    // "Show more" keeps the reader's place: focus moves to the first of the new results.
    const firstNew = focusNew ? shown - PAGE : -1;
    focusNew = false;
    search ??= await loadSearch(root.dataset['bundle'] ?? '/pagefind/');
    const { pagefind, aliases } = search;
    const filters = Object.fromEntries(Object.entries(selected).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));
    const ranked = await rankedSearch(pagefind, search.ranking, query, filters, aliases);
    const found = ranked.found;
    let ordered = ranked.ordered;
    if (sort.value !== 'relevance') {
      const dated = await rankedSearch(pagefind, { first: new Set(), last: new Set() }, query, filters, aliases, { date: sort.value === 'newest' ? 'desc' : 'asc' });
      const ids = new Set(dated.found.results.map((r) => r.id));
      ordered = [...dated.found.results, ...found.results.filter((r) => !ids.has(r.id))];
    }
    const known = await pagefind.filters();
    renderFilters(filterBox, known, await filterCounts(pagefind, query, known, aliases), selected, text.filters, () => {
      for (const key of FILTERS) selected[key] = [...filterBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]:checked`)].map((b) => b.value);
      shown = PAGE;
      void update();
    });
    const heading = Object.assign(document.createElement('h2'), { className: 'search-count', textContent: found.results.length === 1 ? fill(text.resultOne, query) : fill(text.resultsMany, found.results.length, query) });
    status.textContent = heading.textContent;
    // A name the site knows a few letters from what was typed, offered when nothing matches it exactly.
    const suggestion = () => {
      const name = closestName(normaliseName(query), Object.keys(search!.ranking.exact ?? {}));
      if (!name) return [];
      const [before, after] = text.didYouMean.split('{0}');
      const p = Object.assign(document.createElement('p'), { className: 'search-notice' });
      p.append(before ?? '', Object.assign(document.createElement('a'), { href: `?q=${encodeURIComponent(name)}`, textContent: name }), after ?? '');
      return [p];
    };
    if (found.results.length === 0) {
      results.replaceChildren(heading, Object.assign(document.createElement('p'), { textContent: fill(text.noResults, query) }), ...suggestion());
      return;
    }
    const data = await Promise.all(ordered.slice(0, shown).map((r) => r.data()));
    const list = document.createElement('ol');
    list.append(...data.map((d) => resultItem(d, true)));
    const parts: HTMLElement[] = [heading];
    if (!hasExactMatch(data.map((d) => d.excerpt), queryVariants(query, aliases))) parts.push(Object.assign(document.createElement('p'), { className: 'search-notice', textContent: fill(text.loose, query) }), ...suggestion());
    // On a phone the filters come after the results: a link takes the reader there.
    parts.push(Object.assign(document.createElement('a'), { className: 'search-to-filters', href: '#search-options-title', textContent: text.toFilters }), list);
    if (ordered.length > shown) {
      const more = Object.assign(document.createElement('button'), { type: 'button', textContent: fill(text.more, Math.min(PAGE, ordered.length - shown)) });
      more.addEventListener('click', () => {
        shown += PAGE;
        focusNew = true;
        void update();
      });
      parts.push(more);
    }
    results.replaceChildren(...parts);
    list.querySelectorAll<HTMLElement>(':scope > li > a')[firstNew]?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    shown = PAGE;
    void update();
  });
  sort.addEventListener('change', () => void update());
  await update();
}

/** Every value the index knows, each with how many results of the query, as typed and unfiltered, it has. */
function renderFilters(
  box: HTMLElement,
  known: Record<string, Record<string, number>>,
  counted: Record<string, Record<string, number>>,
  selected: Record<string, string[]>,
  labels: SearchPageText['filters'],
  onChange: () => void,
): void {
  const groups = FILTERS.flatMap((key) => {
    const label = labels[key];
    const counts = counted[key] ?? {};
    // A value no result has is noise ("2013 (0)"), unless the reader chose it.
    const values = Object.keys(known[key] ?? {})
      .sort()
      .filter((value) => (counts[value] ?? 0) > 0 || (selected[key] ?? []).includes(value));
    if (values.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    fieldset.append(Object.assign(document.createElement('legend'), { textContent: label }));
    for (const value of values) {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value, checked: (selected[key] ?? []).includes(value) });
      box.addEventListener('change', onChange);
      const labelEl = document.createElement('label');
      labelEl.append(box, ` ${value} (${counts[value] ?? 0})`);
      fieldset.append(labelEl);
    }
    return [fieldset];
  });
  // Rebuilt with new counts: the box the reader just ticked keeps the focus.
  const focused = document.activeElement as HTMLInputElement | null;
  const wasHere = box.contains(focused);
  box.replaceChildren(...groups);
  if (wasHere) box.querySelector<HTMLInputElement>(`input[name="${focused!.name}"][value="${CSS.escape(focused!.value)}"]`)?.focus();
}
