/**
 * Lookups and orderings the pages need, computed from the validated story.
 * Every list is explicitly sorted so the same content renders the same bytes.
 */
import type { EventData } from '../schemas/event.ts';
import { partialDate } from '../shared/dates.ts';
import { citationOf, findComponentUses } from '../content/mdx-components.ts';
import type { Entry, Story } from '../content/story.ts';
import { paths } from '../shared/urls.ts';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Time order: by first possible day, then by last, then by id. */
export function compareEvents(a: Entry<EventData>, b: Entry<EventData>): number {
  const da = partialDate(a.data.date);
  const db = partialDate(b.data.date);
  return byText(da.first, db.first) || byText(partialDate(a.data.end ?? a.data.date).last, partialDate(b.data.end ?? b.data.date).last) || byText(a.id, b.id);
}

export function sortEvents(events: readonly Entry<EventData>[]): Entry<EventData>[] {
  return [...events].sort(compareEvents);
}

export interface MonthGroup {
  /** 1–12, or undefined for events known only to the year. */
  month: number | undefined;
  events: Entry<EventData>[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/** Events grouped by year, then month, in time order. */
export function groupByYearMonth(events: readonly Entry<EventData>[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of sortEvents(events)) {
    const date = partialDate(event.data.date);
    const year = Number(date.iso.slice(0, 4));
    const month = date.precision === 'year' ? undefined : Number(date.iso.slice(5, 7));
    let group = years.at(-1);
    if (group?.year !== year) years.push((group = { year, months: [] }));
    let monthGroup = group.months.at(-1);
    if (!monthGroup || monthGroup.month !== month) group.months.push((monthGroup = { month, events: [] }));
    monthGroup.events.push(event);
  }
  return years;
}

/** A page that cites a source, and the words it quotes from it, if any. */
export interface Citing {
  kind: 'event' | 'explainer' | 'system' | 'term' | 'person' | 'rule' | 'layer' | 'home';
  id: string;
  title: string;
  path: string;
  quote: string | undefined;
  /** Whose words the quote is: an id in people/, when the citation says. */
  speaker?: string | undefined;
}

/** Every `{ source, quote? }` citation anywhere inside `value` (a content entry's data), in document order. */
function citationsIn(value: unknown, found: { source: string; quote: string | undefined; speaker: string | undefined }[] = []) {
  if (Array.isArray(value)) for (const item of value) citationsIn(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
    if (typeof record['source'] === 'string') found.push({ source: record['source'], quote: text('quote'), speaker: text('speaker') });
    // A system's variant holds its citation under `source:`, so only a string there is a source id.
    for (const inner of Object.values(record)) if (typeof inner === 'object') citationsIn(inner, found);
  }
  return found;
}

/**
 * Every citation of every source, keyed by source id; sorted by page path, then quote.
 * Each kind's citations, wherever they sit in its data (a system's variants, an explainer's key
 * points, a rule's states, a person's posts), are credited to the page that shows them, so every
 * quoted passage is anchored on its source page and every source lists what cites it.
 */
export function citationsBySource(story: Story): Map<string, Citing[]> {
  const map = new Map<string, Citing[]>();
  const add = (source: string, citing: Citing) => {
    const list = map.get(source) ?? [];
    list.push(citing);
    map.set(source, list);
  };
  const addAll = (data: unknown, page: Omit<Citing, 'quote'>) => {
    for (const c of citationsIn(data)) add(c.source, { ...page, quote: c.quote, ...(c.speaker ? { speaker: c.speaker } : {}) });
  };
  for (const { id, data } of story.events) addAll(data, { kind: 'event', id, title: data.title, path: paths.event(id) });
  for (const { id, data } of story.systems) addAll(data, { kind: 'system', id, title: data.name, path: paths.system(id) });
  for (const { id, data } of story.glossary) addAll(data, { kind: 'term', id, title: data.term, path: paths.term(id) });
  for (const { id, data } of story.people) addAll(data, { kind: 'person', id, title: data.name, path: paths.person(id) });
  for (const { id, data } of story.rules) addAll(data, { kind: 'rule', id, title: data.label, path: paths.rule(id) });
  for (const { id, data } of story.layers) addAll(data, { kind: 'layer', id, title: data.label, path: paths.map() });
  addAll(story.site.after, { kind: 'home', id: 'after', title: story.site.title, path: paths.home() });
  for (const { id, file, data, body } of story.explainers) {
    const citing = { kind: 'explainer' as const, id, title: data.title, path: paths.explainer(id) };
    for (const source of data.sources) add(source, { ...citing, quote: undefined });
    addAll(data.keyPoints, citing);
    for (const use of findComponentUses(body, file).uses) {
      const cited = citationOf(use);
      if (cited) add(cited.source, { ...citing, quote: cited.quote, ...(cited.speaker ? { speaker: cited.speaker } : {}) });
    }
  }
  for (const list of map.values()) {
    list.sort((a, b) => byText(a.path, b.path) || byText(a.quote ?? '', b.quote ?? ''));
  }
  return map;
}

/** Explainers that list the event among their related events, by title. */
export function explainersAbout(story: Story, eventId: string) {
  return story.explainers.filter((e) => e.data.events.includes(eventId)).sort((a, b) => byText(a.data.title, b.data.title));
}

/** Events at a place, in time order. */
export function eventsAt(story: Story, placeId: string) {
  return sortEvents(story.events.filter((e) => e.data.places.includes(placeId)));
}

/** Explainers, newest first (by last update, then publication). */
export function latestExplainers(story: Story) {
  const stamp = (e: Story['explainers'][number]) => e.data.updated ?? e.data.published;
  return [...story.explainers].sort((a, b) => byText(stamp(b), stamp(a)) || byText(a.id, b.id));
}

const lookups = new WeakMap<readonly { id: string }[], ReadonlyMap<string, unknown>>();

/**
 * The list's items by id. Made once per list, since the story's lists never
 * change once loaded and every page of a kind asks for the same lookup.
 */
export function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const known = lookups.get(list) as ReadonlyMap<string, T> | undefined;
  if (known) return known;
  const made = new Map(list.map((item) => [item.id, item]));
  lookups.set(list, made);
  return made;
}
