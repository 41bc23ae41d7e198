/**
 * The timeline chart as an SVG tree (see svg-tree.ts): era bands, lanes,
 * axis, event marks linked to their pages, clusters and labels. Colours come
 * from presentation attributes and classes, never style attributes, so a
 * strict Content-Security-Policy needs no exception.
 */
import { node, px, type SvgNode } from '../svg-tree.ts';
import { AXIS_HEIGHT, LABEL_BASELINE, MARK_FROM_BOTTOM, type Layout } from './layout.ts';
import { TARGET } from './declutter.ts';

export interface MarkInfo {
  title: string;
  /** "10 September 2024", "March 2022 (date known to the month)". */
  dateText: string;
  href: string;
}

export interface ChartOptions {
  /** Prefix for element ids, unique per chart on a page. */
  idPrefix: string;
  info: ReadonlyMap<string, MarkInfo>;
  /** Where a cluster links without JavaScript: the list entry of its first event. */
  clusterHref: (firstId: string) => string;
  highlight?: string | undefined;
  /** The tooltip of a cluster: "3 events, 1 May to 3 May: zoom in to separate them". */
  clusterTitle: (events: number, first: string, last: string) => string;
}

export const markId = (prefix: string, eventId: string) => `${prefix}-${eventId}`;

export function chartTree(layout: Layout, options: ChartOptions): SvgNode[] {
  const { height, width } = layout;
  const bottom = height - 2;
  const eras = node('g', { class: 'tl-eras' }, [
    ...layout.eras.map((era, i) => node('rect', { class: `tl-era tl-era-${i % 2}`, x: px(era.x1), y: AXIS_HEIGHT, width: px(era.x2 - era.x1), height: bottom - AXIS_HEIGHT })),
    ...layout.eraLabels.map((label) => node('text', { class: 'tl-era-label', x: px(label.x), y: AXIS_HEIGHT + 15 }, [], label.text)),
  ]);
  const lanes = node(
    'g',
    { class: 'tl-lanes' },
    layout.lanes.map((lane, i) => node('rect', { class: `tl-lane tl-lane-${i % 2}`, x: 0, y: lane.y, width: px(width), height: layout.laneHeight })),
  );
  const axis = node('g', { class: 'tl-axis' }, [
    node('line', { class: 'tl-baseline', x1: 0, x2: px(width), y1: AXIS_HEIGHT, y2: AXIS_HEIGHT }),
    ...layout.ticks.flatMap((tick) => [
      ...(tick.edge ? [] : [node('line', { class: tick.major ? 'tl-tick tl-major' : 'tl-tick', x1: px(tick.x), x2: px(tick.x), y1: AXIS_HEIGHT - 6, y2: bottom })]),
      node('text', { class: tick.major ? 'tl-tick-label tl-major' : 'tl-tick-label', x: px(tick.x + 3), y: 15 }, [], tick.label),
    ]),
  ]);

  const colour = (lane: number) => layout.lanes[lane]?.colour ?? 'currentColor';
  const marks = layout.marks.map((mark) => {
    const info = options.info.get(mark.id);
    const lane = layout.lanes[mark.lane]!;
    const y = lane.y + layout.laneHeight - MARK_FROM_BOTTOM;
    const highlight = mark.id === options.highlight ? ' tl-highlight' : '';
    const shape =
      mark.kind === 'point'
        ? node('circle', { class: 'tl-dot', cx: px(mark.x), cy: y, r: 6, fill: colour(mark.lane) })
        : node('rect', { class: mark.kind === 'span' ? 'tl-bar' : 'tl-bar tl-uncertain', x: px(mark.x1), y: y - 5, width: px(Math.max(2, mark.x2 - mark.x1)), height: 10, rx: 3, fill: colour(mark.lane) });
    const hitWidth = Math.max(TARGET, mark.x2 - mark.x1);
    return node('a', { id: markId(options.idPrefix, mark.id), class: `tl-mark${highlight}`, href: info?.href, 'data-event': mark.id }, [
      node('title', {}, [], info ? `${info.dateText}: ${info.title}` : mark.id),
      node('rect', { class: 'tl-hit', x: px(mark.x - hitWidth / 2), y: y - TARGET / 2, width: px(hitWidth), height: TARGET }),
      shape,
    ]);
  });
  const clusters = layout.clusters.map((cluster) => {
    const lane = layout.lanes[cluster.lane]!;
    const y = lane.y + layout.laneHeight - MARK_FROM_BOTTOM;
    const first = options.info.get(cluster.ids[0]!);
    const last = options.info.get(cluster.ids[cluster.ids.length - 1]!);
    return node('a', { class: 'tl-cluster', href: options.clusterHref(cluster.ids[0]!), 'data-events': cluster.ids.join(' ') }, [
      node('title', {}, [], options.clusterTitle(cluster.ids.length, first?.dateText ?? '', last?.dateText ?? '')),
      node('circle', { class: 'tl-cluster-ring', cx: px(cluster.x), cy: y, r: 12, stroke: colour(cluster.lane) }),
      node('text', { class: 'tl-cluster-count', x: px(cluster.x), y: y + 4 }, [], String(cluster.ids.length)),
    ]);
  });
  const labels = layout.labels.map((label) => {
    const lane = layout.lanes[label.lane]!;
    return node('text', { class: 'tl-label', x: px(label.x), y: lane.y + LABEL_BASELINE, 'data-for': label.id }, [], label.text);
  });
  // Document order is time order, so tabbing and screen readers meet events as they happened.
  const inOrder = [...layout.marks.map((m, i) => ({ x: m.x, lane: m.lane, node: marks[i]! })), ...layout.clusters.map((c, i) => ({ x: c.x, lane: c.lane, node: clusters[i]! }))]
    .sort((a, b) => a.x - b.x || a.lane - b.lane)
    .map((item) => item.node);
  return [eras, lanes, axis, node('g', { class: 'tl-labels' }, labels), node('g', { class: 'tl-marks' }, inOrder)];
}

/** The overview strip: the whole coverage window, each event a tick in its category's colour. */
export function overviewTree(layout: Layout, height: number): SvgNode[] {
  const rows = Math.max(1, layout.lanes.length);
  const row = (height - 8) / rows;
  const ticks = [...layout.marks.map((m) => ({ x: m.x, lane: m.lane })), ...layout.clusters.flatMap((c) => c.ids.map(() => ({ x: c.x, lane: c.lane })))];
  return [
    node('g', { class: 'tl-eras' }, layout.eras.map((era, i) => node('rect', { class: `tl-era tl-era-${i % 2}`, x: px(era.x1), y: 0, width: px(era.x2 - era.x1), height }))),
    node(
      'g',
      { class: 'tl-overview-ticks' },
      ticks.map((t) => node('rect', { x: px(t.x - 1), y: px(4 + t.lane * row), width: 2, height: px(Math.max(2, row - 2)), fill: layout.lanes[t.lane]?.colour })),
    ),
  ];
}
