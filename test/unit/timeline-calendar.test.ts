import { utcDay, utcMonth, utcWeek, utcYear } from 'd3-time';
import { expect, test } from 'vitest';
import { ceilTo, floorTo, unitStarts, type CalendarUnit } from '../../src/shared/timeline/calendar.ts';

const d3 = { day: utcDay, week: utcWeek, month: utcMonth, year: utcYear };
const units: CalendarUnit[] = ['day', 'week', 'month', 'year'];

test('the calendar steps agree with d3-time’s UTC days, weeks, months and years, fractions of a day included', () => {
  const start = Date.UTC(2019, 11, 20);
  for (let t = start; t < Date.UTC(2024, 2, 5); t += 86_400_000 * 3.37) {
    const date = new Date(t);
    for (const unit of units) {
      expect(floorTo(unit, date), `${unit} floor of ${date.toISOString()}`).toEqual(d3[unit].floor(date));
      expect(ceilTo(unit, date), `${unit} ceil of ${date.toISOString()}`).toEqual(d3[unit].ceil(date));
    }
  }
  const from = new Date(Date.UTC(2022, 1, 24, 7));
  const to = new Date(Date.UTC(2024, 9, 1));
  for (const unit of units) expect(unitStarts(unit, from, to)).toEqual(d3[unit].range(from, to));
});
