/**
 * Marching squares: the closed lines along which a grid of values crosses a
 * threshold. Used for range bands, whose edge is every point at one distance
 * from the border. The grid is surrounded by a frame of +Infinity so every
 * line closes; segments are oriented (each cell is walked clockwise and a
 * segment runs from where it leaves the inside to where it re-enters), so
 * every crossing starts one segment and ends one, and chaining is exact.
 */

export interface Grid {
  /** Values row by row, `nx` per row, `ny` rows. */
  values: Float64Array;
  nx: number;
  ny: number;
}

type Point = [number, number];

/** Rings, in grid coordinates (column, row), around the cells whose value is ≤ threshold. */
export function isolines(grid: Grid, threshold: number): Point[][] {
  const { nx, ny } = grid;
  const value = (i: number, j: number) => (i < 0 || j < 0 || i >= nx || j >= ny ? Infinity : grid.values[j * nx + i]!);
  const inside = (i: number, j: number) => value(i, j) <= threshold;
  // The crossing on the edge between two neighbouring nodes, by linear interpolation.
  const crossing = (i0: number, j0: number, i1: number, j1: number): Point => {
    const a = value(i0, j0);
    const b = value(i1, j1);
    // Next to the frame of +Infinity the crossing goes halfway, just outside the grid, where it is never seen.
    const t = !Number.isFinite(a) || !Number.isFinite(b) ? 0.5 : a === b ? 0.5 : (threshold - a) / (b - a);
    return [i0 + (i1 - i0) * t, j0 + (j1 - j0) * t];
  };
  const edgeKey = (i0: number, j0: number, i1: number, j1: number) =>
    i0 < i1 || (i0 === i1 && j0 < j1) ? `${i0},${j0},${i1},${j1}` : `${i1},${j1},${i0},${j0}`;

  const next = new Map<string, string>();
  const points = new Map<string, Point>();
  for (let j = -1; j < ny; j += 1) {
    for (let i = -1; i < nx; i += 1) {
      // Corners clockwise on screen (rows grow downwards): top-left, top-right, bottom-right, bottom-left.
      const corners: Point[] = [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]];
      const states = corners.map(([ci, cj]) => inside(ci, cj));
      const exits: string[] = [];
      const entries: string[] = [];
      for (let k = 0; k < 4; k += 1) {
        const from = corners[k]!;
        const to = corners[(k + 1) % 4]!;
        if (states[k] === states[(k + 1) % 4]) continue;
        const key = edgeKey(from[0], from[1], to[0], to[1]);
        points.set(key, crossing(from[0], from[1], to[0], to[1]));
        (states[k] ? exits : entries).push(key);
      }
      if (exits.length === 1) next.set(exits[0]!, entries[0]!);
      else if (exits.length === 2) {
        // A saddle: join the two insides through the centre if the centre is inside, else keep them apart.
        const centre = (value(i, j) + value(i + 1, j) + value(i + 1, j + 1) + value(i, j + 1)) / 4;
        const order = [...exits, ...entries];
        const sequence = order.sort((a, b) => edgeOrder(a, corners) - edgeOrder(b, corners));
        // Along the clockwise walk the crossings alternate exit, entry, exit, entry.
        const rotated = exits.includes(sequence[0]!) ? sequence : [...sequence.slice(1), sequence[0]!];
        const [e1, n1, e2, n2] = rotated as [string, string, string, string];
        if (centre <= threshold) {
          next.set(e1, n1);
          next.set(e2, n2);
        } else {
          next.set(e1, n2);
          next.set(e2, n1);
        }
      }
    }
  }

  const rings: Point[][] = [];
  const keys = [...next.keys()].sort();
  const used = new Set<string>();
  for (const start of keys) {
    if (used.has(start)) continue;
    const ring: Point[] = [];
    let key: string | undefined = start;
    while (key !== undefined && !used.has(key)) {
      used.add(key);
      ring.push(points.get(key)!);
      key = next.get(key);
    }
    if (ring.length >= 3) rings.push(ring);
  }
  return rings;
}

/** Position of an edge in a cell's clockwise walk: top 0, right 1, bottom 2, left 3. */
function edgeOrder(key: string, corners: Point[]): number {
  const [a, b, c, d] = key.split(',').map(Number) as [number, number, number, number];
  for (let k = 0; k < 4; k += 1) {
    const from = corners[k]!;
    const to = corners[(k + 1) % 4]!;
    const same = (p: Point, x: number, y: number) => p[0] === x && p[1] === y;
    if ((same(from, a, b) && same(to, c, d)) || (same(from, c, d) && same(to, a, b))) return k;
  }
  return 4;
}
