import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { labelWidth } from '../../src/shared/timeline/declutter.ts';
import { layoutTimeline, type Layout, type TimelineEvent } from '../../src/shared/timeline/layout.ts';
import { addDays } from '../../src/shared/timeline/time-scale.ts';
import { timelineTicks, tickUnit } from '../../src/shared/timeline/ticks.ts';
import { timeScale } from '../../src/shared/timeline/time-scale.ts';
import { ROOT } from '../support/sites.ts';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';
import { join } from 'node:path';

const lanes = [
  { id: 'a', label: 'A', colour: '#0072b2' },
  { id: 'b', label: 'B', colour: '#d55e00' },
  { id: 'c', label: 'C', colour: '#009e73' },
];

function syntheticEvents(count: number, seed: number): TimelineEvent[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const day = addDays('2022-02-24', Math.floor(random() * 950));
    const precision = random();
    const date = precision < 0.1 ? day.slice(0, 7) : day;
    return {
      id: `e${i}`,
      title: `Synthetic event number ${i} with a title of some length`.slice(0, 20 + Math.floor(random() * 40)),
      date,
      end: precision > 0.95 ? addDays(day, 1 + Math.floor(random() * 60)) : undefined,
      category: lanes[Math.floor(random() * lanes.length)]!.id,
      importance: 1 + Math.floor(random() * 3),
    };
  });
}

function overlaps(layout: Layout): string[] {
  const found: string[] = [];
  layout.labels.forEach((a, i) =>
    layout.labels.slice(i + 1).forEach((b) => {
      if (a.lane === b.lane && a.x < b.x + b.width && b.x < a.x + a.width) found.push(`${a.id} × ${b.id}`);
    }),
  );
  for (const label of layout.labels) {
    if (label.x < 0 || label.x + label.width > layout.width) found.push(`${label.id} leaves the chart`);
    expect(label.width).toBe(labelWidth(label.text));
  }
  return found;
}

/** Windows from the whole story down to a fortnight. */
const windows = [
  ['2022-02-24', '2024-09-30'],
  ['2023-01-01', '2023-12-31'],
  ['2024-09-01', '2024-09-30'],
  ['2024-09-08', '2024-09-21'],
] as const;

describe('timeline layout', () => {
  test.each([1, 2, 3])('no two labels overlap at any zoom, on seeded random data (seed %i)', (seed) => {
    const events = syntheticEvents(1000, seed);
    for (const [from, to] of windows) {
      for (const width of [360, 800, 1200]) {
        const layout = layoutTimeline({ events, lanes, eras: [], from, to, width });
        expect(overlaps(layout), `${from}..${to} at ${width}px`).toEqual([]);
        // Every visible event is either a mark or counted in a cluster, never both.
        const shown = [...layout.marks.map((m) => m.id), ...layout.clusters.flatMap((c) => c.ids)];
        expect(new Set(shown).size).toBe(shown.length);
      }
    }
  });

  test('no two labels overlap on the shipped story, and clusters split as you zoom in', async () => {
    const { story } = await checkContent(join(ROOT, 'content'));
    const events = story!.events.map(({ id, data }) => ({ id, ...data }));
    const storyLanes = story!.site.categories;
    let previousClusters = Infinity;
    for (const [from, to] of windows) {
      const layout = layoutTimeline({ events, lanes: storyLanes, eras: story!.site.eras, from, to, width: 1000 });
      expect(overlaps(layout)).toEqual([]);
      const clustered = layout.clusters.reduce((n, c) => n + c.ids.length, 0);
      expect(clustered).toBeLessThanOrEqual(previousClusters === Infinity ? clustered : previousClusters + 50);
      previousClusters = clustered;
    }
  });

  test('dates known to the month or year become spans, never a fake exact day; end dates become bars', () => {
    const layout = layoutTimeline({
      events: [
        { id: 'month', title: 'M', date: '2024-03', category: 'a', importance: 2 },
        { id: 'day', title: 'D', date: '2024-03-10', category: 'b', importance: 2 },
        { id: 'span', title: 'S', date: '2024-05-10', end: '2024-05-20', category: 'c', importance: 2 },
      ],
      lanes,
      eras: [],
      from: '2024-01-01',
      to: '2024-12-31',
      width: 3660,
    });
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    expect(byId.get('month')).toMatchObject({ kind: 'uncertain', x1: 600, x2: 910 });
    expect(byId.get('day')).toMatchObject({ kind: 'point', x: 695 });
    expect(byId.get('span')).toMatchObject({ kind: 'span', x1: 1300, x2: 1410 });
  });

  test('ticks adapt from years to months to weeks to days', () => {
    expect(tickUnit(timeScale('2022-02-24', '2024-09-30', 300))).toBe('year');
    expect(tickUnit(timeScale('2022-02-24', '2024-09-30', 2000))).toBe('month');
    expect(tickUnit(timeScale('2024-07-01', '2024-09-30', 1000))).toBe('week');
    expect(tickUnit(timeScale('2024-09-01', '2024-09-14', 1000))).toBe('day');
    const ticks = timelineTicks(timeScale('2023-11-01', '2024-02-29', 500));
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2023', '2024']);
    expect(ticks[0]).toMatchObject({ x: 0, label: '2023', edge: true });
    expect(ticks.map((t) => t.label)).toContain('Dec');
    expect(timelineTicks(timeScale('2024-09-01', '2024-09-14', 1000))[0]).toMatchObject({ label: 'Sep 2024', edge: true });
  });
});
