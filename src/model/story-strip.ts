/**
 * The story on one line: every event at its place in the coverage, as a
 * fraction from 0 (the first day) to 1 (the last), with its category's
 * colour. The social cards draw it, and pages draw it as a small SVG strip
 * with some events picked out (an explainer's, the home page's key dates).
 * Worked out once per story.
 */
import { partialDate } from '../shared/dates.ts';
import { DAY_MS, dayToDate } from '../shared/timeline/time-scale.ts';
import type { Story } from '../content/story.ts';
import { sortEvents } from './story-index.ts';

export interface StripMark {
  id: string;
  /** 0 at the coverage's first day, 1 at its last. */
  at: number;
  /** The event's category id, and its colour. */
  category: string;
  colour: string;
  title: string;
  date: string;
}

export interface StoryStrip {
  marks: StripMark[];
  /** Each year that starts inside the coverage, at its first day. */
  years: { year: number; at: number }[];
  eras: { label: string; from: number; to: number }[];
}

const dayNumber = (day: string) => dayToDate(day).getTime() / DAY_MS;
const strips = new WeakMap<Story, StoryStrip>();

export function storyStrip(story: Story): StoryStrip {
  const known = strips.get(story);
  if (known) return known;
  const { start, end } = story.site.coverage;
  const first = dayNumber(start);
  const span = Math.max(1, dayNumber(end) - first);
  const at = (day: string) => Math.min(1, Math.max(0, (dayNumber(day) - first) / span));
  const colours = new Map(story.site.categories.map((c) => [c.id, c.colour]));
  const years: StoryStrip['years'] = [];
  for (let year = Number(start.slice(0, 4)) + 1; year <= Number(end.slice(0, 4)); year += 1) years.push({ year, at: at(`${year}-01-01`) });
  const made: StoryStrip = {
    marks: sortEvents(story.events).map((e) => ({ id: e.id, at: at(partialDate(e.data.date).first), category: e.data.category, colour: colours.get(e.data.category) ?? '#59636e', title: e.data.title, date: e.data.date })),
    years,
    eras: story.site.eras.map((e) => ({ label: e.label, from: at(e.start), to: at(e.end) })),
  };
  strips.set(story, made);
  return made;
}
