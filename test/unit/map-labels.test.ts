/** Label placement: deterministic, inside the map, never overlapping, and clear of markers. */
import { expect, test } from 'vitest';
import { labelWidth, placeLabels, type LabelRequest } from '../../src/model/map/labels.ts';
import { dotLabels, MOMENT_NARROW_SCALE, momentLabels } from '../../src/model/map/map-labels.ts';
import { simplifyLine } from '../../src/model/map/simplify.ts';

const request = (id: string, x: number, y: number, priority = 1): LabelRequest => ({ id, text: id, x, y, size: 10, priority, gap: 4, mode: 'around', className: 'label-place' });

const box = (l: ReturnType<typeof placeLabels>[number]) => {
  const width = labelWidth(l);
  const left = l.x + l.dx - (l.anchor === 'start' ? 0 : l.anchor === 'middle' ? width / 2 : width);
  // With half of the clearance the placer keeps on each side: boxes that still do not overlap were kept apart.
  const pad = l.size * 0.19;
  return { left: left - pad, right: left + width + pad, top: l.y + l.dy - l.size * 0.8, bottom: l.y + l.dy + l.size * 0.25 };
};

test('labels go right of their marker when there is room, and elsewhere when there is not', () => {
  const placed = placeLabels([request('Kyiv', 50, 50, 2), request('Irpin', 60, 50)], [{ x: 50, y: 50, r: 4 }, { x: 60, y: 50, r: 4 }], 200, 100);
  expect(placed.map((l) => [l.id, l.anchor])).toEqual([['Irpin', 'start'], ['Kyiv', 'end']]);
});

test('a crowd of labels never overlaps or touches, stays inside, and places the same way twice', () => {
  const requests = Array.from({ length: 60 }, (_, i) => request(`place-${String(i).padStart(2, '0')}`, 20 + ((i * 37) % 360), 10 + ((i * 53) % 180), i % 4));
  const obstacles = requests.map((r) => ({ x: r.x, y: r.y, r: 3 }));
  const placed = placeLabels(requests, obstacles, 400, 200);
  expect(placeLabels(requests, obstacles, 400, 200)).toEqual(placed);
  expect(placed.length).toBeGreaterThan(15);
  const boxes = placed.map(box);
  for (const [i, a] of boxes.entries()) {
    expect(a.left).toBeGreaterThanOrEqual(2 - 1.9);
    expect(a.right).toBeLessThanOrEqual(398 + 1.9);
    for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  }
});

test('lines are simplified only where the change is below the tolerance', () => {
  const line: [number, number][] = [[0, 0], [1, 0.1], [2, 0], [3, 5], [4, 0]];
  expect(simplifyLine(line, 0.5)).toEqual([[0, 0], [2, 0], [3, 5], [4, 0]]);
  expect(simplifyLine(line, 0.05)).toEqual(line);
});

test("a small map's dots are named only where asked, twice as large for a phone, clear of every dot", () => {
  const dots = [
    { id: 'riverton', name: 'Riverton', x: 100, y: 100, r: 8 },
    { id: 'northgate', name: 'Northgate', x: 160, y: 60, r: 4 },
    { id: 'weir', name: 'Weir', x: 40, y: 150, r: 3 },
  ];
  const labels = dotLabels(dots, ['riverton', 'northgate'], 300, 200, 12);
  expect(labels.wide.map((l) => [l.id, l.text, l.size])).toEqual([['northgate', 'Northgate', 12], ['riverton', 'Riverton', 12]]);
  expect(labels.narrow.every((l) => l.size === 24)).toBe(true);
  for (const l of labels.wide) for (const d of dots) {
    const b = box(l);
    const nearestX = Math.max(b.left, Math.min(d.x, b.right));
    const nearestY = Math.max(b.top, Math.min(d.y, b.bottom));
    expect(Math.hypot(nearestX - d.x, nearestY - d.y), `${l.id} against ${d.id}`).toBeGreaterThanOrEqual(d.r);
  }
});

test("a small map of a day names the place picked out first, its countries and capitals inside the part shown, and on a phone only the story's own capitals", () => {
  const place = (id: string, name: string, x: number, y: number, kind: 'capital' | 'city') => ({ id, name, x, y, kind, extent: 4, events: [] }) as unknown as Parameters<typeof momentLabels>[0]['places'][number];
  const model = {
    countries: [{ id: 'country-rv', name: 'Riverland', x: 170, y: 290 }, { id: 'country-far', name: 'Farland', x: 500, y: 150 }],
    capitals: [{ id: 'capital-0', name: 'Elsewhere', x: 60, y: 60, inStoryCountry: false }, { id: 'capital-1', name: 'Beyond', x: 480, y: 60, inStoryCountry: false }],
    places: [place('riverton', 'Riverton', 120, 100, 'capital'), place('kestrel', 'Kestrel', 200, 200, 'city')],
  };
  const shown = { x: 20, y: 20, width: 300, height: 300 };
  const labels = momentLabels(model, shown, { x: 200, y: 200, name: 'Kestrel' }, [{ x: 210, y: 180 }]);
  expect(labels.wide.map((l) => l.text).sort()).toEqual(['Elsewhere', 'Kestrel', 'Riverland', 'Riverton']);
  expect(labels.narrow.map((l) => l.text).sort()).toEqual(['Kestrel', 'Riverland', 'Riverton']);
  // Back on the map's own units: anchored where the place is, not where it is in the box.
  expect(labels.wide.find((l) => l.text === 'Kestrel')).toMatchObject({ x: 200, y: 200 });
  expect(labels.narrow.find((l) => l.text === 'Kestrel')!.size).toBeCloseTo(15 * MOMENT_NARROW_SCALE);
  // A dot for each capital named, none for the place picked out (it has its own ring).
  expect(labels.capitals.wide).toEqual([{ x: 60, y: 60 }, { x: 120, y: 100 }]);
  expect(labels.capitals.narrow).toEqual([{ x: 120, y: 100 }]);
  for (const l of labels.wide) {
    const b = box(l);
    expect(b.left).toBeGreaterThanOrEqual(20 - 3);
    expect(b.right).toBeLessThanOrEqual(320 + 3);
  }
});
