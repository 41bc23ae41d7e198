/**
 * The whole timeline chart as numbers: lanes (one per category, each named
 * at its start), era bands, the axis with its ticks and any change of scale,
 * event marks, clusters and labels, for a scale (a visible window) and a
 * width. The server renders it as SVG; the browser recomputes it on zoom
 * with the same function, so both agree.
 */
import { focusScale } from './focus.ts';
import { addDays, dayToDate, eventExtent, type TimeScale } from './time-scale.ts';
import { timelineTicks, type Tick } from './ticks.ts';
import { clusterAnchors, placeLabels, TARGET, type PlacedLabel, type Reserved } from './declutter.ts';
import { fitText, textWidth } from '../text-width.ts';
import { partialDate } from '../dates.ts';

export interface TimelineEvent {
  id: string;
  title: string;
  date: string;
  end?: string | undefined;
  category: string;
  importance: number;
}

export interface TimelineLane {
  id: string;
  label: string;
  colour: string;
}

export interface TimelineEra {
  id: string;
  label: string;
  start: string;
  end: string;
}

export interface LayoutOptions {
  events: readonly TimelineEvent[];
  lanes: readonly TimelineLane[];
  eras: readonly TimelineEra[];
  /** The visible window, whole days: used when no scale is given. */
  from?: string | undefined;
  to?: string | undefined;
  /** The scale onto [0, width] (a zoomed view of baseScale); default: baseScale for from–to. */
  scale?: TimeScale | undefined;
  width: number;
  /** Height of each category lane; the chart's height follows from it. */
  laneHeight?: number | undefined;
  /** Words: "+2 more" after a cluster's label. */
  more?: ((n: number) => string) | undefined;
  /** Words: the months on the axis, January first (UI.dates.axisMonths); default AXIS_MONTHS. */
  months?: readonly string[] | undefined;
}

export type MarkKind = 'point' | 'span' | 'uncertain';

export interface Mark {
  id: string;
  lane: number;
  kind: MarkKind;
  /** Where the mark is drawn (a point may be nudged clear of a neighbour), and its start and end, in pixels. */
  x: number;
  x1: number;
  x2: number;
}

export interface Cluster {
  ids: string[];
  lane: number;
  x: number;
}

/** Where things sit inside a lane, from its top. */
export interface LaneGeometry {
  /** Lines of text a label may take, in each of its two rows. */
  lines: number;
  /** The centre line of the marks. */
  markY: number;
  /** Baselines of the lines of a label of `count` lines above the marks (row 0) or below them (row 1). */
  baselines: (row: 0 | 1, count: number) => number[];
  /** Where each row of labels meets the marks: the bottom of row 0, the top of row 1. */
  rowEdge: (row: 0 | 1) => number;
  /** Baseline of the lane's name, at its top left. */
  nameY: number;
}

export interface LaneName {
  lane: number;
  x: number;
  text: string;
}

export interface Enlarged {
  /** The enlarged piece in view, pixels. */
  x1: number;
  x2: number;
  /** How many times wider a day is drawn here than in the rest of the chart. */
  zoom: number;
}

export interface Layout {
  width: number;
  height: number;
  laneHeight: number;
  geometry: LaneGeometry;
  scale: TimeScale;
  ticks: Tick[];
  lanes: (TimelineLane & { y: number })[];
  laneNames: LaneName[];
  eras: (TimelineEra & { x1: number; x2: number })[];
  eraLabels: { id: string; x: number; text: string }[];
  marks: Mark[];
  clusters: Cluster[];
  labels: PlacedLabel[];
  /** Where the scale changes, in view: the axis breaks here. */
  breaks: number[];
  /** Enlarged pieces in view, when a change of scale is in view too. */
  enlarged: Enlarged[];
}

/** The scale row (what is enlarged), the tick labels, then the axis line. */
export const AXIS_HEIGHT = 36;
export const SCALE_ROW = 13;
export const ERA_ROW = 20;
export const LABEL_SIZE = 12;
/** A cluster's ring: wider than a mark, with its count inside. */
export const CLUSTER_RADIUS = 11;
export const LINE = 13;
export const NAME_SIZE = 11;
const PAD = 2;
/** Between the labels and the marks: room for a leader line to slant. */
const GAP = 4;
const MARK_ROW = 16;

