/**
 * Keeps the chart readable at any zoom. Marks closer than a touch target
 * are moved apart when that keeps each within two days of its date (so
 * events on the same day can both be tapped), and otherwise collapse into a
 * cluster showing their count (zooming in splits it). Labels wrap onto a
 * lane's lines above or below its marks, centred on their mark or a little
 * to the side with a leader line to it; as many as fit are shown, cut only
 * at word boundaries, and none overlaps another. Text widths are estimated
 * (text-width.ts), so the server and the browser make the same choices
 * without measuring.
 */
import { ELLIPSIS, fitText, type FittedText } from '../text-width.ts';

export const TARGET = 24;

// ——— Packing: intervals in a row, in order, as near their wishes as possible ———

export interface PackItem {
  /** Where the item would like its left edge. */
  wish: number;
  size: number;
  /** Fixed items (a lane's name) do not move; packing fails rather than move them. */
  fixed?: boolean;
}

/**
 * Left edges for `items` (in order) so each is at least `gap` after the one
 * before and all lie within `bounds`, as near their wishes as possible in
 * the least-squares sense: isotonic regression by pooling adjacent
 * violators, then clipped to the bounds (which is exact for bounds every
 * item shares). Undefined when they cannot fit, or only by moving a fixed one.
 */
export function pack(items: readonly PackItem[], gap: number, bounds?: [number, number]): number[] | undefined {
  if (items.length === 0) return [];
  const offsets: number[] = [];
  let offset = 0;
  for (const item of items) {
    offsets.push(offset);
    offset += item.size + gap;
  }
  // In z = left - offset the order constraint becomes z non-decreasing. A block holding a fixed item sits exactly where that item must.
  type Block = { sum: number; count: number; fixed?: number | undefined };
  const value = (block: Block) => block.fixed ?? block.sum / block.count;
  const blocks: Block[] = [];
  for (const [i, item] of items.entries()) {
    const z = item.wish - offsets[i]!;
    blocks.push(item.fixed ? { sum: z, count: 1, fixed: z } : { sum: z, count: 1 });
    while (blocks.length > 1 && value(blocks[blocks.length - 1]!) < value(blocks[blocks.length - 2]!)) {
      const top = blocks.pop()!;
      const below = blocks[blocks.length - 1]!;
      if (top.fixed !== undefined && below.fixed !== undefined) return undefined;
      below.sum += top.sum;
      below.count += top.count;
      below.fixed ??= top.fixed;
    }
  }
  const z = blocks.flatMap((block) => Array<number>(block.count).fill(value(block)));
  const last = items.length - 1;
  const [lo, hi] = bounds ? [bounds[0], bounds[1] - offsets[last]! - items[last]!.size] : [-Infinity, Infinity];
  if (lo > hi) return undefined;
  const lefts = z.map((zi, i) => Math.min(hi, Math.max(lo, zi)) + offsets[i]!);
  return items.some((item, i) => item.fixed && Math.abs(lefts[i]! - item.wish) > 1e-9) ? undefined : lefts;
}

// ——— Marks ———

export interface Anchor {
  id: string;
  lane: number;
  /** Where the mark sits, in pixels; spans use their centre. */
  x: number;
  importance: number;
  /** Wide spans are drawn as bars and never clustered. */
  wide: boolean;
  /** How far the mark may be drawn from x to keep clear of its neighbours (about a day, at most a touch target). */
  slack: number;
}

export interface Group {
  ids: string[];
  lane: number;
  /** Where the mark or cluster is drawn. */
  x: number;
  importance: number;
}

/**
 * Each lane's marks as singles and clusters, left to right: marks closer
 * than `minGap` are spread apart when none moves more than its slack, and
 * clustered otherwise. A cluster is drawn where `clusterAt` puts it, given
 * its first and last events' positions: by default midway between them.
 */
