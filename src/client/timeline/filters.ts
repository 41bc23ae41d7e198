/**
 * The category, tag and standing boxes of a timeline drawn with filters (the
 * /timeline/ page): they follow the URL, show live counts, tell the chart
 * what is ticked (a `timeline-filter` event on the figure), and apply the
 * same filter to the event list on the page (entries `#event-<id>`).
 * Loaded only where the boxes are drawn (TimelineFilters.astro).
 */
import type { TimelineData, TimelineItem } from '../../model/timeline-data.ts';
import { isEventStanding, standingOf } from '../../shared/standing.ts';
import { eventCount, fill, type TimelineText } from '../../shared/timeline/text.ts';
import { passesFilters, readViewState } from '../../shared/view-state.ts';
import { FILTER_EVENT, FilterState, type FilterDetail } from './filter-state.ts';

/**
 * Each kind of box: the filter's key in FilterDetail, the values an event has, and whether every box
 * starts ticked and one must stay ticked (categories and standings: none would show nothing, which the
 * URL cannot say) or none does and ticking narrows (tags).
 */
const FACETS = [
  { name: 'category', key: 'categories', values: (e: TimelineItem) => [e.category], allByDefault: true },
  { name: 'tag', key: 'tags', values: (e: TimelineItem) => e.tags, allByDefault: false },
  { name: 'standing', key: 'standings', values: (e: TimelineItem) => [standingOf(e)], allByDefault: true },
] as const;

type Facet = (typeof FACETS)[number];

export function enhanceFilters(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.tl-filters input[type="checkbox"]')];
    if (boxes.length === 0) continue;
    const data = JSON.parse(root.querySelector('[data-timeline-data]')?.textContent ?? '{}') as TimelineData & { text: TimelineText };
    const { events, text } = data;
    const state = new FilterState(events);
    const boxesOf = (facet: Facet) => boxes.filter((b) => b.name === facet.name);
    const update = () => {
      const detail = state.state();
      for (const facet of FACETS) {
        // What a box would show: the events the other filters let through.
        const counted = events.filter((e) => passesFilters(e, detail, facet.key));
        root.querySelectorAll<HTMLElement>(`[data-count-${facet.name}]`).forEach((el) => {
          const value = el.getAttribute(`data-count-${facet.name}`) ?? '';
          el.textContent = String(counted.filter((e) => (facet.values(e) as readonly string[]).includes(value)).length);
        });
      }
      const shown = events.filter((e) => state.shows(e));
      const summary = root.querySelector('[data-filter-summary]');
      if (summary) summary.textContent = fill(text.shownOf, shown.length, eventCount(text, events.length));
      // The list below the chart follows the same filter, so the two never disagree.
      const visible = new Set(shown.map((e) => e.id));
      for (const event of events) {
        const item = document.getElementById(`event-${event.id}`)?.closest('li');
        if (item) item.hidden = !visible.has(event.id);
      }
    };
    /** What the boxes say: for a facet whose boxes start ticked, all ticked is no filter (an empty list). */
    const ticked = (): FilterDetail => {
      const chosen = (facet: Facet) => {
        const own = boxesOf(facet);
        const on = own.filter((b) => b.checked).map((b) => b.value);
        return facet.allByDefault && on.length === own.length ? [] : on;
      };
      return { categories: chosen(FACETS[0]), tags: chosen(FACETS[1]), standings: chosen(FACETS[2]).filter(isEventStanding) };
    };
    const fromUrl = () => {
      const view = readViewState(location.search);
      for (const facet of FACETS) {
        const chosen: readonly string[] = view[facet.key];
        for (const box of boxesOf(facet)) box.checked = facet.allByDefault && chosen.length === 0 ? true : chosen.includes(box.value);
      }
      state.set(view);
      update();
    };
    for (const box of boxes) {
      box.addEventListener('change', () => {
        const facet = FACETS.find((f) => f.name === box.name);
        // No category (or standing) ticked would show nothing, which the URL cannot say ("none" reads as "all"): keep the last one.
        if (facet?.allByDefault && !boxesOf(facet).some((b) => b.checked)) {
          box.checked = true;
          return;
        }
        const detail = ticked();
        state.set(detail);
        update();
        root.dispatchEvent(new CustomEvent<FilterDetail>(FILTER_EVENT, { detail }));
      });
    }
    window.addEventListener('popstate', fromUrl);
    fromUrl();
  }
}
