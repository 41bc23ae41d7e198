/**
 * Who held a place, when: the changes of control events record (`control:`
 * on an event), per place, in time order. A change keeps its event's
 * standing, so a claimed capture is drawn as a claim, not as a fact.
 */
import type { EventStanding } from '../../schemas/event.ts';
import { partialDate } from '../../shared/dates.ts';
import type { Story } from '../../content/story.ts';
import { sortEvents } from '../story-index.ts';

export interface ControlChange {
  /** First day of the event's date. */
  date: string;
  /** The event's date as written, at its precision. */
  written: string;
  from: string | undefined;
  to: string;
  event: string;
  standing: EventStanding;
  claimedBy: string | undefined;
}

const made = new WeakMap<Story, Map<string, ControlChange[]>>();

/** Each place's changes of control, earliest first; places that never changed hands are absent. */
export function controlByPlace(story: Story): Map<string, ControlChange[]> {
  const known = made.get(story);
  if (known) return known;
  const byPlace = new Map<string, ControlChange[]>();
  for (const { id, data } of sortEvents(story.events)) {
    for (const change of data.control) {
      const list = byPlace.get(change.place) ?? byPlace.set(change.place, []).get(change.place)!;
      list.push({ date: partialDate(data.date).first, written: data.date, from: change.from, to: change.to, event: id, standing: data.standing, claimedBy: data.claimedBy });
    }
  }
  made.set(story, byPlace);
  return byPlace;
}

/**
 * Who held the place on `day`, and since which change (undefined before the first, when the holder is
 * the first change's `from`, if a source gave it). Undefined when nothing is known that day.
 */
export function holderOn(changes: readonly ControlChange[], day: string): { holder: string; since: ControlChange | undefined } | undefined {
  let current: ControlChange | undefined;
  for (const change of changes) if (change.date <= day) current = change;
  if (current) return { holder: current.to, since: current };
  const first = changes[0];
  return first?.from !== undefined ? { holder: first.from, since: undefined } : undefined;
}

export interface HoldingSpan {
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  holder: string;
  /** The change that began it; undefined for the holder before the first change. */
  since: ControlChange | undefined;
}

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Who held the place over the whole story, as spans of days; nothing before the first change unless a source gave who held it. */
export function holdingSpans(changes: readonly ControlChange[], coverage: { from: string; to: string }): HoldingSpan[] {
  const spans: HoldingSpan[] = [];
  const first = changes[0];
  if (first?.from !== undefined && first.date > coverage.from) spans.push({ from: coverage.from, to: dayBefore(first.date), holder: first.from, since: undefined });
  changes.forEach((change, i) => {
    const next = changes[i + 1];
    spans.push({ from: change.date, to: next ? dayBefore(next.date) : coverage.to, holder: change.to, since: change });
  });
  return spans.filter((s) => s.from <= s.to);
}
