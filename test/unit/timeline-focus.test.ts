import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { busyPeriods, focusScale, FOCUS } from '../../src/shared/timeline/focus.ts';
import { baseScale, eventInstants, layoutTimeline } from '../../src/shared/timeline/layout.ts';
import { dayToDate, DAY_MS } from '../../src/shared/timeline/time-scale.ts';
import { ROOT } from '../support/sites.ts';

async function shippedStory() {
  const { story } = await checkContent(join(ROOT, 'content'));
  return { events: story!.events.map(({ id, data }) => ({ id, ...data })), lanes: story!.site.categories, eras: story!.site.eras };
}
const day = (iso: string) => dayToDate(iso).getTime();

test('September 2024 is the shipped story’s one busy period, and it gets most of the width', async () => {
  const { events } = await shippedStory();
  const periods = busyPeriods(eventInstants(events), day('2022-02-24'), day('2024-10-01'));
  expect(periods).toEqual([{ start: day('2024-09-01'), end: day('2024-10-01'), events: 16 }]);
  const scale = baseScale(events, '2022-02-24', '2024-09-30', 1000);
  const [context, september] = scale.segments();
  expect(september).toMatchObject({ start: dayToDate('2024-09-01'), end: dayToDate('2024-10-01'), x1: 1000 });
  expect(september!.x1 - september!.x0).toBeCloseTo(FOCUS.maxShare * 1000);
  expect(context!.zoom).toBe(1);
  expect(september!.zoom).toBeGreaterThan(20);
});

test('the scale keeps time order and is one straight line within each piece', async () => {
  const { events } = await shippedStory();
  const scale = baseScale(events, '2022-02-24', '2024-09-30', 872);
  let previous = -Infinity;
  for (let t = day('2022-02-24'); t <= day('2024-10-01'); t += DAY_MS / 2) {
    const x = scale(new Date(t));
    expect(x).toBeGreaterThan(previous);
    expect(scale.invert(x).getTime()).toBeCloseTo(t, -1);
    previous = x;
  }
  for (const s of scale.segments()) {
    const mid = scale(new Date((s.start.getTime() + s.end.getTime()) / 2));
    expect(mid).toBeCloseTo((s.x0 + s.x1) / 2, 6);
  }
  // Zooming magnifies every piece alike: the ratio between them, which the axis states, does not change.
  const zoomed = scale.zoomed(3, -1200);
  expect(zoomed.segments().map((s) => s.zoom)).toEqual(scale.segments().map((s) => s.zoom));
  expect(zoomed(dayToDate('2024-09-10'))).toBeCloseTo(scale(dayToDate('2024-09-10')) * 3 - 1200, 6);
});

test('the axis says where the scale changes: a break at the start of September 2024 and what is enlarged', async () => {
  const story = await shippedStory();
  const layout = layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width: 1000 });
  const start = layout.scale(dayToDate('2024-09-01'));
  expect(layout.breaks).toEqual([start]);
  expect(layout.enlarged).toEqual([{ x1: start, x2: 1000, zoom: layout.scale.segments()[1]!.zoom }]);
  expect(layout.ticks.find((t) => Math.abs(t.x - start) < 0.01)).toMatchObject({ label: 'Sep 2024', major: true });
  // Inside September alone the scale is even: no break, nothing said.
  const september = layoutTimeline({ ...story, scale: layout.scale.zoomed(1000 / (1000 - start), -start * (1000 / (1000 - start))), width: 1000 });
  expect(september.breaks).toEqual([]);
  expect(september.enlarged).toEqual([]);
});

test('no label crosses a break in the axis or stands on its far side, at the widest view or on a phone', async () => {
  const story = await shippedStory();
  const widest = layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width: 1000 });
  // The widest view at several widths (phones of 360 to 430 px less the page's margins), and zoomed so the break
  // falls beside the lanes' names.
  const layouts = [
    widest,
    ...[340, 356, 398].map((width) => layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width })),
    layoutTimeline({ ...story, scale: widest.scale.zoomed(1, 60 - widest.breaks[0]!), width: 1000 }),
  ];
  for (const layout of layouts) {
    const [wall] = layout.breaks;
    expect(wall).toBeDefined();
    const crossing = layout.labels.filter((l) => l.x < wall! && l.x + l.width > wall!);
    expect(crossing.map((l) => l.id)).toEqual([]);
    // Over the other scale's marks a label would read as one of theirs.
    const farSide = layout.labels.filter((l) => (l.anchor < wall!) !== (l.x + l.width <= wall!));
    expect(farSide.map((l) => `${l.id} at ${Math.round(l.x)} for a mark at ${Math.round(l.anchor)}, break at ${Math.round(wall!)}`)).toEqual([]);
    // Every lane still has labels above its marks: a break beside a lane's name takes no row's labels away.
    const lanesAbove = new Set(layout.labels.filter((l) => l.row === 0).map((l) => l.lane));
    expect(lanesAbove.size, `labels above the marks, break at ${Math.round(wall!)} px`).toBe(layout.lanes.length);
  }
});

test('a window without a busy period is drawn to one scale', async () => {
  const { events } = await shippedStory();
  for (const [from, to] of [['2024-09-01', '2024-09-30'], ['2023-01-01', '2023-12-31'], ['2024-08-01', '2024-09-30']] as const) {
    expect(baseScale(events, from, to, 800).segments(), `${from}..${to}`).toHaveLength(1);
  }
  expect(focusScale([], [dayToDate('2024-01-01'), dayToDate('2025-01-01')], 500).segments()).toHaveLength(1);
});

test('a busy period at the start of a window, or two of them, are enlarged too, within the share of the width allowed', () => {
  const burst = (from: string, n: number) => Array.from({ length: n }, (_, i) => day(from) + i * DAY_MS * 2);
  const instants = [...burst('2020-01-01', 12), ...burst('2020-07-01', 8), day('2020-04-10'), day('2020-10-10'), day('2021-03-01')];
  const scale = focusScale(instants, [dayToDate('2020-01-01'), dayToDate('2021-06-01')], 1000);
  const enlarged = scale.segments().filter((s) => s.zoom > 1.01);
  expect(enlarged.map((s) => s.start.toISOString().slice(0, 7))).toEqual(['2020-01', '2020-07']);
  expect(enlarged[0]!.x0).toBe(0);
  expect(enlarged.reduce((sum, s) => sum + s.x1 - s.x0, 0)).toBeLessThanOrEqual(FOCUS.maxShare * 1000 + 1e-6);
});

test('zoomed to September, the chart shows September’s events only, though weeks of August are a few pixels away', async () => {
  const story = await shippedStory();
  const base = baseScale(story.events, '2022-02-24', '2024-09-30', 838);
  const [x0, x1] = [base(dayToDate('2024-09-01')), base(dayToDate('2024-10-01'))];
  const k = 838 / (x1 - x0);
  const layout = layoutTimeline({ ...story, scale: base.zoomed(k, -x0 * k), width: 838 });
  const shown = [...layout.marks.map((m) => m.id), ...layout.clusters.flatMap((c) => c.ids)];
  expect(shown.sort()).toEqual(story.events.filter((e) => e.date.startsWith('2024-09')).map((e) => e.id).sort());
});
