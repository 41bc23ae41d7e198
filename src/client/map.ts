/**
 * Enhances each server-rendered map ([data-map]): the day it shows (set by
 * the scrubber under it, or by the timeline), layer toggles, zoom and pan,
 * tooltips, keyboard moves between places, and a panel listing the selected
 * place's events. Without it the SVG, its links and the text version still
 * work, drawn as of the map's own day.
 *
 * The contract with the timeline (and any other graphic on the page):
 * - State lives in the URL query, read and written only through
 *   src/shared/view-state.ts (event, place, from, to, category, tag).
 * - On load and on `popstate`, every map reads the query and applies it:
 *   `at` is the day it is drawn as of (areas in force, who held each place,
 *   events up to then, the last few emphasised); without `at`, a selected
 *   `event` moves it to that event's day; `place` is selected (its events
 *   listed), `event` is highlighted with its places, `from`/`to` filter the
 *   event dots, `category`/`tag` too.
 * - Whoever changes the state calls history.pushState with the new query and
 *   dispatches `new CustomEvent('view-state-change', { detail: state })` on
 *   `document`, where `state` is a ViewState; every map applies `detail`.
 *   A map does so itself when the reader selects a place or changes dates.
 *
 * Zoom and pan are a few lines over pointer events rather than d3-zoom,
 * whose dependencies alone would take most of the page's 20 KB budget.
 */
import { formatPartialDate } from '../shared/dates.ts';
import { clampView, keepInView, nearestInDirection, zoomAround, type View } from '../shared/map-navigation.ts';
import { shownDay } from '../shared/scrubber.ts';
import type { EventStanding } from '../shared/standing.ts';
import type { MapText } from '../model/map/map-text.ts';
import { fill, fillCount } from '../shared/text-template.ts';
import { passesFilters, readViewState, writeViewState, type ViewState } from '../shared/view-state.ts';

const CHANGE = 'view-state-change';
/** Dates in the page's language, which Base.astro sets from site.yaml. */
const day = (date: string) => formatPartialDate(date, document.documentElement.lang);
const MAX_ZOOM = 8;
/** How many of the latest events before the map's day are emphasised. */
const RECENT = 3;

export function enhanceMaps(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-map]:not([data-enhanced])')) enhance(root);
}

function publish(change: (state: ViewState) => void): void {
  const state = readViewState(location.search);
  change(state);
  history.pushState(null, '', location.pathname + writeViewState(state));
  document.dispatchEvent(new CustomEvent<ViewState>(CHANGE, { detail: state }));
}

