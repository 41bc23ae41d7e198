/**
 * One enhanced timeline: redraws the server-rendered SVG at the real width
 * and on every zoom step (with the same layout and tree code the server
 * used), and wires zoom, the overview window, keyboard, details and the
 * URL. Contract shared with the map: state lives in the URL query
 * (src/shared/view-state.ts); a change is announced on `document` as a
 * `view-state-change` CustomEvent whose detail is the new ViewState.
 * The filter boxes, where a timeline has them, are a script of their own
 * (filters.ts) that tells the chart what is ticked; the details panel's
 * code loads on the first selection.
 */
import { chartTree, markId, overviewTree } from '../../shared/timeline/chart-tree.ts';
import { baseScale, eventInstants, layoutTimeline } from '../../shared/timeline/layout.ts';
import { DAY_MS, eventExtent, visibleWindow, type TimeScale } from '../../shared/timeline/time-scale.ts';
import type { TimelineData, TimelineItem } from '../../model/timeline-data.ts';
import { toDom } from '../../shared/svg-tree.ts';
import { formatDateRange } from '../../shared/dates.ts';
import { readViewState, writeViewState, type ViewState } from '../../shared/view-state.ts';
import { eventCount, fill, type TimelineText } from '../../shared/timeline/text.ts';
import { FILTER_EVENT, FilterState, type FilterDetail } from './filter-state.ts';
import { OverviewWindow } from './overview.ts';
import { Zoom, type Transform } from './zoom.ts';

type Data = TimelineData & { idPrefix: string; eventsUrl: string; listBase: string; text: TimelineText };

const OVERVIEW_HEIGHT = 36;

export class TimelineView {
  readonly data: Data;
  readonly figure: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly overview: SVGSVGElement;
  readonly details: HTMLElement;
  readonly announcer: HTMLElement;
  readonly filters: FilterState;
  width = 0;
  height = 0;
  base!: TimeScale;
  current!: TimeScale;
  zoom!: Zoom;
  window!: OverviewWindow;
  active: string | undefined;
  selected: string | undefined;
  /** False until the chart has been drawn with the URL's state; until then nothing is written back. */
  private ready = false;
  /** The period the URL asked for, shown once the chart has a width. */
  private pendingDomain: [Date, Date] | undefined;
  /** The overview waiting to be drawn after a resize (see resize). */
  private overviewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Each event's place in time order (the data comes sorted). */
  private readonly timeOrder = new Map<string, number>();
  /** What the details panel says while no event is selected. */
  private readonly empty: Node[];
  /** Said at the top of the details panel when the selected event is out of the chart's view. */
  private outOfView: HTMLElement | undefined;

  constructor(figure: HTMLElement) {
    this.figure = figure;
    this.data = JSON.parse(figure.querySelector('[data-timeline-data]')?.textContent ?? '{}') as Data;
    this.svg = figure.querySelector('[data-chart]')!;
    this.overview = figure.querySelector('[data-overview]')!;
    this.details = figure.querySelector('[data-details]')!;
    this.announcer = figure.querySelector('[data-announce]')!;
    this.filters = new FilterState(this.data.events);
    // Without the script a dot is a link to its page; with it, a dot fills this panel, which now says so.
    for (const line of this.details.querySelectorAll<HTMLElement>('[data-enhanced]')) line.textContent = line.dataset['enhanced'] ?? '';
    this.empty = [...this.details.childNodes];
    this.data.events.forEach((e, i) => this.timeOrder.set(e.id, i));
  }

  get visibleEvents(): TimelineItem[] {
    return this.data.events.filter((e) => this.filters.shows(e));
  }

