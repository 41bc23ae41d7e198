/**
 * Category and tag filters: which events show, with live counts, applied to
 * the chart and to the event list on the page (entries `#event-<id>`).
 */
import type { TimelineItem } from '../../model/timeline-data.ts';
import { eventCount, fill, type TimelineText } from '../../shared/timeline/text.ts';

export class Filters {
  private categories = new Set<string>();
  private tags = new Set<string>();
  private readonly boxes: HTMLInputElement[];
  private readonly root: HTMLElement;
  private readonly events: readonly TimelineItem[];
  private readonly onChange: () => void;
  private readonly text: TimelineText;

  constructor(root: HTMLElement, events: readonly TimelineItem[], text: TimelineText, onChange: () => void) {
    this.text = text;
    this.root = root;
    this.events = events;
    this.onChange = onChange;
    this.boxes = [...root.querySelectorAll<HTMLInputElement>('.tl-filters input[type="checkbox"]')];
    // Every category the events have, not the boxes: a timeline drawn without filters has no boxes, and
    // taking the categories from them hid every event.
    this.categories = new Set(events.map((e) => e.category));
    for (const box of this.boxes) box.addEventListener('change', () => this.readBoxes());
    this.update();
  }

  /** All categories and no tag means no filter. */
  shows(event: TimelineItem): boolean {
    return this.categories.has(event.category) && (this.tags.size === 0 || event.tags.some((t) => this.tags.has(t)));
  }

  /** For the URL: empty lists when nothing is filtered. */
  state(): { categories: string[]; tags: string[] } {
    const all = new Set(this.events.map((e) => e.category)).size;
    return { categories: this.categories.size >= all ? [] : [...this.categories].sort(), tags: [...this.tags].sort() };
  }

  set(categories: string[], tags: string[]): void {
    for (const box of this.boxes) {
      box.checked = box.name === 'category' ? categories.length === 0 || categories.includes(box.value) : tags.includes(box.value);
    }
    if (this.boxes.length > 0) return this.readBoxes(false);
    // No boxes to read: a timeline without filters still follows a filter in the URL.
    this.categories = new Set(categories.length > 0 ? categories : this.events.map((e) => e.category));
    this.tags = new Set(tags);
    this.update();
  }

  private readBoxes(notify = true): void {
    this.categories = new Set(this.boxes.filter((b) => b.name === 'category' && b.checked).map((b) => b.value));
    this.tags = new Set(this.boxes.filter((b) => b.name === 'tag' && b.checked).map((b) => b.value));
    this.update();
    if (notify) this.onChange();
  }

  private update(): void {
    const byTag = this.events.filter((e) => this.tags.size === 0 || e.tags.some((t) => this.tags.has(t)));
    const byCategory = this.events.filter((e) => this.categories.has(e.category));
    this.root.querySelectorAll<HTMLElement>('[data-count-category]').forEach((el) => {
      el.textContent = String(byTag.filter((e) => e.category === el.dataset['countCategory']).length);
    });
    this.root.querySelectorAll<HTMLElement>('[data-count-tag]').forEach((el) => {
      el.textContent = String(byCategory.filter((e) => e.tags.includes(el.dataset['countTag'] ?? '')).length);
    });
    const shown = this.events.filter((e) => this.shows(e));
    const summary = this.root.querySelector('[data-filter-summary]');
    if (summary) summary.textContent = fill(this.text.shownOf, shown.length, eventCount(this.text, this.events.length));
    // The list below the chart follows the same filter, so the two never disagree.
    const visible = new Set(shown.map((e) => e.id));
    for (const event of this.events) {
      const item = document.getElementById(`event-${event.id}`)?.closest('li');
      if (item) item.hidden = !visible.has(event.id);
    }
  }
}
