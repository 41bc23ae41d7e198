/**
 * Which events a timeline shows: categories and tags, as the URL says
 * (src/shared/view-state.ts). Every timeline needs this, with or without
 * the filter boxes, which live in filters.ts and load only where drawn.
 */
import type { TimelineItem } from '../../model/timeline-data.ts';

/** Sent on the figure by the filter boxes: the categories and tags now ticked. */
export const FILTER_EVENT = 'timeline-filter';
export type FilterDetail = { categories: string[]; tags: string[] };

export class FilterState {
  private categories: Set<string>;
  private tags = new Set<string>();
  private readonly all: Set<string>;

  constructor(events: readonly TimelineItem[]) {
    // Every category the events have: a timeline drawn without filters has no boxes to take them from.
    this.all = new Set(events.map((e) => e.category));
    this.categories = new Set(this.all);
  }

  /** All categories and no tag means no filter. */
  shows(event: TimelineItem): boolean {
    return this.categories.has(event.category) && (this.tags.size === 0 || event.tags.some((t) => this.tags.has(t)));
  }

  /** Empty lists mean all categories and any tag. */
  set(categories: readonly string[], tags: readonly string[]): void {
    this.categories = new Set(categories.length > 0 ? categories : this.all);
    this.tags = new Set(tags);
  }

  /** For the URL: empty lists when nothing is filtered. */
  state(): FilterDetail {
    return { categories: [...this.all].every((c) => this.categories.has(c)) ? [] : [...this.categories].sort(), tags: [...this.tags].sort() };
  }
}
