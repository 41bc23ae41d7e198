import { expect, test } from 'vitest';
import { mergeMarks } from '../../src/model/status-chart.ts';

test("the rules chart draws events too close to tell apart on a phone's chart as one mark, naming them all", () => {
  // 6 px of a 320 px chart is 0.01875 of its width.
  expect(mergeMarks([{ event: 'c', x: 0.9 }, { event: 'a', x: 0.1 }, { event: 'b', x: 0.11 }, { event: 'd', x: 0.95 }])).toEqual([
    { events: ['a', 'b'], x: 0.105 },
    { events: ['c'], x: 0.9 },
    { events: ['d'], x: 0.95 },
  ]);
});
