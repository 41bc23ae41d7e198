/**
 * What the search index holds beyond the pages themselves. Glossary terms,
 * weapon systems and places live as entries on shared pages, so each is
 * added as its own record (linking to its anchor), carrying every alias, so
 * "Peking" finds Beijing and "TC-1" finds the tower crane. Pages declare their type,
 * category and date through `searchAttributes`.
 */
import { formatPartialDate, partialDate } from '../shared/dates.ts';
import { eventsAt } from './story-index.ts';
import type { Story } from '../content/story.ts';
import { normaliseName } from '../shared/search-aliases.ts';
import { UI } from '../shared/ui.ts';
import { paths } from '../shared/urls.ts';

/**
 * What a result is, as the index keys it (its `kind` meta, which ranking reads); readers see and filter
 * by its name in the interface's words (UI.search.types), so a translation renames it without touching
 * the ranking.
 */
export type SearchType = keyof typeof UI.search.types;

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
}

/**
 * Parts of a record's text as sentences: each but the last ends in a full stop, unless it already ends one
 * ("… from 15 August 2020.", "… said “no.”"); empty parts are left out.
 */
export function asSentences(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part, i, all) => (i < all.length - 1 && !/[.!?…]["”’)]*$/.test(part) ? `${part}.` : part))
    .join(' ');
}

/** The language Pagefind indexes under: one index for the whole site. */
export const indexLanguage = (story: Story) => story.site.language.split('-')[0]!.toLowerCase();

export function searchRecords(story: Story): SearchRecord[] {
  const language = indexLanguage(story);
  const country = new Intl.DisplayNames([story.site.language], { type: 'region' });
  const record = (type: SearchType, url: string, title: string, parts: (string | undefined)[]): SearchRecord => ({
    url,
    language,
    content: asSentences([title, ...parts]),
    meta: { title, type: UI.search.types[type], kind: type },
    filters: { type: [UI.search.types[type]] },
  });
  return [
    ...story.glossary.map(({ id, data }) =>
      record('term', paths.term(id), data.term, [data.aliases.length ? `${UI.glossary.also} ${data.aliases.join(', ')}` : undefined, data.definition]),
    ),
    ...story.systems.map(({ id, data }) =>
      record('system', paths.system(id), data.name, [
        data.aliases.length ? `${UI.glossary.also} ${data.aliases.join(', ')}` : undefined,
        data.description,
        ...data.variants.map((v) => `${v.name}: ${UI.glossary.range(v.qualifier, v.rangeKm)}`),
      ]),
    ),
    ...story.places.map(({ id, data }) =>
      record('place', paths.place(id), data.name, [
        data.aliases.length ? `${UI.glossary.also} ${data.aliases.join(', ')}` : undefined,
        country.of(data.country),
        data.note,
        ...eventsAt(story, id).map((e) => `${formatPartialDate(e.data.date, story.site.language)}: ${e.data.title}`),
      ]),
    ),
  ].sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** Filters, metadata and sort key a page gives Pagefind. */
export interface PageSearch {
  type: SearchType;
  /** A date at any precision: shown with results, sorted on, and filtered by year unless `written` says otherwise. */
  date?: string | undefined;
  /**
   * The date is when the page was written, not when something in the story happened (an explainer's
   * update): it is shown and sorted on, but not offered as a year to filter by, where it would read as
   * a year of the story.
   */
  written?: boolean;
  category?: string | undefined;
  /**
   * How an event stands: `filter` is the value results are filtered by ("Confirmed", "Reported",
   * "Claimed"); `shown`, only for what is not confirmed, goes with the result ("Claimed by the river authority").
   */
  standing?: { filter: string; shown?: string | undefined } | undefined;
}

/** `language` is site.yaml's, which the shown date is written in. */
export function searchAttributes(search: PageSearch, language: string): { filters: string[]; meta: string[]; sort: string | undefined } {
  const filters = [`type:${UI.search.types[search.type]}`];
  const meta = [`type:${UI.search.types[search.type]}`, `kind:${search.type}`];
  let sort: string | undefined;
  if (search.category) filters.push(`category:${search.category}`);
  if (search.standing) filters.push(`standing:${search.standing.filter}`);
  if (search.standing?.shown) meta.push(`standing:${search.standing.shown}`);
  if (search.date) {
    if (!search.written) filters.push(`year:${search.date.slice(0, 4)}`);
    const date = formatPartialDate(search.date, language);
    meta.push(`date:${search.written ? UI.search.updated(date) : date}`);
    sort = `date:${partialDate(search.date).first}`;
  }
  return { filters, meta, sort };
}

/** Every group of names the story gives one thing: each place, system, term and person with its aliases. */
export function aliasGroups(story: Story): string[][] {
  return [
    ...story.places.map(({ data }) => [data.name, ...data.aliases]),
    ...story.systems.map(({ data }) => [data.name, ...data.aliases]),
    ...story.glossary.map(({ data }) => [data.term, ...data.aliases]),
    ...story.people.map(({ data }) => personNames(data.name, data.aliases)),
  ].filter((group) => group.length > 1);
}

/**
 * A person's names for search: the usual name and the aliases, and, when an alias is a single word (a
 * surname spelt another way, "Lovel" for Ada Lovell), the usual name's last word too. A page that gives
 * only the surname as usually spelt is then found by the other spelling: without it, "Lovel" was searched
 * as "Ada Lovell", which needs both words.
 */
export function personNames(name: string, aliases: readonly string[]): string[] {
  return [name, ...aliases, ...(aliases.some((alias) => !/\s/.test(alias.trim())) ? surnameOf(name) : [])];
}

/** The last word of a name of two or more, as a one-item list; none for a suffix ("Jr.", "III") or a single name. */
function surnameOf(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  return words.length > 1 && !last.endsWith('.') && !/^[IVX]+$/.test(last) ? [last] : [];
}

/**
 * Every name (and other name) of each place, person, term and system, in lower case, mapped to the URL
 * of its entry, so a query that names one exactly lists the entry first (see SearchRanking.exact).
 * A name two entries share is left to neither.
 */
export function exactNames(story: Story): Record<string, string> {
  const urls = new Map<string, Set<string>>();
  const add = (names: readonly string[], url: string) => {
    for (const name of names) {
      const key = normaliseName(name);
      if (key.length >= 3) urls.set(key, (urls.get(key) ?? new Set()).add(url));
    }
  };
  for (const { id, data } of story.places) add([data.name, ...data.aliases], paths.place(id));
  // A person's surname alone ("Lovell") names them too, unless two people (or a place, a term) share it.
  for (const { id, data } of story.people) add([data.name, ...data.aliases, ...surnameOf(data.name)], paths.person(id));
  for (const { id, data } of story.glossary) add([data.term, ...data.aliases], paths.term(id));
  for (const { id, data } of story.systems) add([data.name, ...data.aliases], paths.system(id));
  const unique = [...urls].flatMap(([name, set]): [string, string][] => (set.size === 1 ? [[name, [...set][0]!]] : []));
  return Object.fromEntries(unique.sort(([a], [b]) => (a < b ? -1 : 1)));
}
