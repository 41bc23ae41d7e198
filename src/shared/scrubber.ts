/**
 * The date scrubber's maths, shared by the build (which draws the strip) and
 * the browser (which moves it): days as positions on a slider, and the steps
 * a reader takes with the keyboard or the play button. A slider's value is
 * the number of days since the coverage's first day, so the native range
 * input under it counts whole days in any time zone.
 *
 * Keys, as the issue asks: arrows step to the previous or next day on which
 * something happened (the story's natural unit: its events), Page Up and
 * Page Down by a calendar month, Home and End to the ends.
 */

export const DAY_MS = 86_400_000;

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Whole days from `from` to `day` (negative before it). */
export function dayIndex(from: string, day: string): number {
  return Math.round((toTime(day) - toTime(from)) / DAY_MS);
}

/** The day `index` days after `from`. */
export function dayAt(from: string, index: number): string {
  return toDay(toTime(from) + index * DAY_MS);
}

/** `day` kept inside [from, to]. */
export function clampDay(day: string, from: string, to: string): string {
  return day < from ? from : day > to ? to : day;
}

/** Where `day` sits between `from` (0) and `to` (1). */
export function dayFraction(from: string, to: string, day: string): number {
  const span = dayIndex(from, to);
  return span <= 0 ? 0 : Math.min(1, Math.max(0, dayIndex(from, day) / span));
}

/** The same day of the month `months` later (or earlier), on the month's last day when it has fewer days. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return toDay(target.getTime());
}

/** The days something happened, each once, in order: where the arrow keys and play stop. */
export function stops(days: Iterable<string>, from: string, to: string): string[] {
  return [...new Set([...days].filter((d) => d >= from && d <= to))].sort();
}

export type ScrubberKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/**
 * Where a key takes the scrubber from `at`, or undefined for a key it does
 * not handle. Up and Right go later, as on any slider; with no event left in
 * that direction, an arrow goes to the end.
 */
export function stepFor(key: string, at: string, stopDays: readonly string[], from: string, to: string): string | undefined {
  switch (key as ScrubberKey) {
    case 'ArrowRight':
    case 'ArrowUp':
      return stopDays.find((d) => d > at) ?? to;
    case 'ArrowLeft':
    case 'ArrowDown':
      return [...stopDays].reverse().find((d) => d < at) ?? from;
    case 'PageUp':
      return clampDay(addMonths(at, 1), from, to);
    case 'PageDown':
      return clampDay(addMonths(at, -1), from, to);
    case 'Home':
      return from;
    case 'End':
      return to;
    default:
      return undefined;
  }
}

/** The next stop after `at` for the play button, or undefined at the end (play stops there). */
export function nextStop(at: string, stopDays: readonly string[], to: string): string | undefined {
  if (at >= to) return undefined;
  return stopDays.find((d) => d > at) ?? to;
}

/**
 * The day a graphic shows for a view state: the state's `at`; else, when an
 * event is selected (on the timeline, say), that event's first day, so the
 * map moves to the moment the reader picked; else the graphic's own day.
 */
export function shownDay(state: { at?: string | undefined; event?: string | undefined }, fallback: string, eventDay: (id: string) => string | undefined): string {
  if (state.at) return state.at;
  const picked = state.event ? eventDay(state.event) : undefined;
  return picked ?? fallback;
}
