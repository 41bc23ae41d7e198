/**
 * Axis ticks that adapt to the zoom: years, then months, then weeks, then
 * days, choosing the finest interval whose labels still have room. Each
 * piece of the scale (see focus.ts) chooses for itself, so an enlarged
 * September shows its weeks while the years before it show years.
 */
import { unitStarts, type CalendarUnit } from './calendar.ts';
import { textWidth } from '../text-width.ts';
import { DAY_MS, type TimeScale } from './time-scale.ts';

export interface Tick {
  x: number;
  label: string;
  /** Year boundaries, and where an enlarged period starts: drawn stronger. */
  major: boolean;
  /** The label at the left edge naming the year (or month) in view; no line. */
  edge?: boolean;
}

export type TickUnit = CalendarUnit;

/**
 * The months as the axis names them, January first. The interface's words give them (UI.dates.axisMonths,
 * handed to browser scripts with their other words); these are for callers that pass none (tests, benches).
 * Not Intl's short months: en-GB writes "Sept", which crowds an axis.
 */
export const AXIS_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const units = (months: readonly string[]): { unit: TickUnit; days: number; label: (d: Date) => string }[] => [
  { unit: 'day', days: 1, label: (d) => String(d.getUTCDate()) },
  { unit: 'week', days: 7, label: (d) => `${d.getUTCDate()} ${months[d.getUTCMonth()]}` },
  { unit: 'month', days: 30.44, label: (d) => months[d.getUTCMonth()] ?? '' },
  { unit: 'year', days: 365.25, label: (d) => String(d.getUTCFullYear()) },
];
const UNITS = units(AXIS_MONTHS);

/** Minimum distance between labelled ticks, in pixels. */
export const MIN_TICK_SPACING = 56;
export const TICK_FONT = 12;

/** The finest unit whose ticks are at least MIN_TICK_SPACING apart at `pxPerDay`. */
export function unitFor(pxPerDay: number): TickUnit {
  return (UNITS.find((u) => u.days * pxPerDay >= MIN_TICK_SPACING) ?? UNITS[UNITS.length - 1]!).unit;
}

/** The unit of the piece of `scale` at the left edge of the view. */
export function tickUnit(scale: TimeScale): TickUnit {
  const [r0] = scale.range();
  const segment = scale.segments().find((s) => s.x1 > r0) ?? scale.segments()[0]!;
  return unitFor((segment.x1 - segment.x0) / ((segment.end.getTime() - segment.start.getTime()) / DAY_MS));
}

export function timelineTicks(scale: TimeScale, months: readonly string[] = AXIS_MONTHS): Tick[] {
  const named = units(months);
  const monthYear = (d: Date) => `${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const [r0, r1] = scale.range();
  const [start, end] = scale.domain();
  const candidates: (Tick & { rank: number })[] = [];
  for (const segment of scale.segments()) {
    const x0 = Math.max(r0, segment.x0);
    const x1 = Math.min(r1, segment.x1);
    if (x1 <= x0) continue;
    const unit = unitFor((segment.x1 - segment.x0) / ((segment.end.getTime() - segment.start.getTime()) / DAY_MS));
    const spec = named.find((u) => u.unit === unit)!;
    const [from, to] = [scale.invert(x0), scale.invert(x1)];
    if (unit !== 'year') for (const date of unitStarts(unit, from, to)) candidates.push({ x: scale(date), label: spec.label(date), major: false, rank: 3 });
    // An enlarged period says which month it starts in.
    if (segment.zoom > 1.01 && segment.x0 > r0 && segment.x0 < r1) candidates.push({ x: segment.x0, label: unit === 'year' || unit === 'month' ? String(segment.start.getUTCFullYear()) : monthYear(segment.start), major: true, rank: 2 });
  }
  for (const date of unitStarts('year', start, end)) candidates.push({ x: scale(date), label: String(date.getUTCFullYear()), major: true, rank: 1 });
  // The left edge always says where the reader is, so a window inside one year still names it.
  const first = tickUnit(scale);
  candidates.push({ x: r0, label: first === 'week' || first === 'day' ? monthYear(start) : String(start.getUTCFullYear()), major: true, edge: true, rank: 0 });
  // Most telling first; a label that would crowd one already kept gives way, with its line.
  const kept: (Tick & { rank: number })[] = [];
  const box = (tick: Tick) => [tick.x, tick.x + 3 + textWidth(tick.label, TICK_FONT, tick.major)] as const;
  for (const tick of candidates.sort((a, b) => a.rank - b.rank || a.x - b.x)) {
    const [left, right] = box(tick);
    if (right > r1) continue;
    if (kept.some((k) => Math.abs(k.x - tick.x) < 1 || (left < box(k)[1] + 12 && box(k)[0] < right + 12))) continue;
    kept.push(tick);
  }
  return kept.sort((a, b) => a.x - b.x).map(({ rank: _, ...tick }) => tick);
}
