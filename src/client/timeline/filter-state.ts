/**
 * Which events a timeline shows: categories, tags and standings, as the URL
 * says (src/shared/view-state.ts). Every timeline needs this, with or
 * without the filter boxes, which live in filters.ts and load only where
 * drawn.
 */
import type { TimelineItem } from '../../model/timeline-data.ts';
import { passesFilters, type ViewFilters } from '../../shared/view-state.ts';

/** Sent on the figure by the filter boxes: the categories, tags and standings now ticked. */
export const FILTER_EVENT = 'timeline-filter';
export type FilterDetail = ViewFilters;

export class FilterState {
  private filters: FilterDetail = { categories: [], tags: [], standings: [] };
  private readonly all: Set<string>;

  constructor(events: readonly TimelineItem[]) {
    // Every category the events have: a timeline drawn without filters has no boxes to take them from.
    this.all = new Set(events.map((e) => e.category));
  }

  /** All categories, no tag and no standing means no filter. */
  shows(event: TimelineItem): boolean {
    return passesFilters(event, this.filters);
  }

  /** Empty lists mean all categories, any tag and any standing. */
  set({ categories, tags, standings }: FilterDetail): void {
    // Every category named is no filter, as none is: the URL says it as none.
    const every = [...this.all].every((c) => categories.includes(c));
    this.filters = { categories: every ? [] : [...categories].sort(), tags: [...tags].sort(), standings: [...standings] };
  }

  /** For the URL: empty lists when nothing is filtered. */
  state(): FilterDetail {
    return { ...this.filters };
  }
}
