/**
 * Days and the horizontal time scale of the timeline. Days are ISO strings,
 * turned into UTC instants only here, so no reader's time zone ever moves an
 * event to the day before (a classic timeline bug).
 */
import { partialDate } from '../dates.ts';

export const DAY_MS = 86_400_000;

/**
 * A linear map from instants to pixels. Small on purpose: d3-scale's
 * scaleUtc would bring d3-time-format, d3-interpolate and d3-color (25 KB)
 * into the page for a straight line; calendar.ts does the calendar maths.
 */
export interface TimeScale {
  (date: Date): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
}

export function linearTimeScale([d0, d1]: [Date, Date], [r0, r1]: [number, number]): TimeScale {
  const t0 = d0.getTime();
  const ratio = (r1 - r0) / (d1.getTime() - t0);
  const scale = ((date: Date) => r0 + (date.getTime() - t0) * ratio) as TimeScale;
  scale.invert = (x: number) => new Date(t0 + (x - r0) / ratio);
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  return scale;
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
  const [start, end] = scale.domain() as [Date, Date];
  return { from: dateToDay(start), to: dateToDay(new Date(end.getTime() - 1)) };
}
