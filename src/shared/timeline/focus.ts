/**
 * Room for busy periods (focus + context): a scale over a window that draws
 * a period much busier than the rest (September 2024 holds 15 of the
 * shipped story's 69 events in 31 months) wider, so its events can be told
 * apart and labelled, and everything else at one smaller, constant scale.
 * Time order is kept (the scale only ever increases) and each piece keeps
 * one scale, so the axis can mark where the scale changes and say by how
 * much (see ticks.ts and chart-tree.ts). Pure functions of the events'
 * dates and the width: the server and the browser draw the same axis.
 */
import { unitStarts, type CalendarUnit } from './calendar.ts';
import { DAY_MS, piecewiseTimeScale, type Knot, type TimeScale } from './time-scale.ts';

export interface FocusOptions {
  /** A period needs at least this many events to be enlarged… */
  minEvents: number;
  /** …and this many times the window's average number of events a day. */
  minDensity: number;
  /** The width a busy period asks for, per event in it. */
  pxPerEvent: number;
  /** All enlarged periods together take at most this share of the width. */
  maxShare: number;
  /** A period enlarged less than this many times is drawn at the common scale instead. */
  minZoom: number;
}

export const FOCUS: FocusOptions = { minEvents: 6, minDensity: 4, pxPerEvent: 40, maxShare: 0.6, minZoom: 2 };

export interface BusyPeriod {
  /** Instants, in milliseconds: whole calendar months (weeks or days in short windows). */
  start: number;
  end: number;
  events: number;
}

/** The calendar unit a window is cut into to find its busy periods: months, or weeks or days for a short window. */
export function periodUnit(days: number): CalendarUnit {
  return days >= 240 ? 'month' : days >= 56 ? 'week' : 'day';
}

/**
 * The runs of calendar months (or weeks, or days) in [start, end) holding
 * at least `minEvents` events at `minDensity` times the window's average
 * rate. `instants` are the events' positions (their middles), in ms.
 */
export function busyPeriods(instants: readonly number[], start: number, end: number, options: FocusOptions = FOCUS): BusyPeriod[] {
  const inside = instants.filter((t) => t >= start && t < end);
  if (inside.length === 0 || end <= start) return [];
  const unit = periodUnit((end - start) / DAY_MS);
  const edges = [start, ...unitStarts(unit, new Date(start), new Date(end)).map((d) => d.getTime()).filter((t) => t > start), end];
  const average = inside.length / (end - start);
  const periods: BusyPeriod[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [from, to] = [edges[i]!, edges[i + 1]!];
    const events = inside.filter((t) => t >= from && t < to).length;
    if (events < options.minEvents || events / (to - from) < options.minDensity * average) continue;
    const previous = periods[periods.length - 1];
    if (previous && previous.end === from) {
      previous.end = to;
      previous.events += events;
    } else periods.push({ start: from, end: to, events });
  }
  return periods;
}

/**
 * The scale of the window [start, end) onto [0, width]: busy periods get
 * the width their events ask for (within `maxShare` of the whole), the rest
 * shares what is left at one scale. Linear when nothing is busy enough.
 */
export function focusScale(instants: readonly number[], [start, end]: [Date, Date], width: number, options: FocusOptions = FOCUS): TimeScale {
  const [t0, t1] = [start.getTime(), end.getTime()];
  let periods = busyPeriods(instants, t0, t1, options);
  for (;;) {
    if (periods.length === 0) return piecewiseTimeScale([{ t: t0, x: 0 }, { t: t1, x: width }], [0, width]);
    const asked = periods.map((p) => Math.max((width * (p.end - p.start)) / (t1 - t0), p.events * options.pxPerEvent));
    const total = asked.reduce((a, b) => a + b, 0);
    const widths = asked.map((w) => (total > options.maxShare * width ? (w * options.maxShare * width) / total : w));
    const busyTime = periods.reduce((sum, p) => sum + p.end - p.start, 0);
    const rest = (width - widths.reduce((a, b) => a + b, 0)) / (t1 - t0 - busyTime);
    const zooms = periods.map((p, i) => widths[i]! / (p.end - p.start) / rest);
    const kept = periods.filter((_, i) => zooms[i]! >= options.minZoom);
    if (kept.length < periods.length) {
      periods = kept;
      continue;
    }
    const knots: Knot[] = [{ t: t0, x: 0 }];
    let x = 0;
    let t = t0;
    periods.forEach((period, i) => {
      x += (period.start - t) * rest;
      if (period.start > t0) knots.push({ t: period.start, x });
      x += widths[i]!;
      t = period.end;
      if (period.end < t1) knots.push({ t: period.end, x });
    });
    knots.push({ t: t1, x: width });
    return piecewiseTimeScale(knots, [0, width]);
  }
}
