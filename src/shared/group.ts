/**
 * Items grouped by a key, the groups in the order their keys first appear and
 * each group's items in their own order: a list of citations as the sources
 * they come from, on event pages and in the timeline's details panel alike.
 */
export function groupInOrder<T>(items: readonly T[], key: (item: T) => string): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, grouped]) => ({ key: k, items: grouped }));
}
