/** The story strip's dot plot, and when it enlarges the stretch an explainer's events fill. */
import { expect, test } from 'vitest';
import { dotPlot, narrowSpan, type StripMark } from '../../src/model/story-strip.ts';

const mark = (id: string, at: number, date = '2020-01-01'): StripMark => ({ id, at, category: 'c', colour: '#000', title: id, date });

test('dots in one column stack upwards, each keeps its column, and none is cut by the ends', () => {
  const { dots, rows } = dotPlot([mark('a', 0), mark('b', 0.01), mark('c', 0.5), mark('d', 1)]);
  expect(dots.map((d) => [d.id, Number(d.x.toFixed(4)), d.row])).toEqual([
    ['a', 0.0125, 0],
    ['b', 0.0125, 1],
    ['c', 0.5125, 0],
    ['d', 0.9875, 0],
  ]);
  expect(rows).toBe(2);
  // Over an enlarged stretch, the same events spread out.
  expect(dotPlot([mark('a', 0.9), mark('b', 0.91)], 0.9, 0.92).dots.map((d) => Number(d.x.toFixed(4)))).toEqual([0.0125, 0.5125]);
});

test('events that fill under an eighth of the story are enlarged, with a little room either side; spread ones are not', () => {
  const near = narrowSpan([mark('a', 0.95, '2020-12-01'), mark('b', 0.99, '2020-12-20')]);
  expect(near?.first.date).toBe('2020-12-01');
  expect(near?.last.date).toBe('2020-12-20');
  expect(near!.from).toBeCloseTo(0.9468);
  expect(near!.to).toBeCloseTo(0.9932);
  // One point in time: nothing to enlarge.
  expect(narrowSpan([mark('a', 1, '2020-12-31'), mark('b', 1, '2020-12-31')])).toBeUndefined();
  expect(narrowSpan([mark('a', 0.5, '2020-06'), mark('b', 0.5, '2020-06-01')])).toBeUndefined();
  expect(narrowSpan([mark('a', 0.1), mark('b', 0.9)])).toBeUndefined();
  expect(narrowSpan([mark('a', 0.5)])).toBeUndefined();
});