export function clusterAnchors(anchors: readonly Anchor[], minGap = TARGET, clusterAt = (from: number, to: number) => (from + to) / 2): Group[] {
  const groups: Group[] = [];
  const byLane = new Map<number, Anchor[]>();
  for (const anchor of anchors) (byLane.get(anchor.lane) ?? byLane.set(anchor.lane, []).get(anchor.lane)!).push(anchor);
  for (const lane of [...byLane.keys()].sort((a, b) => a - b)) {
    const sorted = byLane.get(lane)!.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
    const wide = sorted.filter((a) => a.wide);
    const narrow = sorted.filter((a) => !a.wide);
    const placed: (Group & { from: number; to: number })[] = [];
    const single = (a: Anchor, x: number) => placed.push({ ids: [a.id], lane, x, importance: a.importance, from: a.x, to: a.x });
    // Spread runs of marks that are too close, where that moves none of them past its slack.
    const lefts = pack(narrow.map((a) => ({ wish: a.x, size: 0 })), minGap)!;
    for (let i = 0; i < narrow.length; ) {
      let j = i + 1;
      while (j < narrow.length && lefts[j]! - lefts[j - 1]! < minGap + 1e-6) j++;
      const run = narrow.slice(i, j);
      if (run.every((a, k) => Math.abs(lefts[i + k]! - a.x) <= a.slack)) run.forEach((a, k) => single(a, lefts[i + k]!));
      else for (const a of run) single(a, a.x);
      i = j;
    }
    // Whatever is still too close becomes a cluster, drawn midway between its first and last events.
    placed.sort((a, b) => a.x - b.x);
    const merged: typeof placed = [];
    for (const group of placed) {
      const previous = merged[merged.length - 1];
      if (previous && group.x - previous.x < minGap - 1e-6) {
        previous.ids.push(...group.ids);
        previous.importance = Math.max(previous.importance, group.importance);
        previous.from = Math.min(previous.from, group.from);
        previous.to = Math.max(previous.to, group.to);
        previous.x = clusterAt(previous.from, previous.to);
      } else merged.push({ ...group, ids: [...group.ids] });
    }
    // A cluster's new middle can land near a neighbour: merge again until nothing is too close.
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 1; i < merged.length; i++) {
        const [a, b] = [merged[i - 1]!, merged[i]!];
        if (b.x - a.x >= minGap - 1e-6) continue;
        a.ids.push(...b.ids);
        a.importance = Math.max(a.importance, b.importance);
        a.from = Math.min(a.from, b.from);
        a.to = Math.max(a.to, b.to);
        a.x = clusterAt(a.from, a.to);
        merged.splice(i, 1);
        changed = true;
        break;
      }
    }
    for (const a of wide) groups.push({ ids: [a.id], lane, x: a.x, importance: a.importance });
    for (const { ids, x, importance } of merged) groups.push({ ids, lane, x, importance });
  }
  return groups;
}

// ——— Labels ———

export interface LabelRequest {
  id: string;
  lane: number;
  /** The mark's x: the label is placed over it. */
  x: number;
  text: string;
  /** Kept at the end of the label whatever is cut ("+2 more" on a cluster). */
  suffix?: string | undefined;
  priority: number;
}

/** Row 0 is above the lane's marks, row 1 below. */
export type LabelRow = 0 | 1;

export interface PlacedLabel {
  id: string;
  lane: number;
  row: LabelRow;
  lines: string[];
  /** Left edge and width of the label's box. */
  x: number;
  width: number;
  /** The mark's x, which the box always spans. */
  anchor: number;
  /** False when words were left out. */
  whole: boolean;
}

/** Something already in a row, which labels keep clear of: a lane's name, a break in the axis. */
export interface Reserved {
  lane: number;
  row: LabelRow;
  x: number;
  width: number;
  /**
   * Lines in the box that no label crosses or moves over (axis breaks): a label whose mark is left of one
   * stays left of it, and one whose mark is right of it stays right, whatever the box is merged with.
   */
  splits?: number[];
}