  /**
   * Wires everything without reading the layout: the chart's width comes
   * from a ResizeObserver, after the browser has laid the page out, and the
   * first draw happens there (reading it here, after showing the controls,
   * forced a layout).
   */
  start(): void {
    // The controls are laid out from the start, only invisible: showing them moves nothing.
    this.figure.querySelector<HTMLElement>('[data-controls]')?.removeAttribute('hidden');
    this.height = Number(this.svg.getAttribute('height'));
    this.zoom = new Zoom(this.svg, { width: () => this.width, maxScale: () => this.maxScale(), onChange: (t) => this.onZoom(t) });
    this.window = new OverviewWindow(this.overview, (fraction) => {
      const { k } = this.zoom.transform;
      this.zoom.set({ k, x: this.width / 2 - fraction * this.width * k });
    });
    this.svg.addEventListener('click', (event) => this.onClick(event));
    this.svg.addEventListener('keydown', (event) => this.onKey(event));
    this.details.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      void this.select(undefined, 'push');
    });
    this.figure.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((button) => button.addEventListener('click', () => this.zoomButton(button.dataset['zoom'] ?? '')));
    this.figure.addEventListener(FILTER_EVENT, (event) => {
      this.filters.set((event as CustomEvent<FilterDetail>).detail);
      this.onFiltersChanged();
    });
    window.addEventListener('popstate', () => this.applyState(readViewState(location.search)));
    // Read the URL before the first draw, which would otherwise overwrite it with the default view.
    this.applyState(readViewState(location.search));
    const box = this.svg.parentElement ?? this.svg;
    new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1]!;
      this.resize(Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width));
    }).observe(box);
  }

  resize(width: number): void {
    if (width === 0 || width === this.width) return;
    const domain = this.current?.domain() ?? this.pendingDomain;
    this.pendingDomain = undefined;
    this.width = width;
    this.base = baseScale(this.data.events, this.data.coverage.from, this.data.coverage.to, width);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${this.height}`);
    this.overview.setAttribute('viewBox', `0 0 ${width} ${OVERVIEW_HEIGHT}`);
    this.showDomain(domain ?? this.base.domain());
    this.ready = true;
    // The overview strip, a second whole layout, is drawn in a task of its own after the chart: the
    // server's strip stands in (stretched) meanwhile, and the page is not blocked for both at once.
    clearTimeout(this.overviewTimer);
    this.overviewTimer = setTimeout(() => this.drawOverview(), 0);
  }

  /** How far the chart zooms in: until a week fills it where the scale is smallest. */
  maxScale(): number {
    return Math.max(1, ...this.base.segments().map((s) => ((s.end.getTime() - s.start.getTime()) / DAY_MS / 7 / (s.x1 - s.x0)) * this.width));
  }

  /** Moves the view to show `domain`, centred on it when that is less than the chart can zoom in to. */
  showDomain([start, end]: [Date, Date], animate = false): void {
    const x0 = this.base(start);
    const x1 = this.base(end);
    const k = Math.min(this.maxScale(), Math.max(1, this.width / Math.max(1e-6, x1 - x0)));
    this.zoom.set({ k, x: this.width / 2 - ((x0 + x1) / 2) * k }, animate);
  }

  onZoom({ k, x }: Transform): void {
    this.current = this.base.zoomed(k, x);
    this.render();
    this.window.show(-x / k, (this.width - x) / k, OVERVIEW_HEIGHT, k <= 1.0001);
    this.writeState('replace');
  }

  render(): void {
    // Not drawn yet: the chart has had no width (see pendingDomain).
    if (!this.current) return;
    performance.mark('timeline-render-start');
    const { text } = this.data;
    const more = (n: number) => fill(text.more, n);
    const layout = layoutTimeline({ ...this.data, events: this.visibleEvents, scale: this.current, width: this.width, laneHeight: this.data.laneHeight, more, months: text.months });
    const info = new Map(this.data.events.map((e) => [e.id, e]));
    const tree = chartTree(layout, {
      idPrefix: this.data.idPrefix,
      info,
      clusterHref: (id) => this.data.listBase + id,
      highlight: this.data.highlight,
      clusterTitle: (n, first, last) => fill(text.cluster, eventCount(text, n), first, last),
      enlarged: (times) => fill(text.enlarged, times),
    });
    const focused = (document.activeElement as Element | null)?.closest?.('[data-event]')?.getAttribute('data-event');
    this.svg.replaceChildren(...tree.map((n) => toDom(n, document)));
    this.rove(focused ?? undefined);
    const shown = visibleWindow(this.current);
    const windowText = this.figure.querySelector('[data-window-text]');
    const count = layout.marks.length + layout.clusters.reduce((n, c) => n + c.ids.length, 0);
    if (windowText) windowText.textContent = fill(text.showing, formatDateRange(shown.from, shown.to, document.documentElement.lang), eventCount(text, count));
    this.sayIfOutOfView();
    performance.measure('timeline-render', 'timeline-render-start');
  }

  drawOverview(): void {
    if (this.width === 0) return;
    const layout = layoutTimeline({ ...this.data, events: this.visibleEvents, scale: this.base, width: this.width, laneHeight: this.data.laneHeight });
    this.overview.replaceChildren(...overviewTree(layout, OVERVIEW_HEIGHT).map((n) => toDom(n, document)));
    if (this.current) this.window.show(this.base(this.current.domain()[0]), this.base(this.current.domain()[1]), OVERVIEW_HEIGHT, this.zoom.transform.k <= 1.0001);
  }

  /** One tab stop: only the active mark is in the tab order. */
  rove(focusId?: string): void {
    const marks = [...this.svg.querySelectorAll<SVGAElement>('a.tl-mark, a.tl-cluster')];
    const active = this.active ? this.svg.querySelector<SVGAElement>(`#${CSS.escape(markId(this.data.idPrefix, this.active))}`) : null;
    marks.forEach((mark) => mark.setAttribute('tabindex', '-1'));
    // With nothing active, the tab stop is the earliest mark on screen (marks are drawn lane by lane, not in time order).
    (active ?? this.earliestOf(marks))?.setAttribute('tabindex', '0');
    active?.classList.add('tl-active');
    if (this.selected) this.svg.querySelector(`#${CSS.escape(markId(this.data.idPrefix, this.selected))}`)?.classList.add('tl-selected');
    if (focusId) this.svg.querySelector<SVGAElement>(`#${CSS.escape(markId(this.data.idPrefix, focusId))}`)?.focus({ preventScroll: true });
  }

  onClick(event: MouseEvent): void {
    if (this.zoom.dragged) {
      event.preventDefault();
      this.zoom.dragged = false;
      return;
    }
    const target = event.target as Element;
    const cluster = target.closest('a.tl-cluster');
    const mark = target.closest('a.tl-mark');
    if (cluster) {
      event.preventDefault();
      this.zoomTo(cluster.getAttribute('data-events')?.split(' ') ?? []);
    } else if (mark && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      void this.select(mark.getAttribute('data-event') ?? undefined, 'push');
    }
  }

  /** The mark (or cluster) holding the earliest event, in the story's time order. */
  earliestOf(marks: SVGAElement[]): SVGAElement | undefined {
    const position = (mark: SVGAElement) =>
      Math.min(...(mark.getAttribute('data-event') ?? mark.getAttribute('data-events') ?? '').split(' ').map((id) => this.timeOrder.get(id) ?? Infinity));
    return marks.reduce<SVGAElement | undefined>((best, mark) => (!best || position(mark) < position(best) ? mark : best), undefined);
  }

  onKey(event: KeyboardEvent): void {
    const order = this.visibleEvents;
    // Arrows step from the mark the reader is on (tabbed, clicked or arrowed to); from a cluster, from its
    // first event going back and its last going forward. Off any mark, from the active event.
    const mark = (event.target as Element | null)?.closest?.('a.tl-mark, a.tl-cluster');
    const ids = (mark?.getAttribute('data-event') ?? mark?.getAttribute('data-events') ?? this.active ?? '').split(' ');
    const index = new Map(order.map((e, i) => [e.id, i]));
    const positions = ids.flatMap((id) => index.get(id) ?? []);
    const first = positions.length > 0 ? Math.min(...positions) : -1;
    const last = positions.length > 0 ? Math.max(...positions) : -1;
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = last < 0 ? 0 : Math.min(order.length - 1, last + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = first < 0 ? 0 : Math.max(0, first - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = order.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      if (mark?.matches('a.tl-cluster')) this.zoomTo(ids);
      else if (ids[0]) void this.select(ids[0], 'push');
    } else if (event.key === 'Escape') void this.select(undefined, 'push');
    else if (event.key === '+' || event.key === '=') this.zoomButton('in');
    else if (event.key === '-') this.zoomButton('out');
    else if (event.key === '0') this.zoomButton('reset');
    else return;
    event.preventDefault();
    const target = next === undefined ? undefined : order[next];
    if (target) this.activate(target);
  }

  /** Moves keyboard focus to an event, bringing it into view and out of any cluster. */
  activate(item: TimelineItem): void {
    this.active = item.id;
    const [start, end] = eventExtent(item.date, item.end);
    const [d0, d1] = this.current.domain();
    let span = d1.getTime() - d0.getTime();
    const needsZoom = () => !this.svg.querySelector(`#${CSS.escape(markId(this.data.idPrefix, item.id))}`);
    if (start < d0 || end > d1 || needsZoom()) {
      for (let i = 0; i < 8; i++) {
        const centre = (start.getTime() + end.getTime()) / 2;
        this.showDomain([new Date(centre - span / 2), new Date(centre + span / 2)]);
        if (!needsZoom()) break;
        span /= 2;
      }
    } else this.render();
    this.rove(item.id);
    this.announcer.textContent = fill(this.data.text.announce, item.dateText, item.title, this.visibleEvents.indexOf(item) + 1, this.visibleEvents.length);
  }

  zoomTo(ids: string[]): void {
    const items = this.data.events.filter((e) => ids.includes(e.id));
    if (items.length === 0) return;
    const extents = items.map((e) => eventExtent(e.date, e.end));
    const start = Math.min(...extents.map(([s]) => s.getTime()));
    const end = Math.max(...extents.map(([, e]) => e.getTime()));
    const pad = Math.max(DAY_MS * 2, (end - start) * 0.5);
    this.showDomain([new Date(start - pad), new Date(end + pad)], true);
  }

  zoomButton(kind: string): void {
    if (kind === 'in') this.zoom.scaleBy(2, this.selectedX(), true);
    else if (kind === 'out') this.zoom.scaleBy(0.5, this.selectedX(), true);
    else if (kind === 'reset') this.zoom.set({ k: 1, x: 0 }, true);
  }

  /** The selected event, if any. */
  private selectedItem(): TimelineItem | undefined {
    return this.selected ? this.data.events.find((e) => e.id === this.selected) : undefined;
  }

  /**
   * Where the selected event's date stands on the chart, when it is drawn in view: + and − zoom about it, so it
   * stays. Its date, not its drawn mark: a cluster's mark stands right of its first event's date, and zooming about
   * it pushes an event near the chart's start out of view.
   */
  private selectedX(): number | undefined {
    const item = this.selectedItem();
    if (!item || !this.current || !this.filters.shows(item)) return undefined;
    const x = this.current(new Date(eventInstants([item])[0]!));
    return x >= 0 && x <= this.width ? x : undefined;
  }

  async select(id: string | undefined, history: 'push' | 'none'): Promise<void> {
    this.selected = id;
    if (id === undefined) {
      const hadFocus = this.details.contains(document.activeElement);
      this.details.replaceChildren(...this.empty);
      this.details.removeAttribute('data-open');
      this.details.removeAttribute('aria-labelledby');
      this.render();
      if (this.active) this.rove(hadFocus ? this.active : undefined);
      if (history === 'push') this.writeState('push');
      return;
    }
    this.active = id;
    const item = this.data.events.find((e) => e.id === id);
    const { loadEvents, renderDetails } = await import('./details.ts');
    const event = (await loadEvents(this.data.eventsUrl)).get(id);
    // Another selection came first while the data loaded.
    if (this.selected !== id) return;
    if (item && event) {
      renderDetails(this.details, event, item.dateText, this.data.text, () => void this.select(undefined, 'push'));
      this.details.setAttribute('data-open', '');
      this.outOfView = undefined;
      if (history === 'push') {
        // Focus moves to the panel for keyboard and screen reader users, without scrolling the chart away.
        this.details.focus({ preventScroll: true });
        this.revealDetails();
      }
    }
    this.render();
    if (history === 'push') this.writeState('push');
  }

  /**
   * Below the chart (a phone), a panel that opened wholly under the screen's
   * edge is brought up just far enough to show its heading; the chart stays.
   */
  private revealDetails(): void {
    const chart = this.svg.getBoundingClientRect();
    const panel = this.details.getBoundingClientRect();
    if (panel.top < chart.bottom || panel.top < innerHeight - 96) return;
    window.scrollBy({ top: Math.min(panel.top - (innerHeight - 160), chart.top), behavior: 'instant' });
  }

  /** Says so in the details panel when the selected event has left the part of the chart in view. */
  private sayIfOutOfView(): void {
    const item = this.selectedItem();
    if (!item || !this.details.hasAttribute('data-open')) return;
    const [start, end] = eventExtent(item.date, item.end);
    const [d0, d1] = this.current.domain();
    const out = end <= d0 || start >= d1 || !this.filters.shows(item);
    if (out && !this.outOfView) {
      this.outOfView = document.createElement('p');
      this.outOfView.className = 'tl-out-of-view';
      this.outOfView.setAttribute('data-out-of-view', '');
      const again = document.createElement('button');
      again.type = 'button';
      again.textContent = this.data.text.showAgain;
      again.addEventListener('click', () => {
        if (!this.filters.shows(item)) return;
        this.zoomTo([item.id]);
      });
      this.outOfView.append(`${this.data.text.outOfView} `, again);
      this.details.querySelector('h3')?.before(this.outOfView);
    }
    if (this.outOfView) this.outOfView.hidden = !out;
    const again = this.outOfView?.querySelector('button');
    if (again) again.hidden = !this.filters.shows(item);
  }

  onFiltersChanged(): void {
    this.drawOverview();
    this.render();
    this.writeState('replace');
  }

  applyState(state: ViewState): void {
    this.filters.set(state);
    const domain: [Date, Date] | undefined = state.from && state.to ? [eventExtent(state.from)[0], eventExtent(state.to)[1]] : undefined;
    if (this.width === 0) this.pendingDomain = domain;
    else {
      this.drawOverview();
      this.showDomain(domain ?? this.base.domain());
    }
    if (state.event !== this.selected) void this.select(state.event && this.data.events.some((e) => e.id === state.event) ? state.event : undefined, 'none');
  }

  writeState(mode: 'push' | 'replace'): void {
    if (!this.ready) return;
    const zoomed = this.zoom.transform.k > 1.0001;
    const window = zoomed ? visibleWindow(this.current) : undefined;
    const state: ViewState = { ...readViewState(location.search), ...this.filters.state(), from: window?.from, to: window?.to, event: this.selected };
    const url = `${location.pathname}${writeViewState(state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    document.dispatchEvent(new CustomEvent('view-state-change', { detail: state }));
  }
}
