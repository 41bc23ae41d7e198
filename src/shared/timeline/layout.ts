/**
 * The whole timeline chart as numbers: lanes (one per category), era bands,
 * axis ticks, event marks, clusters and labels for a visible window and a
 * width. The server renders it as SVG; the browser recomputes it on zoom
 * with the same function, so both agree.
 */
import type { TimeScale } from './time-scale.ts';
import { eventExtent, linearTimeScale, timeScale } from './time-scale.ts';
import { timelineTicks, type Tick } from './ticks.ts';
import { clusterAnchors, placeLabels, TARGET, type PlacedLabel } from './declutter.ts';
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
  /** The visible window, whole days. */
  from: string;
  to: string;
  /** While zooming, the exact instants shown (fractions of a day); overrides from/to. */
  domain?: [Date, Date] | undefined;
  width: number;
  /** Height of each category lane; the chart's height follows from it. */
  laneHeight?: number | undefined;
}

export type MarkKind = 'point' | 'span' | 'uncertain';

export interface Mark {
  id: string;
  lane: number;
  kind: MarkKind;
  /** Centre of the mark (points) or start and end (spans), in pixels. */
  x: number;
  x1: number;
  x2: number;
}

export interface Cluster {
  ids: string[];
  lane: number;
  x: number;
}

export interface Layout {
  width: number;
  height: number;
  laneHeight: number;
  scale: TimeScale;
  ticks: Tick[];
  lanes: (TimelineLane & { y: number })[];
  eras: (TimelineEra & { x1: number; x2: number })[];
  eraLabels: PlacedLabel[];
  marks: Mark[];
  clusters: Cluster[];
  labels: PlacedLabel[];
}

export const AXIS_HEIGHT = 24;
export const ERA_ROW = 22;
export const LANE_HEIGHT = 48;
/** Within a lane: labels sit on a row above the marks, so they never cover one. */
export const LABEL_BASELINE = 16;
/** Marks sit this far above the bottom of their lane. */
export const MARK_FROM_BOTTOM = 15;

export const chartHeight = (lanes: number, laneHeight = LANE_HEIGHT) => AXIS_HEIGHT + ERA_ROW + lanes * laneHeight + 4;

/** The lane height that fits a chart into `height` pixels, within readable limits. */
export const laneHeightFor = (height: number, lanes: number) =>
  Math.max(LANE_HEIGHT - 8, Math.min(LANE_HEIGHT + 24, Math.floor((height - AXIS_HEIGHT - ERA_ROW - 4) / Math.max(1, lanes))));

export function layoutTimeline(options: LayoutOptions): Layout {
  const { width } = options;
  const scale = options.domain ? linearTimeScale(options.domain, [0, width]) : timeScale(options.from, options.to, width);
  const laneIndex = new Map(options.lanes.map((lane, i) => [lane.id, i]));
  const laneHeight = options.laneHeight ?? LANE_HEIGHT;
  const lanes = options.lanes.map((lane, i) => ({ ...lane, y: AXIS_HEIGHT + ERA_ROW + i * laneHeight }));

  const marks: Mark[] = [];
  for (const event of options.events) {
    const lane = laneIndex.get(event.category);
    if (lane === undefined) continue;
    const [start, end] = eventExtent(event.date, event.end);
    const x1 = scale(start);
    const x2 = scale(end);
    if (x2 < -TARGET || x1 > width + TARGET) continue;
    const kind: MarkKind = event.end !== undefined && event.end !== event.date ? 'span' : partialDate(event.date).precision === 'day' ? 'point' : 'uncertain';
    marks.push({ id: event.id, lane, kind, x: (x1 + x2) / 2, x1, x2 });
  }

  const importance = new Map(options.events.map((e) => [e.id, e.importance]));
  const groups = clusterAnchors(
    marks.map((m) => ({ id: m.id, lane: m.lane, x: m.x, importance: importance.get(m.id) ?? 1, wide: m.kind !== 'point' && m.x2 - m.x1 >= TARGET })),
  );
  const singles = new Set(groups.filter((g) => g.ids.length === 1).flatMap((g) => g.ids));
  const clusters = groups.filter((g) => g.ids.length > 1).map((g) => ({ ids: g.ids, lane: g.lane, x: g.x }));
  const titles = new Map(options.events.map((e) => [e.id, e.title]));
  const labels = placeLabels(
    groups.map((g) => ({
      id: g.ids.length === 1 ? g.ids[0]! : `cluster-${g.ids[0]}`,
      lane: g.lane,
      x: g.x,
      text: g.ids.length === 1 ? (titles.get(g.ids[0]!) ?? '') : `${g.ids.length} events`,
      priority: g.importance,
    })),
    width,
  );

  const eras = options.eras
    .map((era) => {
      const [start, end] = eventExtent(era.start, era.end);
      return { ...era, x1: Math.max(0, scale(start)), x2: Math.min(width, scale(end)) };
    })
    .filter((era) => era.x2 > era.x1);
  const eraLabels = placeLabels(eras.map((era, i) => ({ id: era.id, lane: 0, x: era.x1 - TARGET / 2 + 4, text: era.label, priority: -i })), width).filter((label) => {
    const era = eras.find((e) => e.id === label.id)!;
    return label.anchor === 'start' && label.x + label.width <= era.x2;
  });

  return {
    width,
    height: chartHeight(lanes.length, laneHeight),
    laneHeight,
    scale,
    ticks: timelineTicks(scale),
    lanes,
    eras,
    eraLabels,
    marks: marks.filter((m) => singles.has(m.id)),
    clusters,
    labels,
  };
}
