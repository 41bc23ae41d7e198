/**
 * Keeps the chart readable at any zoom: marks closer than a touch target
 * collapse into a cluster showing their count (zooming in splits it), and
 * labels are placed greedily, most important first, never overlapping.
 * Text width is estimated from the character count, generously, so the
 * server and the browser make the same choices without measuring text.
 */

export const TARGET = 24;
export const LABEL_CHAR_WIDTH = 7;
export const LABEL_MAX_CHARS = 38;
const LABEL_GAP = 6;

export interface Anchor {
  id: string;
  lane: number;
  /** Where the mark sits, in pixels; spans use their centre. */
  x: number;
  importance: number;
  /** Wide spans are drawn as bars and never clustered. */
  wide: boolean;
}

export interface Group {
  ids: string[];
  lane: number;
  x: number;
  importance: number;
}

/** Splits each lane's anchors into singles and clusters, left to right. */
export function clusterAnchors(anchors: readonly Anchor[], minGap = TARGET): Group[] {
  const groups: Group[] = [];
  const byLane = new Map<number, Anchor[]>();
  for (const anchor of anchors) (byLane.get(anchor.lane) ?? byLane.set(anchor.lane, []).get(anchor.lane)!).push(anchor);
  for (const lane of [...byLane.keys()].sort((a, b) => a - b)) {
    const sorted = byLane.get(lane)!.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
    let current: Anchor[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const xs = current.map((a) => a.x);
      groups.push({
        ids: current.map((a) => a.id),
        lane,
        x: (Math.min(...xs) + Math.max(...xs)) / 2,
        importance: Math.max(...current.map((a) => a.importance)),
      });
      current = [];
    };
    for (const anchor of sorted) {
      if (anchor.wide) {
        groups.push({ ids: [anchor.id], lane, x: anchor.x, importance: anchor.importance });
        continue;
      }
      const last = current[current.length - 1];
      if (last && anchor.x - last.x >= minGap) flush();
      current.push(anchor);
    }
    flush();
  }
  return groups;
}

export interface LabelRequest {
  id: string;
  lane: number;
  x: number;
  text: string;
  priority: number;
}

export interface PlacedLabel {
  id: string;
  lane: number;
  text: string;
  /** Left edge and width of the label's box. */
  x: number;
  width: number;
  anchor: 'start' | 'end';
}

export function shorten(text: string, max = LABEL_MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export const labelWidth = (text: string) => text.length * LABEL_CHAR_WIDTH;

/** Places labels right of their mark, or left if that runs off the chart; skips any that would overlap. */
export function placeLabels(requests: readonly LabelRequest[], width: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.x - b.x || (a.id < b.id ? -1 : 1));
  const fits = (lane: number, left: number, w: number) =>
    left >= 0 && left + w <= width && placed.every((p) => p.lane !== lane || left + w + LABEL_GAP <= p.x || p.x + p.width + LABEL_GAP <= left);
  for (const request of order) {
    const text = shorten(request.text);
    const w = labelWidth(text);
    const right = request.x + TARGET / 2;
    const left = request.x - TARGET / 2 - w;
    if (fits(request.lane, right, w)) placed.push({ id: request.id, lane: request.lane, text, x: right, width: w, anchor: 'start' });
    else if (fits(request.lane, left, w)) placed.push({ id: request.id, lane: request.lane, text, x: left, width: w, anchor: 'end' });
  }
  return placed.sort((a, b) => a.lane - b.lane || a.x - b.x);
}
