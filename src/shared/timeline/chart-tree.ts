/**
 * The timeline chart as an SVG tree (see svg-tree.ts): era bands, lanes with
 * their names, the axis (broken where the scale changes, with what is
 * enlarged said above it), event marks linked to their pages, clusters and
 * labels. Colours come from presentation attributes and classes, never style
 * attributes, so a strict Content-Security-Policy needs no exception.
 */
import { node, px, type SvgNode } from '../svg-tree.ts';
import { AXIS_HEIGHT, CLUSTER_RADIUS, ERA_ROW, SCALE_ROW, type Layout } from './layout.ts';
import { leaderEnd, TARGET } from './declutter.ts';
import { textWidth } from '../text-width.ts';

export interface MarkInfo {
  title: string;
  /** "10 September 2024", "March 2022 (date known to the month)". */
  dateText: string;
  href: string;
  /** How the event stands when it is not confirmed, as readers see it ("Reported", "Claimed by the river authority"); absent when confirmed. */
  standingText?: string | undefined;
  /** Which of the two it is: its mark is drawn open (reported) or open and dotted (claimed). */
  standing?: 'reported' | 'claimed' | undefined;
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
  /** What the axis says over an enlarged period: "enlarged ×12". */
  enlarged: (times: string) => string;
}

export const markId = (prefix: string, eventId: string) => `${prefix}-${eventId}`;

/** "×46", "×2.5": how many times wider, to two significant figures. */
export const times = (zoom: number) => String(zoom >= 10 ? Math.round(zoom) : Math.round(zoom * 10) / 10);