export interface LabelOptions {
  width: number;
  /** Lines per label (1–3). */
  lines: number;
  /** The widest a line may be. */
  maxLineWidth: number;
  /** Font size, px. */
  size: number;
  rows?: readonly LabelRow[];
  reserved?: readonly Reserved[];
  /** How far sideways a label may sit from its mark (its leader line then slants). */
  reach?: number;
}

/** How far sideways a label may sit from its mark, by default. */
export const REACH = 40;
/** A leader meets its label at least this far inside the label's ends. */
export const LEADER_INSET = 3;

/** Space kept between two labels in a row. */
export const LABEL_GAP = 8;

/**
 * Places labels so that as many as possible show, most important first
 * (then left to right): each goes, at its narrowest readable wrapping, into
 * the first row where it fits near its mark; then each placed label, in the
 * same order, is widened (fewer words cut) as far as its row allows. Within
 * a row labels keep their marks' order and are moved sideways as little as
 * possible, at most `reach` from their mark. A label that fits nowhere is
 * left out.
 */
export function placeLabels(requests: readonly LabelRequest[], options: LabelOptions): PlacedLabel[] {
  const rows = options.rows ?? [0, 1];
  const reach = options.reach ?? REACH;
  type Item = PlacedLabel | (Reserved & { fixed: true });
  const inRow = new Map<string, Item[]>();
  const key = (lane: number, row: LabelRow) => `${lane}:${row}`;
  for (const r of mergeReserved(options.reserved ?? [])) (inRow.get(key(r.lane, r.row)) ?? inRow.set(key(r.lane, r.row), []).get(key(r.lane, r.row))!).push({ ...r, fixed: true });
  /** Packs the row with `label` added (in place of `replacing`); keeps the result if every label stays near its mark. */
  const tryRow = (label: PlacedLabel, replacing?: PlacedLabel): boolean => {
    const k = key(label.lane, label.row);
    // In their marks' order (a reserved box by its first split, else its middle), so leaders never cross.
    const order = (item: Item) => ('fixed' in item ? (item.splits?.[0] ?? item.x + item.width / 2) : item.anchor);
    const items = [...(inRow.get(k) ?? []).filter((item) => item !== replacing), label].sort(
      (a, b) => order(a) - order(b) || ('id' in a && 'id' in b && a.id < b.id ? -1 : 1),
    );
    const lefts = pack(
      items.map((item) => ({ wish: wishOf(item), size: item.width, fixed: 'fixed' in item })),
      LABEL_GAP,
      [0, options.width],
    );
    if (!lefts) return false;
    const near = items.every((item, i) => 'fixed' in item || Math.abs(item.anchor - leaderEnd(item.anchor, lefts[i]!, item.width)) <= reach);
    const splits = items.flatMap((item) => ('fixed' in item ? (item.splits ?? []) : []));
    const sided = items.every((item, i) => 'fixed' in item || splits.every((at) => (item.anchor < at ? lefts[i]! + item.width <= at : lefts[i]! >= at)));
    if (!near || !sided) return false;
    items.forEach((item, i) => (item.x = lefts[i]!));
    inRow.set(k, items);
    return true;
  };
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.x - b.x || (a.id < b.id ? -1 : 1));
  const widths = [MIN_LINE, 112, 144, 180, 220, options.maxLineWidth].filter((w, i, all) => w <= options.maxLineWidth && all.indexOf(w) === i);
  const placed: { label: PlacedLabel; variants: FittedText[] }[] = [];
  for (const request of order) {
    // Narrowest first; a wider wrapping that shows no more words is no better.
    const variants = widths
      .map((w) => fitted(request.text, w, options.lines, options.size, request.suffix))
      .filter((v): v is FittedText => v !== undefined && readable(v, request.suffix, options.lines))
      .filter((v, i, all) => i === 0 || v.lines.join(' ') !== all[i - 1]!.lines.join(' '));
    const first = variants[0];
    if (!first) continue;
    for (const row of rows) {
      const label = { id: request.id, lane: request.lane, row, lines: first.lines, x: request.x - first.width / 2, width: first.width, anchor: request.x, whole: first.whole };
      if (tryRow(label)) {
        placed.push({ label, variants });
        break;
      }
    }
  }
  for (const entry of placed) {
    const { label, variants } = entry;
    for (const variant of variants.slice(1).reverse()) {
      const current = inRow.get(key(label.lane, label.row))!.find((item) => 'id' in item && item.id === label.id) as PlacedLabel;
      // Wider where it is, or wider in the other row, where there may be more room.
      if (tryRow({ ...current, lines: variant.lines, width: variant.width, whole: variant.whole }, current)) break;
      const other = rows.find((row) => row !== label.row);
      if (other === undefined) continue;
      const moved = { ...current, row: other, lines: variant.lines, width: variant.width, whole: variant.whole, x: current.anchor - variant.width / 2 };
      if (tryRow(moved)) {
        const k = key(label.lane, label.row);
        inRow.set(k, inRow.get(k)!.filter((item) => item !== current));
        entry.label = moved;
        break;
      }
    }
  }
  return [...inRow.values()]
    .flat()
    .filter((item): item is PlacedLabel => !('fixed' in item))
    .sort((a, b) => a.lane - b.lane || a.row - b.row || a.x - b.x);
}

