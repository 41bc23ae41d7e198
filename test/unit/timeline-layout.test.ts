import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { baseScale, laneRows, layoutTimeline, type Layout, type TimelineEvent } from '../../src/shared/timeline/layout.ts';
import { addDays, dayToDate, eventExtent } from '../../src/shared/timeline/time-scale.ts';
import { timelineTicks, tickUnit } from '../../src/shared/timeline/ticks.ts';
import { timeScale } from '../../src/shared/timeline/time-scale.ts';
import { ELLIPSIS, textWidth } from '../../src/shared/text-width.ts';
import { LABEL_SIZE } from '../../src/shared/timeline/layout.ts';
import { REACH, leaderEnd, TARGET } from '../../src/shared/timeline/declutter.ts';
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

/** What is wrong with a layout's labels and marks: overlaps, labels off the chart or far from their mark, marks too close to tap. */
function problems(layout: Layout): string[] {
  const found: string[] = [];
  layout.labels.forEach((a, i) =>
    layout.labels.slice(i + 1).forEach((b) => {
      if (a.lane === b.lane && a.row === b.row && a.x < b.x + b.width && b.x < a.x + a.width) found.push(`${a.id} × ${b.id}`);
    }),
  );
  for (const label of layout.labels) {
    if (label.x < -0.01 || label.x + label.width > layout.width + 0.01) found.push(`${label.id} leaves the chart`);
    if (label.width !== Math.max(...label.lines.map((line) => textWidth(line, LABEL_SIZE)))) found.push(`${label.id} is not as wide as its text`);
    if (Math.abs(leaderEnd(label.anchor, label.x, label.width) - label.anchor) > REACH + 0.01) found.push(`${label.id} is far from its mark`);
    if (label.lines.length > layout.geometry.lines) found.push(`${label.id} has too many lines`);
  }
  for (const lane of layout.lanes.keys()) {
    for (const row of [0, 1]) {
      // Labels in a row keep their marks' order, so no two leaders cross.
      const anchors = layout.labels.filter((l) => l.lane === lane && l.row === row).sort((a, b) => a.x - b.x).map((l) => l.anchor);
      if (anchors.some((a, i) => i > 0 && a < anchors[i - 1]! - 1e-6)) found.push(`labels out of order in lane ${lane}, row ${row}`);
    }
  }
  const drawn = [...layout.marks.filter((m) => m.kind === 'point' || m.x2 - m.x1 < TARGET), ...layout.clusters];
  for (const lane of layout.lanes.keys()) {
    const xs = drawn.filter((m) => m.lane === lane).map((m) => m.x).sort((a, b) => a - b);
    xs.slice(1).forEach((x, i) => x - xs[i]! < TARGET - 0.01 && found.push(`two marks ${(x - xs[i]!).toFixed(1)} px apart in lane ${lane}`));
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

async function shippedStory() {
  const { story } = await checkContent(join(ROOT, 'content'));
  return { events: story!.events.map(({ id, data }) => ({ id, ...data })), lanes: story!.site.categories, eras: story!.site.eras };
}

describe('timeline layout', () => {
  test.each([1, 2, 3])('no two labels overlap, and no two marks are too close to tap, at any zoom, on seeded random data (seed %i)', (seed) => {
    const events = syntheticEvents(1000, seed);
    for (const [from, to] of windows) {
      for (const width of [360, 800, 1200]) {
        const layout = layoutTimeline({ events, lanes, eras: [], from, to, width });
        expect(problems(layout), `${from}..${to} at ${width}px`).toEqual([]);
        // Every visible event is either a mark or counted in a cluster, never both.
        const shown = [...layout.marks.map((m) => m.id), ...layout.clusters.flatMap((c) => c.ids)];
        expect(new Set(shown).size).toBe(shown.length);
      }
    }
  });

  test('no two labels overlap on the shipped story, and clusters split as you zoom in', async () => {
    const story = await shippedStory();
    let previousClusters = Infinity;
    for (const [from, to] of windows) {
      const layout = layoutTimeline({ ...story, from, to, width: 1000 });
      expect(problems(layout)).toEqual([]);
      const clustered = layout.clusters.reduce((n, c) => n + c.ids.length, 0);
      expect(clustered).toBeLessThanOrEqual(previousClusters === Infinity ? clustered : previousClusters + 50);
      previousClusters = clustered;
    }
  });

  test.each([800, 838, 1000, 1152])('the September 2024 events each get their own mark and a readable label at the default view (%i px)', async (width) => {
    const story = await shippedStory();
    const layout = layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width });
    const september = story.events.filter((e) => e.date.startsWith('2024-09'));
    expect(september.length).toBeGreaterThanOrEqual(15);
    for (const event of september) {
      expect(layout.marks.map((m) => m.id), event.id).toContain(event.id);
      const label = layout.labels.find((l) => l.id === event.id);
      expect(label, `${event.id} has a label`).toBeDefined();
      const shown = label!.lines.join(' ').replace(ELLIPSIS, '');
      // All of the title, or its first words: enough to know the event.
      expect(event.title.startsWith(shown), `${shown} begins ${event.title}`).toBe(true);
      expect(label!.whole || shown.length >= 20).toBe(true);
    }
  });

  test('labels are cut only between words, always with an ellipsis, and show whole where their row has room', async () => {
    const story = await shippedStory();
    const titles = new Map(story.events.map((e) => [e.id, e.title]));
    for (const [from, to] of windows) {
      for (const width of [358, 640, 1000]) {
        const layout = layoutTimeline({ ...story, from, to, width, more: (n) => `+${n} more` });
        for (const label of layout.labels.filter((l) => titles.has(l.id))) {
          const text = label.lines.join(' ');
          const title = titles.get(label.id)!;
          if (label.whole) expect(text).toBe(title);
          else {
            expect(text.endsWith(ELLIPSIS), text).toBe(true);
            const kept = text.slice(0, -1);
            // The words kept are the title's own first words, the last of them complete.
            expect(`${title} `.startsWith(`${kept} `), `${text} cuts a word of ${title}`).toBe(true);
          }
        }
      }
    }
    // A lone event in a wide chart shows its whole title.
    const lone = layoutTimeline({ events: [{ id: 'x', title: 'Ukrainian drones hit an arsenal at Toropets deep inside Russia', date: '2024-09-18', category: 'a', importance: 1 }], lanes, eras: [], from: '2024-09-01', to: '2024-09-30', width: 576 });
    expect(lone.labels[0]).toMatchObject({ whole: true, lines: ['Ukrainian drones hit an arsenal at', 'Toropets deep inside Russia'] });
  });

  test('each lane is named at its start, and no label covers the name', async () => {
    const story = await shippedStory();
    const layout = layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width: 872 });
    expect(layout.laneNames.map((n) => n.text)).toEqual(story.lanes.map((l) => l.label));
    expect(layout.laneNames.every((n) => n.x < 10)).toBe(true);
    for (const name of layout.laneNames) {
      const right = name.x + textWidth(name.text.toUpperCase(), 11, true);
      expect(layout.labels.filter((l) => l.lane === name.lane && l.row === 0 && l.x < right)).toEqual([]);
    }
  });

  test('events on the same day in one lane are drawn apart, in their order and within two days of their date', async () => {
    const story = await shippedStory();
    const layout = layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width: 1000 });
    const scale = layout.scale;
    const day = scale(dayToDate('2024-09-11')) - scale(dayToDate('2024-09-10'));
    const pair = ['2024-09-10-blinken-lammy-london-briefing', '2024-09-10-blinken-says-iran-sent-russia-missiles'].map((id) => layout.marks.find((m) => m.id === id)!);
    expect(pair.every(Boolean)).toBe(true);
    expect(Math.abs(pair[0]!.x - pair[1]!.x)).toBeGreaterThanOrEqual(TARGET - 0.01);
    for (const mark of layout.marks) expect(Math.abs(mark.x - (mark.x1 + mark.x2) / 2), mark.id).toBeLessThanOrEqual(Math.max(2 * day, 0) + 0.01);
    // Time order survives the nudging, lane by lane.
    for (const lane of layout.lanes.keys()) {
      const marks = layout.marks.filter((m) => m.lane === lane).sort((a, b) => a.x - b.x);
      const starts = marks.map((m) => m.x1);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
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

  test('the axis names months in the words it is given, as a translation would give them', () => {
    const months = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
    expect(timelineTicks(timeScale('2023-11-01', '2024-02-29', 500), months).map((t) => t.label)).toContain('déc.');
    expect(timelineTicks(timeScale('2024-09-01', '2024-09-14', 1000), months)[0]).toMatchObject({ label: 'sept. 2024', edge: true });
  });

  test('no two tick labels crowd each other, and none runs off the chart', async () => {
    const story = await shippedStory();
    for (const [from, to] of windows) {
      for (const width of [358, 1000]) {
        const ticks = layoutTimeline({ ...story, from, to, width }).ticks;
        const boxes = ticks.map((t) => [t.x, t.x + 3 + textWidth(t.label, 12, t.major)] as const);
        boxes.slice(1).forEach(([left], i) => expect(left, `${from}..${to} at ${width}: ${ticks[i + 1]!.label}`).toBeGreaterThan(boxes[i]![1]));
        expect(Math.max(...boxes.map(([, right]) => right))).toBeLessThanOrEqual(width);
      }
    }
  });

  test('lanes keep a fixed height whatever the width, so the server and the browser draw charts of one height', async () => {
    const story = await shippedStory();
    const heights = [358, 872, 1000].map((width) => layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width }).height);
    expect(new Set(heights).size).toBe(1);
    expect(layoutTimeline({ ...story, from: '2022-02-24', to: '2024-09-30', width: 500, laneHeight: laneRows(1) }).geometry.lines).toBe(1);
  });

  test('the base scale and the layout take a few milliseconds, so zooming stays smooth', async () => {
    const story = await shippedStory();
    const scale = baseScale(story.events, '2022-02-24', '2024-09-30', 1000);
    layoutTimeline({ ...story, scale, width: 1000 });
    const start = performance.now();
    for (let k = 1; k <= 20; k++) layoutTimeline({ ...story, scale: scale.zoomed(k, -k * 300), width: 1000 });
    // Generous, for a shared machine: a frame is 16 ms, and a desktop lays the story out in about 3.
    expect((performance.now() - start) / 20).toBeLessThan(50);
  });
});

test('an event’s extent is whole days in UTC', () => {
  expect(eventExtent('2024-09', undefined).map((d) => d.toISOString())).toEqual(['2024-09-01T00:00:00.000Z', '2024-10-01T00:00:00.000Z']);
});