function enhance(root: HTMLElement): void {
  root.dataset['enhanced'] = '';
  const svg = root.querySelector<SVGSVGElement>('.map-svg')!;
  const zoomGroup = svg.querySelector<SVGGElement>('.map-zoom')!;
  const tooltip = root.querySelector<HTMLElement>('.map-tooltip')!;
  const panel = root.querySelector<HTMLElement>('.map-panel')!;
  const controls = root.querySelector<HTMLElement>('[data-map-controls]');
  const places = [...root.querySelectorAll<SVGAElement>('.place')];
  const events = [...root.querySelectorAll<SVGCircleElement>('.event')];
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const position = (place: Element) => (place.firstElementChild!.getAttribute('transform')!.match(/[-\d.]+/g) ?? []).map(Number) as [number, number];
  const defaults = { from: root.dataset['from']!, to: root.dataset['to']!, at: root.dataset['at']! };
  const text = JSON.parse(root.querySelector('[data-map-text]')!.textContent!) as MapText;
  let window = { from: defaults.from, to: defaults.to };
  let at = defaults.at;
  let view: View = { k: 1, x: 0, y: 0 };
  // What the day changes, read from the markup once: each redraw then only compares strings and toggles classes.
  const timed = [...root.querySelectorAll<SVGElement>('.area[data-from], .holder[data-from], [data-area-key]')].map((el) => ({ el, from: el.dataset['from']!, to: el.dataset['to']!, off: el.classList.contains('is-off') }));
  const dots = events.map((el) => ({
    el,
    id: el.dataset['event']!,
    first: el.dataset['first']!,
    last: el.dataset['last']!,
    category: el.dataset['category']!,
    tags: (el.dataset['tags'] ?? '').split(' '),
    // Written only when not confirmed, as the timeline's data does.
    standing: el.dataset['standing'] as EventStanding | undefined,
    place: el.closest<SVGAElement>('.place')!,
  }));
  const placeLabels = new Map(places.map((p) => [p, p.getAttribute('aria-label') ?? '']));
  const listItems = [...root.querySelectorAll<HTMLElement>('[data-place-events] li')];
  const asOf = root.querySelector<HTMLElement>('[data-map-as-of]');
  const summary = root.querySelector<HTMLElement>('[data-map-summary]');
  const eventDay = (id: string) => dots.find((d) => d.id === id)?.first;
  let listWindow = '';

  // Layers
  controls?.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.name === 'layer') root.toggleAttribute(`data-hide-${box.value}`, !box.checked);
  });

  // Applying a state: events in the window and up to the map's day are shown
  const within = (first: string, last: string) => last >= window.from && first <= window.to && first <= at;
  const inWindow = (el: HTMLElement | SVGElement) => within(el.dataset['first']!, el.dataset['last']!);
  function apply(state: ViewState): void {
    // Timed as "map-render" (a mark costs nothing), so `npm run bench:map` can check a step stays within a frame.
    const started = performance.now();
    draw(state);
    performance.measure('map-render', { start: started, end: performance.now() });
  }
  function draw(state: ViewState): void {
    window = { from: state.from ?? defaults.from, to: state.to ?? defaults.to };
    const changedDay = shownDay(state, defaults.at, eventDay);
    const dayMoved = changedDay !== at;
    at = changedDay;
    // Areas, holders' rings and the legend's areas: only what was in force that day.
    for (const t of timed) {
      const off = !(t.from <= at && at <= t.to);
      if (off !== t.off) t.el.classList.toggle('is-off', (t.off = off));
    }
    const shown = dots.filter((d) => within(d.first, d.last));
    const recent = new Set([...new Set(shown.map((d) => d.first))].sort().slice(-RECENT));
    const filtered = (d: (typeof dots)[number]) => !passesFilters(d, state);
    const counts = new Map<SVGAElement, number>();
    for (const d of dots) {
      const inside = within(d.first, d.last);
      const hidden = filtered(d);
      d.el.classList.toggle('is-outside', !inside);
      d.el.classList.toggle('is-recent', at < defaults.to && inside && recent.has(d.first));
      d.el.classList.toggle('is-filtered', hidden);
      d.el.classList.toggle('is-selected', d.id === state.event);
      if (inside && !hidden) counts.set(d.place, (counts.get(d.place) ?? 0) + 1);
    }
    // The page's list of places is its full record: it follows the date window (rarely changed), not the day.
    const key = `${window.from}/${window.to}`;
    if (key !== listWindow) {
      listWindow = key;
      for (const li of listItems) li.hidden = !(li.dataset['last']! >= window.from && li.dataset['first']! <= window.to);
    }
    if (asOf) asOf.textContent = fill(text.asOf, day(at));
    if (summary && dayMoved) {
      const inForce = timed.filter((t) => !t.off && t.el.dataset['label'] !== undefined).map((t) => t.el.dataset['label']!);
      const events = new Set(shown.map((d) => d.id)).size;
      summary.textContent =
        inForce.length > 0 ? fillCount(text.summary.areas, events, day(at), inForce.join(text.areaSeparator)) : fillCount(text.summary.none, events, day(at));
    }
    const hash = /^#place-(.+)$/.exec(location.hash)?.[1];
    const selected = state.place ?? (hash && !state.event ? hash : undefined);
    const withEvent = state.event === undefined ? undefined : new Set(dots.filter((d) => d.id === state.event).map((d) => d.place));
    for (const place of places) {
      place.classList.toggle('is-selected', place.dataset['place'] === selected || (withEvent?.has(place) ?? false));
      const count = counts.get(place) ?? 0;
      const label = fillCount(text.placeLabel, count, place.dataset['name'] ?? '', place.dataset['kind'] ?? '');
      if (placeLabels.get(place) !== label) {
        placeLabels.set(place, label);
        place.setAttribute('aria-label', label);
      }
    }
    showPanel(places.find((p) => p.dataset['place'] === selected));
  }

  function showPanel(place: SVGAElement | undefined): void {
    panel.replaceChildren();
    panel.hidden = !place;
    if (!place) return;
    const id = place.dataset['place']!;
    const items = [...document.querySelectorAll<HTMLElement>(`[data-place-events="${id}"] li`)].filter((li, i, all) => inWindow(li) && all.findIndex((o) => o.dataset['event'] === li.dataset['event']) === i);
    const title = document.createElement('p');
    title.className = 'map-panel-title';
    title.append(Object.assign(document.createElement('strong'), { textContent: place.dataset['name'] }), ` · ${fillCount(text.placeEvents, items.length, day(window.from), day(at < window.to ? at : window.to))}`);
    const list = document.createElement('ul');
    for (const li of items) {
      const copy = li.cloneNode(true) as HTMLElement;
      copy.hidden = false;
      list.append(copy);
    }
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: text.close });
    close.addEventListener('click', () => publish((s) => delete s.place));
    panel.append(title, ...(items.length > 0 ? [list] : []), close);
  }

  // Selecting places, moving between them with the arrow keys. One tab stop for them all:
  // the selected place, else the first capital, else the first place.
  let current = places.find((p) => p.classList.contains('is-selected')) ?? places.find((p) => p.classList.contains('place-capital')) ?? places[0];
  const rove = (target: SVGAElement | undefined, focus: boolean) => {
    if (!target) return;
    for (const p of places) p.setAttribute('tabindex', p === target ? '0' : '-1');
    current = target;
    if (focus) target.focus();
  };
  rove(current, false);
  let dragged = false;
  for (const place of places) {
    place.addEventListener('click', (e) => {
      e.preventDefault();
      // A drag that ended over a place is not a click on it.
      if (dragged) return;
      rove(place, false);
      publish((s) => {
        s.place = place.dataset['place']!;
        delete s.event;
      });
      // On a phone the panel is under the map, often below the screen, so a tap would seem to do nothing:
      // bring the panel's start into view, leaving as much of the map on screen as fits.
      if (!panel.hidden && panel.getBoundingClientRect().top > innerHeight - 64) {
        panel.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      }
    });
    place.addEventListener('focus', () => {
      rove(place, false);
      // Pan instantly if the place is off screen, so the tooltip is placed where the marker ends up.
      const next = keepInView(view, ...position(place), bounds);
      if (next !== view) setView(next, false);
      showTooltip(place, place);
    });
    place.addEventListener('blur', hideTooltip);
    place.addEventListener('pointerleave', hideTooltip);
    place.addEventListener('pointerover', (e) => showTooltip(place, e.target as Element));
  }
  svg.addEventListener('keydown', (e) => {
    const from = current;
    if (!from) return;
    if (e.key === 'Escape') {
      hideTooltip();
      if (readViewState(location.search).place) publish((s) => delete s.place);
      return;
    }
    if (e.key === ' ') {
      e.preventDefault();
      from.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      return;
    }
    const index = nearestInDirection(places.map(position), places.indexOf(from), e.key);
    const next = e.key === 'Home' ? places[0] : e.key === 'End' ? places.at(-1) : index === undefined ? undefined : places[index];
    if (next === undefined && !e.key.startsWith('Arrow')) return;
    e.preventDefault();
    rove(next ?? from, true);
  });

  // Tooltips: the place, or the event under the pointer
  function showTooltip(place: SVGAElement, target: Element): void {
    const eventId = target instanceof SVGElement ? target.dataset['event'] : undefined;
    const item = eventId ? document.querySelector<HTMLElement>(`[data-place-events] li[data-event="${eventId}"]`) : null;
    tooltip.textContent = item?.textContent?.trim() ?? place.getAttribute('aria-label');
    tooltip.hidden = false;
    const frame = tooltip.parentElement!.getBoundingClientRect();
    const box = (target as SVGGraphicsElement).getBoundingClientRect();
    const left = Math.min(Math.max(box.left + box.width / 2 - frame.left - tooltip.offsetWidth / 2, 4), frame.width - tooltip.offsetWidth - 4);
    const below = box.top - frame.top < tooltip.offsetHeight + 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${below ? box.bottom - frame.top + 6 : box.top - frame.top - tooltip.offsetHeight - 6}px`;
  }
  function hideTooltip(): void {
    tooltip.hidden = true;
  }

  // Zoom and pan
  const bounds = { width, height, maxZoom: MAX_ZOOM };
  const setView = (next: View, animate: boolean) => {
    view = clampView(next, bounds);
    root.classList.toggle('is-animated', animate);
    root.classList.toggle('is-zoomed', view.k > 1);
    zoomGroup.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
    root.style.setProperty('--zoom-k', String(view.k));
    hideTooltip();
  };
  const zoomAt = (factor: number, px: number, py: number, animate: boolean) => setView(zoomAround(view, factor, px, py, bounds), animate);
  const toSvg = (e: { clientX: number; clientY: number }) => {
    const box = svg.getBoundingClientRect();
    return [((e.clientX - box.left) * width) / box.width, ((e.clientY - box.top) * height) / box.height] as const;
  };
  controls?.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-map-action]')?.dataset['mapAction'];
    if (action === 'zoom-in') zoomAt(1.6, width / 2, height / 2, true);
    else if (action === 'zoom-out') zoomAt(1 / 1.6, width / 2, height / 2, true);
    else if (action === 'zoom-reset') setView({ k: 1, x: 0, y: 0 }, true);
  });
  svg.addEventListener('dblclick', (e) => {
    e.preventDefault();
    zoomAt(e.shiftKey ? 1 / 2 : 2, ...toSvg(e), true);
  });
  svg.addEventListener('wheel', (e) => {
    // Only with Ctrl or ⌘, so the page still scrolls past the map.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    zoomAt(Math.exp(-e.deltaY / 300), ...toSvg(e), false);
  }, { passive: false });
  let drag: { id: number; x: number; y: number; vx: number; vy: number; moved: boolean } | undefined;
  svg.addEventListener('pointerdown', (e) => {
    dragged = false;
    if (view.k === 1 || e.button !== 0) return;
    const [x, y] = toSvg(e);
    drag = { id: e.pointerId, x, y, vx: view.x, vy: view.y, moved: false };
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const [x, y] = toSvg(e);
    if (!drag.moved && Math.hypot(x - drag.x, y - drag.y) < 3) return;
    if (!drag.moved) svg.setPointerCapture(e.pointerId);
    drag.moved = dragged = true;
    root.classList.add('is-dragging');
    setView({ k: view.k, x: drag.vx + x - drag.x, y: drag.vy + y - drag.y }, false);
  });
  const endDrag = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    drag = undefined;
    root.classList.remove('is-dragging');
  };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);

  // Escape dismisses a tooltip wherever the focus is (WCAG 1.4.13).
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hideTooltip());
  apply(readViewState(location.search));
  addEventListener('popstate', () => apply(readViewState(location.search)));
  document.addEventListener(CHANGE, (e) => apply((e as CustomEvent<ViewState>).detail));
}
