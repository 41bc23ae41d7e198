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

export interface StripDot extends StripMark {
  /** Where its column stands, 0 to 1 across the line drawn. */
  x: number;
  /** 0 on the axis, counting up. */
  row: number;
}

/**
 * Picked-out events as a dot plot over the stretch `from`–`to` of the story (fractions, 0 to 1): they fall
 * into columns `column` of the line's width apart and stack upwards in them, so each stays visible and a
 * busy month reads as a tall column rather than a smear.
 */
export function dotPlot(marks: readonly StripMark[], from = 0, to = 1, column = 0.025): { dots: StripDot[]; rows: number } {
  const columns = Math.round(1 / column);
  const stacked = new Map<number, number>();
  const dots = marks.map((m) => {
    const x = (m.at - from) / Math.max(to - from, 1e-9);
    const index = Math.min(columns - 1, Math.max(0, Math.floor(x / column)));
    const row = stacked.get(index) ?? 0;
    stacked.set(index, row + 1);
    return { ...m, x: (index + 0.5) * column, row };
  });
  return { dots, rows: Math.max(0, ...stacked.values()) };
}

/**
 * The stretch of the story that picked-out events fill, with a little room either side, when it is under
 * `share` of the story: drawn over the whole line, its events would stack into one tall column that says
 * only "near the end". Undefined when they spread wider (or there are none).
 */
export function narrowSpan(marks: readonly StripMark[], share = 1 / 8): { from: number; to: number; first: StripMark; last: StripMark } | undefined {
  if (marks.length < 2) return undefined;
  const sorted = [...marks].sort((a, b) => a.at - b.at);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const width = last.at - first.at;
  // All at one point (one day, or a month and a day in it): an enlarged point would show the same one column.
  if (width >= share || width <= 0) return undefined;
  const room = width * 0.08;
  return { from: Math.max(0, first.at - room), to: Math.min(1, last.at + room), first, last };
}
