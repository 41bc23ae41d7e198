/**
 * SVG path data for geography, small enough to inline: points are projected
 * and clipped by d3-geo, then each line is simplified (Douglas–Peucker, in
 * map units, so detail is dropped only where it would not show) and rounded
 * to a tenth of a unit. Rings smaller than `minRing` units across, islands a
 * reader could not see, are left out.
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';

export interface SimplifyOptions {
  /** Largest distance, in map units, a dropped point may lie from the simplified line. */
  tolerance: number;
  /** Rings whose bounding box is smaller than this, in map units, are dropped. */
  minRing: number;
}

type Point = [number, number];

/** Douglas–Peucker on a list of points; keeps the first and last. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    let farthest = -1;
    let max = limit;
    for (let i = first + 1; i < last; i += 1) {
      const [px, py] = points[i]!;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const d2 = ex * ex + ey * ey;
      if (d2 > max) {
        max = d2;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A stream stage that buffers each line, simplifies it and passes it on. */
function simplifyingStream(sink: GeoStream, options: SimplifyOptions): GeoStream {
  let inPolygon = false;
  let line: Point[] | undefined;
  return {
    point(x, y) {
      if (line) line.push([x, y]);
      else sink.point(x, y);
    },
    lineStart() {
      line = [];
    },
    lineEnd() {
      const points = line ?? [];
      line = undefined;
      // Rings are closed implicitly; simplify them as two halves so both ends of the longest chord stay.
      const half = Math.floor(points.length / 2);
      const kept = inPolygon ? [...simplifyLine(points.slice(0, half + 1), options.tolerance), ...simplifyLine(points.slice(half), options.tolerance).slice(1)] : simplifyLine(points, options.tolerance);
      if (inPolygon) {
        const xs = kept.map((p) => p[0]);
        const ys = kept.map((p) => p[1]);
        const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
        if (kept.length < 3 || size < options.minRing) return;
      } else if (kept.length < 2) return;
      sink.lineStart();
      for (const [x, y] of kept) sink.point(x, y);
      sink.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      sink.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      sink.polygonEnd();
    },
    sphere() {
      sink.sphere?.();
    },
  };
}

/** SVG path data for `object` on the map, simplified; "" when nothing of it is in view. */
export function mapPath(projection: GeoProjection, object: GeoPermissibleObjects, options: SimplifyOptions): string {
  const staged = { stream: (sink: GeoStream) => projection.stream(simplifyingStream(sink, options)) };
  return geoPath(staged as unknown as GeoProjection).digits(1)(object) ?? '';
}

/** Path data for rings already in map units (contours), simplified the same way. */
export function ringsPath(rings: Point[][], options: SimplifyOptions): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  return rings
    .map((ring) => simplifyLine(ring, options.tolerance))
    .filter((ring) => ring.length >= 3)
    .map((ring) => `M${ring.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`)
    .join('');
}
