import { expect, test } from 'vitest';
import { clusterAnchors, pack, placeLabels, TARGET } from '../../src/shared/timeline/declutter.ts';
import { ELLIPSIS, fitText, textWidth } from '../../src/shared/text-width.ts';

test('a label wraps between words, and what does not fit ends in an ellipsis after a whole word', () => {
  const title = 'Ukraine launches a surprise counteroffensive in the Kharkiv region';
  expect(fitText(title, 1000, 1, 12)).toEqual({ lines: [title], width: textWidth(title, 12), whole: true });
  const two = fitText(title, 150, 2, 12)!;
  expect(two.lines).toEqual(['Ukraine launches a', `surprise${ELLIPSIS}`]);
  expect(two.whole).toBe(false);
  expect(two.width).toBeLessThanOrEqual(150);
  // The suffix of a cluster is always kept, the title cut to make room for it.
  expect(fitText(title, 150, 1, 12, '+2 more')!.lines).toEqual([`Ukraine${ELLIPSIS} +2 more`]);
  // A word too long for the line is cut, with its ellipsis, and ends the label.
  expect(fitText('Counteroffensive begins', 60, 2, 12)!.lines).toEqual([`Counter${ELLIPSIS}`]);
  expect(fitText('Counteroffensive', 10, 2, 12)).toBeUndefined();
});

test('estimated widths are those of a wide sans-serif, so a label that fits on paper fits on screen', () => {
  expect(textWidth('Sep 2024', 12)).toBe(58);
  expect(textWidth('iiii', 12)).toBeLessThan(textWidth('MMMM', 12));
  expect(textWidth('Kyiv', 12, true)).toBeGreaterThan(textWidth('Kyiv', 12));
  expect(textWidth('Київ', 12)).toBeGreaterThan(0);
});

test('packing keeps order, gaps and bounds, moves items as little as it can, and never moves a fixed one', () => {
  expect(pack([{ wish: 0, size: 10 }, { wish: 5, size: 10 }], 2)).toEqual([-3.5, 8.5]);
  expect(pack([{ wish: -20, size: 10 }, { wish: 5, size: 10 }], 2, [0, 100])).toEqual([0, 12]);
  expect(pack([{ wish: 0, size: 10, fixed: true }, { wish: 5, size: 10 }], 2)).toEqual([0, 12]);
  expect(pack([{ wish: 0, size: 60 }, { wish: 5, size: 60 }], 2, [0, 100])).toBeUndefined();
  expect(pack([{ wish: 50, size: 10 }, { wish: 52, size: 10, fixed: true }], 2, [0, 55])).toBeUndefined();
});

test('marks too close to tap are spread within their slack, and clustered when that would move one too far', () => {
  const anchor = (id: string, x: number, slack: number) => ({ id, lane: 0, x, importance: 1, wide: false, slack });
  // Two on one day, 20 px a day: each may move 24 px, so both show.
  expect(clusterAnchors([anchor('a', 100, 24), anchor('b', 100, 24)]).map((g) => [g.ids, g.x])).toEqual([[['a'], 88], [['b'], 112]]);
  // The same two at a scale of a pixel a day: one cluster.
  expect(clusterAnchors([anchor('a', 100, 2), anchor('b', 100, 2)]).map((g) => g.ids)).toEqual([['a', 'b']]);
  // Nothing ends closer than a touch target, however many.
  const many = clusterAnchors(Array.from({ length: 30 }, (_, i) => anchor(`e${i}`, 100 + i * 3, 5)));
  many.slice(1).forEach((g, i) => expect(g.x - many[i]!.x).toBeGreaterThanOrEqual(TARGET - 1e-6));
});

test('labels go where they fit: whole when there is room, shorter where it is tight, and left out rather than overlap', () => {
  const request = (id: string, x: number, priority = 1) => ({ id, lane: 0, x, text: 'Putin says allowing deep strikes would mean NATO is at war with Russia', priority });
  const roomy = placeLabels([request('a', 300)], { width: 600, lines: 2, maxLineWidth: 240, size: 12 });
  expect(roomy).toHaveLength(1);
  expect(roomy[0]!.whole).toBe(true);
  const tight = placeLabels([request('a', 300, 2), request('b', 330), request('c', 360), request('d', 390), request('e', 420)], { width: 600, lines: 2, maxLineWidth: 240, size: 12 });
  expect(tight.length).toBeGreaterThanOrEqual(4);
  expect(tight.find((l) => l.id === 'a')).toBeDefined();
  for (const row of [0, 1]) {
    const inRow = tight.filter((l) => l.row === row).sort((a, b) => a.x - b.x);
    inRow.slice(1).forEach((l, i) => expect(l.x).toBeGreaterThanOrEqual(inRow[i]!.x + inRow[i]!.width));
    // Labels keep their marks' order, so leaders never cross.
    expect(inRow.map((l) => l.anchor)).toEqual([...inRow.map((l) => l.anchor)].sort((a, b) => a - b));
  }
});

test('a label stays on its mark’s side of every break in its row, even where two breaks and a name merge into one box', () => {
  const options = { width: 400, lines: 1, maxLineWidth: 120, size: 11 };
  const breaks = [200, 206].map((x) => ({ lane: 0, row: 0 as const, x: x - 1, width: 2, splits: [x] }));
  const name = { lane: 0, row: 0 as const, x: 0, width: 60 };
  // Between the two breaks: no side of either has room, so it goes below, or nowhere; never across.
  const between = placeLabels([{ id: 'between', lane: 0, x: 203, text: 'Between the breaks', priority: 1 }], { ...options, rows: [0], reserved: [name, ...breaks] });
  expect(between).toEqual([]);
  // Left of both, right of both: each on its own side.
  const placed = placeLabels(
    [
      { id: 'left', lane: 0, x: 150, text: 'Before', priority: 1 },
      { id: 'right', lane: 0, x: 260, text: 'After', priority: 1 },
    ],
    { ...options, rows: [0], reserved: [name, ...breaks] },
  );
  expect(placed.find((l) => l.id === 'left')!.x + placed.find((l) => l.id === 'left')!.width).toBeLessThanOrEqual(200);
  expect(placed.find((l) => l.id === 'right')!.x).toBeGreaterThanOrEqual(206);
});