/**
 * Reserved boxes of one row that touch or come closer than a label gap (an axis break beside a lane's name)
 * as one box: two fixed boxes closer than the gap could not both keep their places, and the row would take
 * no label at all.
 */
export function mergeReserved(reserved: readonly Reserved[]): Reserved[] {
  const merged: Reserved[] = [];
  const sorted = [...reserved].sort((a, b) => a.lane - b.lane || a.row - b.row || a.x - b.x);
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && last.lane === r.lane && last.row === r.row && r.x < last.x + last.width + LABEL_GAP) {
      last.width = Math.max(last.x + last.width, r.x + r.width) - last.x;
      if (r.splits) last.splits = [...(last.splits ?? []), ...r.splits];
    } else merged.push({ ...r, ...(r.splits ? { splits: [...r.splits] } : {}) });
  }
  return merged;
}

/** Where a label's leader meets it: over its mark when the label spans the mark, else near the end closest to it. */
export function leaderEnd(anchor: number, left: number, width: number): number {
  return Math.min(left + width - LEADER_INSET, Math.max(left + LEADER_INSET, anchor));
}

/** The narrowest a label's lines are made. */
const MIN_LINE = 84;

/**
 * A label worth showing: all of it, or enough to recognise the event (about
 * three words), not "The…".
 */
function readable(fit: FittedText, suffix: string | undefined, lines: number): boolean {
  if (fit.whole) return true;
  const shown = fit.lines.join(' ').replace(suffix ?? '', '').replace(ELLIPSIS, '').trim();
  return shown.length >= (lines >= 2 ? 20 : 12);
}

/** fitText, remembered: zooming asks for the same few labels at the same widths on every frame. */
const fits = new Map<string, FittedText | undefined>();
function fitted(text: string, width: number, lines: number, size: number, suffix?: string): FittedText | undefined {
  const key = `${width}|${lines}|${size}|${suffix ?? ''}|${text}`;
  if (!fits.has(key)) {
    if (fits.size > 4000) fits.clear();
    fits.set(key, fitText(text, width, lines, size, suffix));
  }
  return fits.get(key);
}

/** Where an item in a row would like its left edge: a label centred on its mark, a reserved box where it is. */
function wishOf(item: PlacedLabel | (Reserved & { fixed: true })): number {
  return 'fixed' in item ? item.x : item.anchor - item.width / 2;
}