/** A lane with `lines` lines of label above its marks and as many below. */
export const laneRows = (lines: number) => 2 * PAD + 2 * lines * LINE + 2 * GAP + MARK_ROW;
export const LANE_HEIGHT = laneRows(2);

export function laneGeometry(laneHeight: number): LaneGeometry {
  const lines = Math.max(1, Math.min(3, Math.floor((laneHeight - 2 * PAD - 2 * GAP - MARK_ROW) / (2 * LINE))));
  const top = PAD + Math.max(0, laneHeight - laneRows(lines)) / 2;
  const markY = top + lines * LINE + GAP + MARK_ROW / 2;
  const aboveBottom = markY - MARK_ROW / 2 - GAP;
  const belowTop = markY + MARK_ROW / 2 + GAP;
  return {
    lines,
    markY,
    baselines: (row, count) => Array.from({ length: count }, (_, k) => (row === 0 ? aboveBottom - (count - 1 - k) * LINE - 3 : belowTop + (k + 1) * LINE - 3)),
    rowEdge: (row) => (row === 0 ? aboveBottom : belowTop),
    nameY: top + LINE - 3,
  };
}

export const chartHeight = (lanes: number, laneHeight = LANE_HEIGHT) => AXIS_HEIGHT + ERA_ROW + lanes * laneHeight + 4;

/** The lane height that fits a chart into `height` pixels, within readable limits. */
export const laneHeightFor = (height: number, lanes: number) =>
  Math.max(laneRows(1), Math.min(laneRows(3), Math.floor((height - AXIS_HEIGHT - ERA_ROW - 4) / Math.max(1, lanes))));

/** Where each event sits in time, for finding busy periods: the middle of what its date covers. */
export function eventInstants(events: readonly Pick<TimelineEvent, 'date' | 'end'>[]): number[] {
  return events.map((e) => {
    const [start, end] = eventExtent(e.date, e.end);
    return (start.getTime() + end.getTime()) / 2;
  });
}

/** The chart's scale at its widest view: the window [from, to] onto [0, width], busy periods enlarged (focus.ts). */
export function baseScale(events: readonly Pick<TimelineEvent, 'date' | 'end'>[], from: string, to: string, width: number): TimeScale {
  return focusScale(eventInstants(events), [dayToDate(from), dayToDate(addDays(to, 1))], width);
}

/** The longest line a label may have at a chart width: a label widens to this where its row has room. */
export const maxLineWidth = (width: number) => Math.max(120, Math.min(260, Math.round(width * 0.4)));