export function chartTree(layout: Layout, options: ChartOptions): SvgNode[] {
  const { height, width, geometry } = layout;
  const bottom = height - 2;
  const eras = node('g', { class: 'tl-eras' }, [
    ...layout.eras.map((era, i) => node('rect', { class: `tl-era tl-era-${i % 2}`, x: px(era.x1), y: AXIS_HEIGHT, width: px(era.x2 - era.x1), height: bottom - AXIS_HEIGHT })),
    ...layout.eraLabels.map((label) => node('text', { class: 'tl-era-label', x: px(label.x), y: AXIS_HEIGHT + ERA_ROW - 6 }, [], label.text)),
  ]);
  const lanes = node(
    'g',
    { class: 'tl-lanes' },
    layout.lanes.map((lane, i) => node('rect', { class: `tl-lane tl-lane-${i % 2}`, x: 0, y: lane.y, width: px(width), height: layout.laneHeight })),
  );
  // Where the scale changes: a dashed line down the chart, and a break in the axis line.
  const breaks = node(
    'g',
    { class: 'tl-breaks' },
    layout.breaks.map((x) => node('line', { class: 'tl-break-line', x1: px(x), x2: px(x), y1: AXIS_HEIGHT, y2: bottom })),
  );
  const gaps = [...layout.breaks.map((x) => [x - 4, x + 4] as const), [width, width] as const];
  let from = 0;
  const baseline: SvgNode[] = [];
  for (const [a, b] of gaps) {
    if (a > from) baseline.push(node('line', { class: 'tl-baseline', x1: px(from), x2: px(a), y1: AXIS_HEIGHT, y2: AXIS_HEIGHT }));
    from = b;
  }
  const axis = node('g', { class: 'tl-axis' }, [
    ...baseline,
    ...layout.breaks.flatMap((x) => [-3, 3].map((dx) => node('line', { class: 'tl-break-mark', x1: px(x + dx - 3), x2: px(x + dx + 3), y1: AXIS_HEIGHT + 5, y2: AXIS_HEIGHT - 5 }))),
    ...layout.ticks.flatMap((tick) => [
      ...(tick.edge ? [] : [node('line', { class: tick.major ? 'tl-tick tl-major' : 'tl-tick', x1: px(tick.x), x2: px(tick.x), y1: AXIS_HEIGHT - 6, y2: bottom })]),
      node('text', { class: tick.major ? 'tl-tick-label tl-major' : 'tl-tick-label', x: px(tick.x + 3), y: AXIS_HEIGHT - 9 }, [], tick.label),
    ]),
    // Over each enlarged period, a bracket saying by how much.
    ...layout.enlarged.flatMap((piece) => {
      const text = options.enlarged(times(piece.zoom));
      const w = textWidth(text, 11) + 8;
      const mid = (piece.x1 + piece.x2) / 2;
      const y = SCALE_ROW / 2 + 1;
      if (piece.x2 - piece.x1 < w + 8) return [];
      return [
        node('path', { class: 'tl-scale-bracket', d: `M${px(piece.x1 + 2)} ${y + 4}V${y}H${px(mid - w / 2)}M${px(mid + w / 2)} ${y}H${px(piece.x2 - 2)}V${y + 4}` }),
        node('text', { class: 'tl-scale-label', x: px(mid), y: y + 4 }, [], text),
      ];
    }),
  ]);

  const laneNames = node(
    'g',
    { class: 'tl-lane-names' },
    layout.laneNames.flatMap((name) => {
      const lane = layout.lanes[name.lane]!;
      return [node('text', { class: 'tl-lane-name', x: px(name.x), y: px(lane.y + geometry.nameY) }, [], name.text)];
    }),
  );

  const colour = (lane: number) => layout.lanes[lane]?.colour ?? 'currentColor';
  const markY = (lane: number) => layout.lanes[lane]!.y + geometry.markY;
  const marks = layout.marks.map((mark) => {
    const info = options.info.get(mark.id);
    const y = markY(mark.lane);
    const highlight = mark.id === options.highlight ? ' tl-highlight' : '';
    // Not confirmed: an open mark in the lane's colour (its stroke is currentColor, set by `color`), dotted for a claim.
    const standing = info?.standing ? { class: ` tl-${info.standing}`, color: colour(mark.lane) } : { class: '' };
    const shape =
      mark.kind === 'point'
        ? node('circle', { class: `tl-dot${standing.class}`, cx: px(mark.x), cy: px(y), r: 6, fill: colour(mark.lane), color: standing.color })
        : node('rect', { class: `${mark.kind === 'span' ? 'tl-bar' : 'tl-bar tl-uncertain'}${standing.class}`, x: px(mark.x1), y: px(y - 5), width: px(Math.max(2, mark.x2 - mark.x1)), height: 10, rx: 3, fill: colour(mark.lane), color: standing.color });
    const hitWidth = mark.kind === 'point' ? TARGET : Math.max(TARGET, mark.x2 - mark.x1);
    return node('a', { id: markId(options.idPrefix, mark.id), class: `tl-mark${highlight}`, href: info?.href, 'data-event': mark.id }, [
      node('title', {}, [], info ? `${info.dateText}: ${info.title}${info.standingText ? ` (${info.standingText})` : ''}` : mark.id),
      node('rect', { class: 'tl-hit', x: px(mark.x - hitWidth / 2), y: px(y - TARGET / 2), width: px(hitWidth), height: TARGET }),
      shape,
    ]);
  });
  const clusters = layout.clusters.map((cluster) => {
    const y = markY(cluster.lane);
    const first = options.info.get(cluster.ids[0]!);
    const last = options.info.get(cluster.ids[cluster.ids.length - 1]!);
    return node('a', { class: 'tl-cluster', href: options.clusterHref(cluster.ids[0]!), 'data-events': cluster.ids.join(' ') }, [
      node('title', {}, [], options.clusterTitle(cluster.ids.length, first?.dateText ?? '', last?.dateText ?? '')),
      node('circle', { class: 'tl-cluster-ring', cx: px(cluster.x), cy: px(y), r: CLUSTER_RADIUS, stroke: colour(cluster.lane) }),
      node('text', { class: 'tl-cluster-count', x: px(cluster.x), y: px(y + 4) }, [], String(cluster.ids.length)),
    ]);
  });
  const clustered = new Set(layout.clusters.map((c) => `cluster-${c.ids[0]}`));
  const labels = layout.labels.map((label) => {
    const lane = layout.lanes[label.lane]!;
    const baselines = geometry.baselines(label.row, label.lines.length);
    return node(
      'text',
      { class: 'tl-label', x: px(label.x), 'data-for': label.id },
      label.lines.map((line, i) => node('tspan', { x: px(label.x), y: px(lane.y + baselines[i]!) }, [], line)),
    );
  });
  // A leader from each mark to its label: straight up or down, slanting when the label had to move aside.
  const leaders = layout.labels.flatMap((label) => {
    const lane = layout.lanes[label.lane]!;
    const direction = label.row === 0 ? -1 : 1;
    const from = lane.y + geometry.markY + direction * (clustered.has(label.id) ? 12 : 7);
    const to = lane.y + geometry.rowEdge(label.row);
    if ((to - from) * direction < 2) return [];
    return [node('line', { class: 'tl-leader', x1: px(label.anchor), y1: px(from), x2: px(leaderEnd(label.anchor, label.x, label.width)), y2: px(to) })];
  });
  // Document order is time order, so tabbing and screen readers meet events as they happened.
  const inOrder = [...layout.marks.map((m, i) => ({ x: m.x, lane: m.lane, node: marks[i]! })), ...layout.clusters.map((c, i) => ({ x: c.x, lane: c.lane, node: clusters[i]! }))]
    .sort((a, b) => a.x - b.x || a.lane - b.lane)
    .map((item) => item.node);
  return [eras, lanes, breaks, axis, laneNames, node('g', { class: 'tl-leaders' }, leaders), node('g', { class: 'tl-labels' }, labels), node('g', { class: 'tl-marks' }, inOrder)];
}

/** The overview strip: the whole coverage window, each event a tick in its category's colour, enlarged periods shaded. */
export function overviewTree(layout: Layout, height: number): SvgNode[] {
  const rows = Math.max(1, layout.lanes.length);
  const row = (height - 8) / rows;
  const ticks = [...layout.marks.map((m) => ({ x: m.x, lane: m.lane })), ...layout.clusters.flatMap((c) => c.ids.map(() => ({ x: c.x, lane: c.lane })))];
  const enlarged = layout.scale.segments().filter((s) => s.zoom > 1.01);
  return [
    node('g', { class: 'tl-eras' }, layout.eras.map((era, i) => node('rect', { class: `tl-era tl-era-${i % 2}`, x: px(era.x1), y: 0, width: px(era.x2 - era.x1), height }))),
    node('g', { class: 'tl-enlarged' }, enlarged.map((s) => node('rect', { class: 'tl-enlarged-band', x: px(s.x0), y: 0, width: px(s.x1 - s.x0), height }))),
    node(
      'g',
      { class: 'tl-overview-ticks' },
      ticks.map((t) => node('rect', { x: px(t.x - 1), y: px(4 + t.lane * row), width: 2, height: px(Math.max(2, row - 2)), fill: layout.lanes[t.lane]?.colour })),
    ),
  ];
}
