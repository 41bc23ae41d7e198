/**
 * The category and tag boxes of a timeline drawn with filters (the
 * /timeline/ page): they follow the URL, show live counts, tell the chart
 * what is ticked (a `timeline-filter` event on the figure), and apply the
 * same filter to the event list on the page (entries `#event-<id>`).
 * Loaded only where the boxes are drawn (TimelineFilters.astro).
 */
import type { TimelineData } from '../../model/timeline-data.ts';
import { eventCount, fill, type TimelineText } from '../../shared/timeline/text.ts';
import { readViewState } from '../../shared/view-state.ts';
import { FILTER_EVENT, FilterState, type FilterDetail } from './filter-state.ts';

export function enhanceFilters(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.tl-filters input[type="checkbox"]')];
    if (boxes.length === 0) continue;
    const data = JSON.parse(root.querySelector('[data-timeline-data]')?.textContent ?? '{}') as TimelineData & { text: TimelineText };
    const { events, text } = data;
    const state = new FilterState(events);
    const update = () => {
      const s = state.state();
      const byTag = events.filter((e) => s.tags.length === 0 || e.tags.some((t) => s.tags.includes(t)));
      const byCategory = events.filter((e) => s.categories.length === 0 || s.categories.includes(e.category));
      root.querySelectorAll<HTMLElement>('[data-count-category]').forEach((el) => {
        el.textContent = String(byTag.filter((e) => e.category === el.dataset['countCategory']).length);
      });
      root.querySelectorAll<HTMLElement>('[data-count-tag]').forEach((el) => {
        el.textContent = String(byCategory.filter((e) => e.tags.includes(el.dataset['countTag'] ?? '')).length);
      });
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
    const fromUrl = () => {
      const { categories, tags } = readViewState(location.search);
      for (const box of boxes) box.checked = box.name === 'category' ? categories.length === 0 || categories.includes(box.value) : tags.includes(box.value);
      state.set(categories, tags);
      update();
    };
    for (const box of boxes) {
      box.addEventListener('change', () => {
        const detail: FilterDetail = {
          categories: boxes.filter((b) => b.name === 'category' && b.checked).map((b) => b.value),
          tags: boxes.filter((b) => b.name === 'tag' && b.checked).map((b) => b.value),
        };
        // No category ticked shows nothing, which the URL cannot say ("none" would read as "all"): keep the last one.
        if (detail.categories.length === 0 && boxes.some((b) => b.name === 'category')) {
          box.checked = true;
          return;
        }
        state.set(detail.categories, detail.tags);
        update();
        root.dispatchEvent(new CustomEvent<FilterDetail>(FILTER_EVENT, { detail }));
      });
    }
    window.addEventListener('popstate', fromUrl);
    fromUrl();
  }
}
