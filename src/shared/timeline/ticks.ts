/**
 * Axis ticks that adapt to the zoom: years, then months, then weeks, then
 * days, choosing the finest interval whose labels still have room.
 */
import { unitStarts, type CalendarUnit } from './calendar.ts';
import type { TimeScale } from './time-scale.ts';

export interface Tick {
  x: number;
  label: string;
  /** Year boundaries: drawn stronger, and always labelled with the year. */
  major: boolean;
  /** The label at the left edge naming the year (or month) in view; no line. */
  edge?: boolean;
}

export type TickUnit = 'year' | 'month' | 'week' | 'day';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const UNITS: { unit: TickUnit & CalendarUnit; days: number; label: (d: Date) => string }[] = [
  { unit: 'day', days: 1, label: (d) => String(d.getUTCDate()) },
  { unit: 'week', days: 7, label: (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` },
  { unit: 'month', days: 30.44, label: (d) => MONTHS[d.getUTCMonth()] ?? '' },
  { unit: 'year', days: 365.25, label: (d) => String(d.getUTCFullYear()) },
];

/** Minimum distance between labelled ticks, in pixels. */
export const MIN_TICK_SPACING = 56;

export function tickUnit(scale: TimeScale): TickUnit {
  const [start, end] = scale.domain();
  const [x0, x1] = scale.range();
  const pxPerDay = (x1 - x0) / ((end.getTime() - start.getTime()) / 86_400_000);
  return (UNITS.find((u) => u.days * pxPerDay >= MIN_TICK_SPACING) ?? UNITS[UNITS.length - 1]!).unit;
}

export function timelineTicks(scale: TimeScale): Tick[] {
  const unit = tickUnit(scale);
  const spec = UNITS.find((u) => u.unit === unit)!;
  const [start, end] = scale.domain();
  const years = unitStarts('year', start, end).map((date) => ({ x: scale(date), major: true, label: String(date.getUTCFullYear()) }));
  const minor = unit === 'year' ? [] : unitStarts(spec.unit, start, end).map((date) => ({ x: scale(date), major: false, label: spec.label(date) }));
  // Year boundaries always show; a finer tick too close to one gives way.
  const kept = minor.filter((tick) => years.every((year) => Math.abs(year.x - tick.x) >= MIN_TICK_SPACING * 0.75));
  // The left edge always says where the reader is, so a window inside one year still names it.
  const edge = { x: scale.range()[0], major: true, label: unit === 'week' || unit === 'day' ? `${MONTHS[start.getUTCMonth()]} ${start.getUTCFullYear()}` : String(start.getUTCFullYear()), edge: true };
  const clear = [...years, ...kept].filter((tick) => tick.x - edge.x >= edge.label.length * 7 + 12);
  return [edge, ...clear].sort((a, b) => a.x - b.x);
}
