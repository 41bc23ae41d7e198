/**
 * Label placement at build time, greedy and deterministic: labels are taken
 * in order of priority (then id) and each goes in the first of eight spots
 * around its anchor that stays inside the map and clear of the labels
 * already placed (by a little more than a space, so two labels never read as
 * one) and of every marker. A label with no free spot is left out;
 * its place is still named by its marker's tooltip and in the text version.
 */

import { textWidth } from '../../shared/text-width.ts';

export interface LabelRequest {
  id: string;
  text: string;
  /** Anchor in map units: a marker's centre. */
  x: number;
  y: number;
  /** Font size in map units. */
  size: number;
  /** Higher goes first. */
  priority: number;
  /** Distance to keep from the anchor: the marker's radius. */
  gap: number;
  /** "around" tries eight spots; "centre" only centres the label on its anchor. */
  mode: 'around' | 'centre';
  className: string;
  /** Set a little apart from its anchor, with a line back to it: for a label that names a line (a ring), not a point. */
  leader?: boolean;
  /** Drawn in bold (capitals, countries, reach): wider. */
  bold?: boolean;
  /** Extra space between letters, in ems (country names). */
  tracking?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  className: string;
  size: number;
  /** The anchor, which the label's group is translated to. */
  x: number;
  y: number;
  /** Offset of the text's baseline start from the anchor. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** Where the leader line ends, beside the text, relative to the anchor; only for labels asking for one. */
  leader?: { x: number; y: number };
}

export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The label's width in map units: DejaVu Sans's widths (src/shared/text-width.ts), the widest common system sans. */
export const labelWidth = (request: Pick<LabelRequest, 'text' | 'size' | 'bold' | 'tracking'>) =>
  textWidth(request.text, request.size, request.bold) + [...request.text].length * request.size * (request.tracking ?? 0);

/** Space kept between two labels, in ems of the smaller: more than a word space, so two labels never read as one. */
const CLEARANCE = 0.4;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function hitsCircle(box: Box, o: Obstacle): boolean {
  const cx = Math.max(box.left, Math.min(o.x, box.right));
  const cy = Math.max(box.top, Math.min(o.y, box.bottom));
  return (cx - o.x) ** 2 + (cy - o.y) ** 2 < o.r * o.r;
}

/** Candidate spots: right, left, above, below, then the diagonals. */
function spots(request: LabelRequest): Omit<PlacedLabel, 'id' | 'text' | 'className' | 'size' | 'x' | 'y'>[] {
  const { size, gap } = request;
  const half = size * 0.35; // from the baseline to the middle of lower-case letters
  if (request.mode === 'centre') return [{ dx: 0, dy: half, anchor: 'middle' }];
  // Off the marker by its gap and a fifth of the type size: the same look at a phone's doubled type as on a laptop.
  const g = gap + size * 0.2;
  const d = (gap + size * 0.1) * 0.8;
  return [
    { dx: g, dy: half, anchor: 'start' },
    { dx: -g, dy: half, anchor: 'end' },
    { dx: 0, dy: -g - 1, anchor: 'middle' },
    { dx: 0, dy: g + size * 0.8, anchor: 'middle' },
    { dx: d, dy: -d, anchor: 'start' },
    { dx: d, dy: d + size * 0.7, anchor: 'start' },
    { dx: -d, dy: -d, anchor: 'end' },
    { dx: -d, dy: d + size * 0.7, anchor: 'end' },
  ];
}

/** The point beside the text that a leader line runs to: the middle of its near edge, a little off the letters. */
function leaderEnd(spot: { dx: number; dy: number; anchor: PlacedLabel['anchor'] }, size: number): { x: number; y: number } {
  const middle = spot.dy - size * 0.35;
  const side = spot.anchor === 'start' ? -2 : spot.anchor === 'end' ? 2 : 0;
  const y = spot.anchor === 'middle' ? (spot.dy < 0 ? spot.dy + size * 0.3 : spot.dy - size * 0.9) : middle;
  return { x: Math.round((spot.dx + side) * 10) / 10, y: Math.round(y * 10) / 10 };
}

function boxOf(x: number, y: number, spot: { dx: number; dy: number; anchor: PlacedLabel['anchor'] }, width: number, size: number): Box {
  const left = x + spot.dx - (spot.anchor === 'start' ? 0 : spot.anchor === 'middle' ? width / 2 : width);
  const baseline = y + spot.dy;
  return { left, right: left + width, top: baseline - size * 0.8, bottom: baseline + size * 0.25 };
}

export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], width: number, height: number, margin = 2): PlacedLabel[] {
  const order = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const request of order) {
    const w = labelWidth(request);
    const pad = (request.size * CLEARANCE) / 2;
    for (const spot of spots(request)) {
      const box = boxOf(request.x, request.y, spot, w, request.size);
      const inside = box.left >= margin && box.top >= margin && box.right <= width - margin && box.bottom <= height - margin;
      const own = (o: Obstacle) => o.x === request.x && o.y === request.y;
      const padded = { left: box.left - pad, right: box.right + pad, top: box.top - pad / 2, bottom: box.bottom + pad / 2 };
      // Other places' markers are kept as clear as other labels are: a label touching a marker reads as its own.
      if (!inside || taken.some((t) => overlaps(t, padded)) || obstacles.some((o) => !own(o) && hitsCircle(padded, o))) continue;
      taken.push(padded);
      const leader = request.leader ? leaderEnd(spot, request.size) : undefined;
      placed.push({ id: request.id, text: request.text, className: request.className, size: request.size, x: request.x, y: request.y, ...spot, ...(leader ? { leader } : {}) });
      break;
    }
  }
  return placed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
