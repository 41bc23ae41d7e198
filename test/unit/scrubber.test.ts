/** The date scrubber's steps: days on a slider, and where each key takes it. */
import { describe, expect, test } from 'vitest';
import { addMonths, dayAt, dayFraction, dayIndex, nextStop, stepFor, stops } from '../../src/shared/scrubber.ts';

const from = '2022-02-24';
const to = '2024-09-30';
const events = stops(['2024-06-17', '2022-02-24', '2024-05-31', '2024-05-31', '2021-01-01', '2023-10-17'], from, to);

describe('the scrubber', () => {
  test('counts whole days, so a slider value is a day in any time zone', () => {
    expect(dayIndex(from, '2022-03-01')).toBe(5);
    expect(dayAt(from, 5)).toBe('2022-03-01');
    expect(dayAt(from, dayIndex(from, to))).toBe(to);
    expect(dayFraction(from, to, from)).toBe(0);
    expect(dayFraction(from, to, to)).toBe(1);
    expect(dayFraction(from, to, '2030-01-01')).toBe(1);
  });

  test('stops on each day something happened, once, inside the coverage', () => {
    expect(events).toEqual(['2022-02-24', '2023-10-17', '2024-05-31', '2024-06-17']);
  });

  test('arrows step to the previous or next event, Page Up and Down by a month, Home and End to the ends', () => {
    const step = (key: string, at: string) => stepFor(key, at, events, from, to);
    expect(step('ArrowRight', '2023-01-01')).toBe('2023-10-17');
    expect(step('ArrowUp', '2024-05-31')).toBe('2024-06-17');
    expect(step('ArrowRight', '2024-06-17')).toBe(to);
    expect(step('ArrowLeft', '2024-06-17')).toBe('2024-05-31');
    expect(step('ArrowDown', '2022-02-24')).toBe(from);
    expect(step('PageUp', '2024-01-31')).toBe('2024-02-29');
    expect(step('PageDown', '2024-03-31')).toBe('2024-02-29');
    expect(step('PageUp', '2024-09-15')).toBe(to);
    expect(step('PageDown', '2022-03-10')).toBe(from);
    expect(step('Home', '2023-05-05')).toBe(from);
    expect(step('End', '2023-05-05')).toBe(to);
    expect(step('Tab', '2023-05-05')).toBeUndefined();
  });

  test('play steps through the events and stops at the end', () => {
    expect(nextStop(from, events, to)).toBe('2023-10-17');
    expect(nextStop('2024-06-17', events, to)).toBe(to);
    expect(nextStop(to, events, to)).toBeUndefined();
  });

  test('adding months keeps the day of the month, or takes the month\'s last', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
  });
});
