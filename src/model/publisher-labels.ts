/**
 * How a list that names sources by publisher tells two of one publisher
 * apart: the publisher alone when it is the list's only source from it,
 * else with the date ("Riverton Gazette (2 March 2020)"), and the
 * headline when the date is shared too. A list that read "Gazette,
 * Gazette" gave a reader no reason to follow both links.
 */
import { formatPartialDate } from '../shared/dates.ts';
import { groupInOrder } from '../shared/group.ts';

interface Named {
  data: { publisher: string; published: string; title: string };
}

/** The publisher with what tells it apart, in brackets; a list already in brackets passes `(p, d) => \`${p}, ${d}\``. */
const bracketed = (publisher: string, detail: string) => `${publisher} (${detail})`;

/** For each id in `ids` (a list's sources, in order; repeats allowed), the words its link reads. */
export function publisherLabels(ids: readonly string[], sources: ReadonlyMap<string, Named>, language: string, withDetail = bracketed): Map<string, string> {
  const unique = [...new Set(ids)];
  /** For each id, how many of the list share its key. */
  const count = (key: (id: string) => string) => {
    const sizes = new Map(groupInOrder(unique, key).flatMap((group) => group.items.map((id) => [id, group.items.length] as const)));
    return (id: string) => sizes.get(id) ?? 0;
  };
  const publisher = (id: string) => sources.get(id)?.data.publisher ?? id;
  const samePublisher = count(publisher);
  const sameDay = count((id) => `${publisher(id)}\u0000${sources.get(id)?.data.published ?? ''}`);
  return new Map(
    unique.map((id) => {
      const data = sources.get(id)?.data;
      if (!data || samePublisher(id) === 1) return [id, publisher(id)];
      return [id, withDetail(data.publisher, sameDay(id) === 1 ? formatPartialDate(data.published, language) : data.title)];
    }),
  );
}
