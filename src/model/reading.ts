/**
 * How explainers lead to each other: the reading order site.yaml sets (the
 * first is "Start here"), and, for each explainer, those that discuss the
 * most of the same events.
 */
import type { Story } from '../content/story.ts';

/** Explainers in the reading order site.yaml gives, then the rest newest first. */
export function readingOrder(story: Story): Story['explainers'] {
  const listed = story.site.readingOrder.flatMap((id) => story.explainers.filter((e) => e.id === id));
  const rest = story.explainers
    .filter((e) => !story.site.readingOrder.includes(e.id))
    .sort((a, b) => (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published) || a.id.localeCompare(b.id));
  return [...listed, ...rest];
}

/** The explainers before and after one in the reading order. */
export function neighbours(story: Story, id: string) {
  const order = readingOrder(story);
  const i = order.findIndex((e) => e.id === id);
  return { previous: i > 0 ? order[i - 1] : undefined, next: i >= 0 ? order[i + 1] : undefined, position: i + 1, of: order.length };
}

/** Other explainers that discuss the same events, most shared first; at most `limit`. */
export function related(story: Story, id: string, limit = 3): Story['explainers'] {
  const self = story.explainers.find((e) => e.id === id);
  if (!self) return [];
  const mine = new Set(self.data.events);
  return story.explainers
    .filter((e) => e.id !== id)
    .map((e) => ({ e, shared: e.data.events.filter((ev) => mine.has(ev)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.e.id.localeCompare(b.e.id))
    .slice(0, limit)
    .map(({ e }) => e);
}
