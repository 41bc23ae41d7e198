import { expect, test } from 'vitest';
import { closestName } from '../../src/shared/closest-name.ts';

const names = ['flood barrier', 'riverton', 'northgate', 'ada lovell', 'bridge'];

test('a mistyped query is matched to the closest name the site knows, within a few letters for its length', () => {
  expect(closestName('flod bariier', names)).toBe('flood barrier');
  expect(closestName('rivertn', names)).toBe('riverton');
  expect(closestName('brige', names)).toBe('bridge');
});

test('a query that is a name, or far from every name, gets no suggestion', () => {
  expect(closestName('riverton', names)).toBeUndefined();
  expect(closestName('harbour', names)).toBeUndefined();
  expect(closestName('mayo', names)).toBeUndefined();
});
