import { describe, expect, test } from 'vitest';
import { formatDateRange, formatPartialDate, parsePartialDate } from '../../src/shared/dates.ts';

describe('partial dates', () => {
  test('the written form sets the precision and the span of days it can mean', () => {
    expect(parsePartialDate('2024')).toEqual({ iso: '2024', precision: 'year', first: '2024-01-01', last: '2024-12-31' });
    expect(parsePartialDate('2024-02')).toEqual({ iso: '2024-02', precision: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(parsePartialDate('2023-02')).toMatchObject({ last: '2023-02-28' });
    expect(parsePartialDate('2024-09-10')).toEqual({ iso: '2024-09-10', precision: 'day', first: '2024-09-10', last: '2024-09-10' });
  });

  test('impossible days are rejected instead of rolling over into the next month', () => {
    expect(parsePartialDate('2024-02-30')).toEqual({ error: '"2024-02-30" is not a real calendar date (2024-02 has 29 days)' });
    expect(parsePartialDate('2023-02-29')).toHaveProperty('error');
    expect(parsePartialDate('2024-13')).toEqual({ error: '"2024-13" has no month 13' });
    expect(parsePartialDate('2024-00-10')).toHaveProperty('error');
    expect(parsePartialDate('10/09/2024')).toEqual({ error: '"10/09/2024" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(parsePartialDate('2024-9-1')).toHaveProperty('error');
  });

  test('dates are written at their own precision, never as a fake exact day', () => {
    expect(formatPartialDate('2024-09-10')).toBe('10 September 2024');
    expect(formatPartialDate('2022-03')).toBe('March 2022');
    expect(formatPartialDate('2022')).toBe('2022');
    expect(formatDateRange('2024-05-10', '2024-05-12')).toBe('10 May 2024 – 12 May 2024');
    expect(formatDateRange('2024-05-10', '2024-05-10')).toBe('10 May 2024');
  });

  test('formatting does not depend on the time zone', () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(formatPartialDate('2022-02-24')).toBe('24 February 2022');
    } finally {
      process.env['TZ'] = zone;
    }
  });
});
