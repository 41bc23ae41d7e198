/**
 * A seeded pseudo-random generator (mulberry32) for synthetic test and
 * benchmark stories: the same seed gives the same "random" story every run.
 * Never used in rendering, which has no randomness at all.
 */
export function seededRandom(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) | 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
