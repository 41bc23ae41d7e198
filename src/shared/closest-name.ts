/**
 * The name the site knows that a mistyped query most likely meant ("flod bariier" → "flood barrier"): the
 * closest by edit distance, allowed one edit in a short query, two in a middling one and three in a long
 * one, so a real word is not "corrected" into another. Pure, shared by the search page's script and tests.
 */
export function closestName(query: string, names: Iterable<string>): string | undefined {
  const allowed = query.length <= 4 ? 1 : query.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const name of names) {
    if (Math.abs(name.length - query.length) >= bestDistance) continue;
    const distance = editDistance(query, name);
    if (distance > 0 && distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
