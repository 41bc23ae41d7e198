/**
 * Calendar steps in UTC for the axis: whole days, weeks (from Sunday, as
 * d3-time's utcWeek), months and years. Four small functions instead of
 * d3-time, whose module brings d3-array and every interval (local time,
 * hours, seconds) into the page for these four.
 */

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

const DAY = 86_400_000;

/** The start of the unit `date` falls in. */
export function floorTo(unit: CalendarUnit, date: Date): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'year') return new Date(Date.UTC(y, 0, 1));
  if (unit === 'month') return new Date(Date.UTC(y, m, 1));
  const day = Date.UTC(y, m, date.getUTCDate());
  return new Date(unit === 'week' ? day - new Date(day).getUTCDay() * DAY : day);
}

/** `date` moved by `n` whole units (from a unit's start, to a unit's start). */
export function offsetBy(unit: CalendarUnit, date: Date, n: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  if (unit === 'year') return new Date(Date.UTC(y + n, m, date.getUTCDate()));
  if (unit === 'month') return new Date(Date.UTC(y, m + n, date.getUTCDate()));
  return new Date(date.getTime() + n * (unit === 'week' ? 7 : 1) * DAY);
}

/** The first unit start at or after `date`. */
export function ceilTo(unit: CalendarUnit, date: Date): Date {
  const floor = floorTo(unit, date);
  return floor.getTime() === date.getTime() ? floor : offsetBy(unit, floor, 1);
}

/** Every unit start from `start` (inclusive) to `end` (exclusive). */
export function unitStarts(unit: CalendarUnit, start: Date, end: Date): Date[] {
  const starts: Date[] = [];
  for (let date = ceilTo(unit, start); date < end; date = offsetBy(unit, date, 1)) starts.push(date);
  return starts;
}
