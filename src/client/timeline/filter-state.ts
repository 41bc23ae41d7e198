/**
 * Which events a timeline shows: categories, tags and standings, as the URL
 * says (src/shared/view-state.ts). Every timeline needs this, with or
 * without the filter boxes, which live in filters.ts and load only where
 * drawn.
 */
import type { TimelineItem } from '../../model/timeline-data.ts';
import { standingOf, type EventStanding } from '../../shared/standing.ts';

/** Sent on the figure by the filter boxes: the categories, tags and standings now ticked. */
export const FILTER_EVENT = 'timeline-filter';
export type FilterDetail = { categories: string[]; tags: string[]; standings: EventStanding[] };

export class FilterState {
  private categories: Set<string>;
  private tags = new Set<string>();
  private standings = new Set<EventStanding>();
  private readonly all: Set<string>;

  constructor(events: readonly TimelineItem[]) {
    // Every category the events have: a timeline drawn without filters has no boxes to take them from.
    this.all = new Set(events.map((e) => e.category));
    this.categories = new Set(this.all);
  }

  /** All categories, no tag and no standing means no filter. */
  shows(event: TimelineItem): boolean {
    return (
      this.categories.has(event.category) &&
      (this.tags.size === 0 || event.tags.some((t) => this.tags.has(t))) &&
      (this.standings.size === 0 || this.standings.has(standingOf(event)))
    );
  }

  /** Empty lists mean all categories, any tag and any standing. */
  set({ categories, tags, standings }: FilterDetail): void {
    this.categories = new Set(categories.length > 0 ? categories : this.all);
    this.tags = new Set(tags);
    this.standings = new Set(standings);
  }

  /** For the URL: empty lists when nothing is filtered. */
  state(): FilterDetail {
    return {
      categories: [...this.all].every((c) => this.categories.has(c)) ? [] : [...this.categories].sort(),
      tags: [...this.tags].sort(),
      standings: [...this.standings],
    };
  }
}
