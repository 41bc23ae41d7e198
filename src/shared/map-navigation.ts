/**
 * The maths behind zoom, pan and arrow-key moves on a map, free of the DOM so
 * it can be tested here and shipped in the client script. Views are in SVG
 * user units: the map is scaled by `k` and then moved by (x, y).
 */

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Bounds {
  width: number;
  height: number;
  maxZoom: number;
}

/** Keeps the zoom between 1 and the maximum, and the map covering the whole frame. */
export function clampView({ k, x, y }: View, { width, height, maxZoom }: Bounds): View {
  const zoom = Math.min(maxZoom, Math.max(1, k));
  const clamp = (value: number, size: number) => Math.min(0, Math.max(size * (1 - zoom), value));
  return { k: zoom, x: clamp(x, width), y: clamp(y, height) };
}

/** Zooms by `factor` keeping the map point under (px, py), in frame units, where it is. */
export function zoomAround(view: View, factor: number, px: number, py: number, bounds: Bounds): View {
  const k = Math.min(bounds.maxZoom, Math.max(1, view.k * factor));
  return clampView({ k, x: px - ((px - view.x) * k) / view.k, y: py - ((py - view.y) * k) / view.k }, bounds);
}

/** The view, unchanged if the map point (px, py) is shown at least `margin` inside the frame, else centred on it. */
export function keepInView(view: View, px: number, py: number, bounds: Bounds, margin = 20): View {
  const sx = px * view.k + view.x;
  const sy = py * view.k + view.y;
  const inside = sx >= margin && sy >= margin && sx <= bounds.width - margin && sy <= bounds.height - margin;
  return inside ? view : clampView({ k: view.k, x: bounds.width / 2 - px * view.k, y: bounds.height / 2 - py * view.k }, bounds);
}

const DIRECTIONS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * The index of the nearest point in an arrow key's direction, within about
 * 60° of it, favouring points straight ahead; undefined if there is none.
 */
export function nearestInDirection(points: readonly (readonly [number, number])[], from: number, key: string): number | undefined {
  const direction = DIRECTIONS[key];
  const origin = points[from];
  if (!direction || !origin) return undefined;
  let best: number | undefined;
  let bestScore = Infinity;
  points.forEach(([x, y], i) => {
    const dx = x - origin[0];
    const dy = y - origin[1];
    const along = dx * direction[0] + dy * direction[1];
    const across = Math.abs(dx * direction[1] - dy * direction[0]);
    if (i === from || along <= 0 || across > along * 1.8) return;
    const score = along + across * 2;
    if (score < bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
