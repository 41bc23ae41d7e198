import { expect, test } from 'vitest';
import { compareDates, compareText, firstDirection, sortOrder } from '../../src/shared/table-sort.ts';

test('dates at different precisions sort by the first day they can mean, then the last', () => {
  const dates = ['2024-09-02', '2024', '2024-09', '2024-09-01', '2023-12-31', '2024-10'];
  expect([...dates].sort(compareDates)).toEqual(['2023-12-31', '2024', '2024-09-01', '2024-09', '2024-09-02', '2024-10']);
});

test('newest first reverses the date order, and text that is not a date goes last either way', () => {
  const keys = ['2022-02-24', 'undated', '2024-09', '2024-09-10', '2022'];
  expect(sortOrder(keys, 'date', 'descending').map((i) => keys[i])).toEqual(['2024-09-10', '2024-09', '2022-02-24', '2022', 'undated']);
  expect(sortOrder(keys, 'date', 'ascending').map((i) => keys[i])).toEqual(['2022', '2022-02-24', '2024-09', '2024-09-10', 'undated']);
});

test('rows with equal keys keep their first order in both directions', () => {
  const keys = ['Reuters', 'AP', 'Reuters', 'AP'];
  expect(sortOrder(keys, 'text', 'ascending')).toEqual([1, 3, 0, 2]);
  expect(sortOrder(keys, 'text', 'descending')).toEqual([0, 2, 1, 3]);
});

test('names sort without regard to case or a leading "The", and numbers in them by value', () => {
  const names = ['The Straits Times', 'al Arabiya', 'Kyiv Post', 'The Kyiv Independent', 'BBC 10', 'BBC 2'];
  expect([...names].sort((a, b) => compareText(a, b))).toEqual(['al Arabiya', 'BBC 2', 'BBC 10', 'The Kyiv Independent', 'Kyiv Post', 'The Straits Times']);
});

test('counts sort as numbers, largest first by default, and a blank cell goes last', () => {
  const keys = ['2', '10', '', '0', '1'];
  expect(firstDirection('number')).toBe('descending');
  expect(sortOrder(keys, 'number', firstDirection('number')).map((i) => keys[i])).toEqual(['10', '2', '1', '0', '']);
  expect(firstDirection('text')).toBe('ascending');
  expect(firstDirection('date')).toBe('descending');
});