export function layoutTimeline(options: LayoutOptions): Layout {
  const { width } = options;
  const scale = options.scale ?? baseScale(options.events, options.from!, options.to!, width);
  const laneIndex = new Map(options.lanes.map((lane, i) => [lane.id, i]));
  const laneHeight = options.laneHeight ?? LANE_HEIGHT;
  const geometry = laneGeometry(laneHeight);
  const lanes = options.lanes.map((lane, i) => ({ ...lane, y: AXIS_HEIGHT + ERA_ROW + i * laneHeight }));

  const marks: Mark[] = [];
  const [shownFrom, shownTo] = scale.domain();
  for (const event of options.events) {
    const lane = laneIndex.get(event.category);
    if (lane === undefined) continue;
    const [start, end] = eventExtent(event.date, event.end);
    // Only what happened in the window: next to an enlarged period, a few pixels can be weeks.
    if (end <= shownFrom || start >= shownTo) continue;
    const x1 = scale(start);
    const x2 = scale(end);
    const kind: MarkKind = event.end !== undefined && event.end !== event.date ? 'span' : partialDate(event.date).precision === 'day' ? 'point' : 'uncertain';
    marks.push({ id: event.id, lane, kind, x: (x1 + x2) / 2, x1, x2 });
  }

  const byId = new Map(options.events.map((e) => [e.id, e]));
  // A cluster at the very start or end of the view is drawn just inside it, so the edge does not cut its ring.
  const edge = CLUSTER_RADIUS + 2;
  const inside = (x: number) => (x >= 0 && x < edge ? edge : x <= width && x > width - edge ? width - edge : x);
  const groups = clusterAnchors(
    marks.map((m) => ({
      id: m.id,
      lane: m.lane,
      x: m.x,
      importance: byId.get(m.id)?.importance ?? 1,
      wide: m.kind !== 'point' && m.x2 - m.x1 >= TARGET,
      // A point may be drawn up to two days off its day (and never past a neighbour), so events a day apart can each be tapped.
      slack: m.kind === 'point' ? Math.min(1.5 * TARGET, 2 * (m.x2 - m.x1)) : 0,
    })),
    TARGET,
    (from, to) => inside((from + to) / 2),
  );
  const drawnAt = new Map(groups.filter((g) => g.ids.length === 1).map((g) => [g.ids[0]!, g.x]));
  const clusters = groups.filter((g) => g.ids.length > 1).map((g) => ({ ids: g.ids, lane: g.lane, x: g.x }));

  const [r0, r1] = scale.range();
  const segments = scale.segments();
  const breaks = segments
    .slice(1)
    .filter((s, i) => Math.abs(s.zoom / segments[i]!.zoom - 1) > 0.01 && s.x0 > r0 + 1 && s.x0 < r1 - 1)
    .map((s) => s.x0);

  // Each lane's name sits at its start, above the marks; labels keep clear of it.
  const laneNames = lanes.map((lane, i) => ({ lane: i, x: 6, text: lane.label }));
  const reserved: Reserved[] = [
    ...laneNames.map((name) => ({ lane: name.lane, row: 0 as const, x: 0, width: name.x + textWidth(name.text.toUpperCase(), NAME_SIZE, true) + name.text.length * 0.5 + 4 })),
    // A label never crosses a break in the axis: over the other scale's marks it would read as one of theirs.
    ...breaks.flatMap((x) => lanes.flatMap((_, lane) => ([0, 1] as const).map((row) => ({ lane, row, x: x - 1, width: 2, splits: [x] })))),
  ];
  const more = options.more ?? ((n: number) => `+${n}`);
  const labels = placeLabels(
    groups.map((g) => {
      if (g.ids.length === 1) return { id: g.ids[0]!, lane: g.lane, x: g.x, text: byId.get(g.ids[0]!)?.title ?? '', priority: g.importance };
      // A cluster is labelled with its most important event, and how many more it holds.
      const top = g.ids.map((id) => byId.get(id)!).sort((a, b) => b.importance - a.importance)[0]!;
      return { id: `cluster-${g.ids[0]}`, lane: g.lane, x: g.x, text: top.title, suffix: more(g.ids.length - 1), priority: g.importance - 0.5 };
    }),
    { width, lines: geometry.lines, maxLineWidth: maxLineWidth(width), size: LABEL_SIZE, reserved },
  );

  const eras = options.eras
    .map((era) => {
      const [start, end] = eventExtent(era.start, era.end);
      return { ...era, x1: Math.max(0, scale(start)), x2: Math.min(width, scale(end)) };
    })
    .filter((era) => era.x2 > era.x1);
  const eraLabels = eras.flatMap((era) => {
    const fitted = fitText(era.label, era.x2 - era.x1 - 8, 1, 11);
    return fitted && fitted.width >= 40 ? [{ id: era.id, x: era.x1 + 4, text: fitted.lines[0]! }] : [];
  });

  const enlarged =
    breaks.length === 0
      ? []
      : segments.filter((s) => s.zoom > 1.01 && s.x1 > r0 && s.x0 < r1).map((s) => ({ x1: Math.max(r0, s.x0), x2: Math.min(r1, s.x1), zoom: s.zoom }));

  return {
    width,
    height: chartHeight(lanes.length, laneHeight),
    laneHeight,
    geometry,
    scale,
    ticks: timelineTicks(scale, options.months),
    lanes,
    laneNames,
    eras,
    eraLabels,
    marks: marks.filter((m) => drawnAt.has(m.id)).map((m) => ({ ...m, x: drawnAt.get(m.id)! })),
    clusters,
    labels,
    breaks,
    enlarged,
  };
}
