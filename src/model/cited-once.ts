/**
 * Each source of a list of citations once, in the order first cited: its first citation (a link goes to that
 * passage; the source's page marks them all) and the distinct notes of all its citations. For compact source
 * lines: "Sources: …" under entries, and the map's areas.
 */
import { groupInOrder } from '../shared/group.ts';

export function citedOnce<C extends { source: string; note?: string | undefined }>(citations: readonly C[]): { first: C; notes: string[] }[] {
  return groupInOrder(citations, (c) => c.source).map(({ items }) => ({ first: items[0]!, notes: [...new Set(items.flatMap((c) => (c.note ? [c.note] : [])))] }));
}
