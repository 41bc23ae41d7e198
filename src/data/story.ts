/**
 * The story as pages see it: the one checked copy made for this build
 * (src/content/checked-story.ts), and the orderings and lookups every page of
 * a kind needs, computed once per story rather than once per page.
 */
import { checkedStory } from '../content/checked-story.ts';
import { contentDir } from '../content/content-dir.ts';
import { ContentError } from '../content/problems.ts';
import type { Story } from '../content/story.ts';
import { peopleProfiles, type PersonProfile } from '../model/people.ts';
import { citationsBySource, sortEvents, type Citing } from '../model/story-index.ts';

export async function getStory(): Promise<Story> {
  const dir = contentDir();
  const { story, problems } = await checkedStory(dir.path);
  if (!story) throw new ContentError(problems, dir.label);
  return story;
}

export interface StoryIndex {
  /** Events in time order, and each event's place in it. */
  ordered: Story['events'];
  position: Map<string, number>;
  /** Every citation of every source (see citationsBySource). */
  citations: Map<string, Citing[]>;
  /** Each person's posts, quotes and events, by person id (see peopleProfiles). */
  people: Map<string, PersonProfile>;
}

const indexes = new WeakMap<Story, StoryIndex>();

/**
 * Sorting 5,000 events on each of 5,000 event pages made big stories build
 * in quadratic time; this is made once per story.
 */
export async function getStoryIndex(): Promise<StoryIndex> {
  const story = await getStory();
  let index = indexes.get(story);
  if (!index) {
    const ordered = sortEvents(story.events);
    const citations = citationsBySource(story);
    index = { ordered, position: new Map(ordered.map((e, i) => [e.id, i])), citations, people: peopleProfiles(story, citations) };
    indexes.set(story, index);
  }
  return index;
}
