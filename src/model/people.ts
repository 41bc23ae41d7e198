/**
 * The people of a story as their pages show them: the posts they held, what
 * the story quotes them saying (every citation anywhere in the content whose
 * `speaker` is them, and every `<Quote person>` in an explainer), and the
 * events that concern them. Pure data, computed once from the story and the
 * citation index.
 */
import type { EventData } from '../schemas/event.ts';
import type { PersonData, Role } from '../schemas/person.ts';
import type { Entry, Story } from '../content/story.ts';
import { formatPartialDate, partialDate } from '../shared/dates.ts';
import { UI } from '../shared/ui.ts';
import { groupInOrder } from '../shared/group.ts';
import { passageHomes } from '../shared/quote-text.ts';
import { sortEvents, type Citing } from './story-index.ts';

/** One passage a person is quoted saying, with the pages that quote it. */
export interface PersonQuote {
  source: string;
  words: string;
  /** The day (or month, or year) the source was published, for ordering. */
  published: string;
  pages: { title: string; path: string }[];
}

export interface PersonProfile {
  person: Entry<PersonData>;
  /** Posts, earliest first (those without a start date last, in file order). */
  roles: Role[];
  /** The posts they held at the end of the story's coverage, or their last one. */
  headline: Role[];
  /** True when `headline` is their last post, which had ended before the story's coverage ends. */
  former: boolean;
  quotes: PersonQuote[];
  events: Entry<EventData>[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The part of a name a list is sorted by: the last word ("Lovell"), then the whole name. */
export function sortName(name: string): string {
  const words = name.trim().split(/\s+/);
  return `${words.at(-1) ?? ''} ${name}`.toLocaleLowerCase('en');
}

/**
 * A person's posts in a line, as of the end of the story: "Mayor of Riverton", or, when their last post had
 * ended by then, "Mayor of Riverton until 4 May 2021", so no one reads as still holding a post they had left.
 */
export function headlineText(profile: Pick<PersonProfile, 'headline' | 'former'>, language: string): string {
  return profile.headline
    .map((role) => (profile.former && role.to ? UI.people.until(role.title, formatPartialDate(role.to, language)) : role.title))
    .join('; ');
}

/** The posts a person held on `day` (YYYY-MM-DD): begun by then (or undated) and not ended before it. */
export function rolesOn(roles: readonly Role[], day: string): Role[] {
  return roles.filter((role) => (!role.from || partialDate(role.from).first <= day) && (!role.to || partialDate(role.to).last >= day));
}

export function peopleProfiles(story: Story, citations: ReadonlyMap<string, readonly Citing[]>): Map<string, PersonProfile> {
  const published = new Map(story.sources.map((s) => [s.id, s.data.published]));
  const quotes = new Map<string, Map<string, PersonQuote>>();
  for (const [source, list] of citations) {
    for (const citing of list) {
      if (!citing.speaker || !citing.quote) continue;
      const own = quotes.get(citing.speaker) ?? quotes.set(citing.speaker, new Map()).get(citing.speaker)!;
      const key = `${source}\u0000${citing.quote}`;
      const entry = own.get(key) ?? own.set(key, { source, words: citing.quote, published: published.get(source) ?? '', pages: [] }).get(key)!;
      if (!entry.pages.some((p) => p.path === citing.path)) entry.pages.push({ title: citing.title, path: citing.path });
    }
  }
  const end = story.site.coverage.end;
  const profiles = new Map<string, PersonProfile>();
  for (const person of story.people) {
    const roles = [...person.data.roles].sort((a, b) => byText(a.from ? partialDate(a.from).first : '~', b.from ? partialDate(b.from).first : '~'));
    const current = rolesOn(roles, end);
    const spoken = mergePassages([...(quotes.get(person.id)?.values() ?? [])]).sort(
      (a, b) => byText(partialDate(a.published).first, partialDate(b.published).first) || byText(a.words, b.words),
    );
    const events = sortEvents(story.events.filter((e) => e.data.people.includes(person.id)));
    profiles.set(person.id, { person, roles, headline: current.length > 0 ? current : roles.slice(-1), former: current.length === 0 && roles.length > 0, quotes: spoken, events });
  }
  return profiles;
}

/**
 * A person's quotes with each passage once: words quoted in part on one page and in full on another, or with
 * and without the source's own quotation marks, are one quote, listing every page that quotes them.
 */
function mergePassages(quotes: PersonQuote[]): PersonQuote[] {
  const merged: PersonQuote[] = [];
  for (const { items } of groupInOrder(quotes, (q) => q.source)) {
    const homes = passageHomes(items.map((q) => q.words));
    const kept = items.map((q) => ({ ...q, pages: [...q.pages] }));
    items.forEach((q, i) => {
      const home = kept[homes[i]!]!;
      if (homes[i] !== i) for (const page of q.pages) if (!home.pages.some((p) => p.path === page.path)) home.pages.push(page);
    });
    merged.push(...kept.filter((_, i) => homes[i] === i));
  }
  return merged;
}

/** The profiles in the order a list of people shows them: by surname. */
export function peopleInOrder(profiles: ReadonlyMap<string, PersonProfile>): PersonProfile[] {
  return [...profiles.values()].sort((a, b) => byText(sortName(a.person.data.name), sortName(b.person.data.name)));
}
