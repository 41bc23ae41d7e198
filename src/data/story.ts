/**
 * The story as pages see it: every collection, sorted so that the same
 * content always renders the same bytes. Loaded once per build.
 */
import { getCollection } from 'astro:content';
import { citationsBySource, sortEvents, type Citing } from '../model/story-index.ts';
import type { Entry, Story } from '../content/story.ts';

interface Loaded<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}

function toEntries<T>(list: Loaded<T>[]): Entry<T>[] {
  return list
    .map((entry) => ({ id: entry.id, file: entry.filePath ?? '', data: entry.data, body: entry.body ?? '' }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

let loaded: Promise<Story> | undefined;

async function load(): Promise<Story> {
  const [site] = await getCollection('site');
  if (!site) throw new Error('content/site.yaml was not loaded');
  return {
    site: site.data,
    sources: toEntries(await getCollection('sources')),
    events: toEntries(await getCollection('events')),
    places: toEntries(await getCollection('places')),
    systems: toEntries(await getCollection('systems')),
    glossary: toEntries(await getCollection('glossary')),
    explainers: toEntries(await getCollection('explainers')),
    corrections: toEntries(await getCollection('corrections')),
  };
}

export function getStory(): Promise<Story> {
  loaded ??= load();
  return loaded;
}

export interface StoryIndex {
  /** Events in time order, and each event's place in it. */
  ordered: Story['events'];
  position: Map<string, number>;
  /** Every citation of every source (see citationsBySource). */
  citations: Map<string, Citing[]>;
}

let indexed: Promise<StoryIndex> | undefined;

/**
 * Orderings and lookups every page of a kind needs, computed once per build
 * rather than once per page: sorting 5,000 events on each of 5,000 event
 * pages made big stories build in quadratic time.
 */
export function getStoryIndex(): Promise<StoryIndex> {
  indexed ??= getStory().then((story) => {
    const ordered = sortEvents(story.events);
    return { ordered, position: new Map(ordered.map((e, i) => [e.id, i])), citations: citationsBySource(story) };
  });
  return indexed;
}
