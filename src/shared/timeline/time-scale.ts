/**
 * Days and the horizontal time scale of the timeline. Days are ISO strings,
 * turned into UTC instants only here, so no reader's time zone ever moves an
 * event to the day before (a classic timeline bug).
 *
 * A scale is linear in pieces: a busy period can be drawn wider than the
 * rest (see focus.ts), each piece keeping one constant scale so the axis can
 * say where the scale changes and by how much. Written here rather than
 * with d3-scale, whose scaleUtc brings d3-time-format, d3-interpolate and
 * d3-color (25 KB) into the page; calendar.ts does the calendar maths.
 */
import { partialDate } from '../dates.ts';

export const DAY_MS = 86_400_000;

/** One piece of a scale: the instants from `start` to `end` drawn from x0 to x1 pixels. */
export interface Segment {
  start: Date;
  end: Date;
  x0: number;
  x1: number;
  /** How many times wider a day is drawn here than in the least enlarged piece of the scale (1 there). */
  zoom: number;
}

export interface TimeScale {
  (date: Date): number;
  invert(x: number): Date;
  /** The instants at the two ends of the range. */
  domain(): [Date, Date];
  range(): [number, number];
  /** Every piece, in pixels of this scale (some may lie outside the range). */
  segments(): Segment[];
  /** This scale magnified k times and moved x pixels (a zoom transform), over the same range. */
  zoomed(k: number, x: number): TimeScale;
}

export interface Knot {
  /** An instant, in milliseconds. */
  t: number;
  x: number;
}

/**
 * A scale through `knots` (increasing in t and in x), linear between them
 * and beyond the ends; `range` is the part of it on screen.
 */
export function piecewiseTimeScale(knots: readonly Knot[], range: [number, number] = [knots[0]!.x, knots[knots.length - 1]!.x]): TimeScale {
  const slopes = knots.slice(1).map((knot, i) => (knot.x - knots[i]!.x) / (knot.t - knots[i]!.t));
  const least = Math.min(...slopes);
  const piece = (search: (i: number) => boolean) => {
    let i = 0;
    while (i < slopes.length - 1 && search(i + 1)) i++;
    return i;
  };
  const scale = ((date: Date) => {
    const t = date.getTime();
    const i = piece((j) => knots[j]!.t <= t);
    return knots[i]!.x + (t - knots[i]!.t) * slopes[i]!;
  }) as TimeScale;
  scale.invert = (x: number) => {
    const i = piece((j) => knots[j]!.x <= x);
    return new Date(knots[i]!.t + (x - knots[i]!.x) / slopes[i]!);
  };
  scale.domain = () => [scale.invert(range[0]), scale.invert(range[1])];
  scale.range = () => range;
  scale.segments = () =>
    slopes.map((slope, i) => ({ start: new Date(knots[i]!.t), end: new Date(knots[i + 1]!.t), x0: knots[i]!.x, x1: knots[i + 1]!.x, zoom: slope / least }));
  scale.zoomed = (k: number, x: number) => piecewiseTimeScale(knots.map((knot) => ({ t: knot.t, x: knot.x * k + x })), range);
  return scale;
}

export function linearTimeScale([d0, d1]: [Date, Date], [r0, r1]: [number, number]): TimeScale {
  return piecewiseTimeScale([{ t: d0.getTime(), x: r0 }, { t: d1.getTime(), x: r1 }], [r0, r1]);
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * DAY_MS));
}

/** A scale from the window [from, to] (whole days, inclusive) onto [0, width] pixels. */
export function timeScale(from: string, to: string, width: number): TimeScale {
  return linearTimeScale([dayToDate(from), dayToDate(addDays(to, 1))], [0, width]);
}

/** The instants an event covers: its first day's start to its last day's end. */
export function eventExtent(date: string, end?: string): [Date, Date] {
  const first = partialDate(date).first;
  const last = partialDate(end ?? date).last;
  return [dayToDate(first), dayToDate(addDays(last, 1))];
}

/** The window a scale currently shows, as whole days. */
export function visibleWindow(scale: TimeScale): { from: string; to: string } {
  // To the nearest second: a window asked for as whole days comes back as those days, whatever the rounding on the way.
  const [start, end] = scale.domain().map((date) => Math.round(date.getTime() / 1000) * 1000) as [number, number];
  return { from: dateToDay(new Date(start)), to: dateToDay(new Date(end - 1)) };
}
