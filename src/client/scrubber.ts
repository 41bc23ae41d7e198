/**
 * Brings each date scrubber ([data-scrubber]) to life: the slider, its keys,
 * the step and play buttons. It sets the day the page's graphics show (`at`
 * in the URL, through src/shared/view-state.ts) and follows that day when
 * something else changes it (the timeline selecting an event, Back and
 * Forward). Dragging writes one history entry, not one per day crossed.
 */
import { formatPartialDate } from '../shared/dates.ts';
import { percent } from '../shared/svg-tree.ts';
import { dayAt, dayFraction, dayIndex, nextStop, shownDay, stepFor } from '../shared/scrubber.ts';
import { readViewState, writeViewState, type ViewState } from '../shared/view-state.ts';

const CHANGE = 'view-state-change';
const PLAY_MS = 1100;

export function enhanceScrubbers(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-scrubber]:not([data-enhanced])')) enhance(root);
}

/** The first day of an event, read from the map's dots (the only place the page lists event days). */
const eventDay = (id: string) => document.querySelector<SVGElement>(`[data-event="${CSS.escape(id)}"][data-first]`)?.dataset['first'];

function enhance(root: HTMLElement): void {
  root.dataset['enhanced'] = '';
  const from = root.dataset['from']!;
  const to = root.dataset['to']!;
  const fallback = root.dataset['at']!;
  const stopDays = (root.dataset['stops'] ?? '').split(' ').filter(Boolean);
  const input = root.querySelector<HTMLInputElement>('[data-scrubber-input]')!;
  const output = root.querySelector<HTMLOutputElement>('[data-scrubber-day]')!;
  const done = root.querySelector<SVGRectElement>('[data-scrubber-done]')!;
  const now = root.querySelector<SVGLineElement>('[data-scrubber-now]')!;
  const play = root.querySelector<HTMLButtonElement>('[data-scrubber-play]')!;
  const playLabel = root.querySelector<HTMLElement>('[data-scrubber-play-label]')!;
  let at = fallback;

  const show = (day: string) => {
    at = day;
    const text = formatPartialDate(day, document.documentElement.lang);
    const x = percent(dayFraction(from, to, day));
    input.value = String(dayIndex(from, day));
    input.setAttribute('aria-valuetext', text);
    output.textContent = text;
    done.setAttribute('width', x);
    now.setAttribute('x1', x);
    now.setAttribute('x2', x);
  };
  const publish = (day: string, push: boolean) => {
    const state = readViewState(location.search);
    state.at = day;
    const url = location.pathname + writeViewState(state) + location.hash;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    show(day);
    document.dispatchEvent(new CustomEvent<ViewState>(CHANGE, { detail: state }));
  };

  // Dragging: the first move of a drag makes a history entry, the rest update it.
  let dragging = false;
  input.addEventListener('input', () => {
    publish(dayAt(from, Number(input.value)), !dragging);
    dragging = true;
  });
  input.addEventListener('change', () => {
    dragging = false;
  });
  input.addEventListener('keydown', (e) => {
    const day = stepFor(e.key, at, stopDays, from, to);
    if (day === undefined) return;
    e.preventDefault();
    stop();
    if (day !== at) publish(day, true);
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-scrubber-step]')) {
    button.addEventListener('click', () => {
      stop();
      const day = stepFor(button.dataset['scrubberStep'] === 'back' ? 'ArrowLeft' : 'ArrowRight', at, stopDays, from, to);
      if (day !== undefined && day !== at) publish(day, true);
    });
  }

  // Play: one day with events after another, then stop at the end.
  let timer: ReturnType<typeof setInterval> | undefined;
  const setPlaying = (playing: boolean) => {
    play.setAttribute('aria-pressed', String(playing));
    // The words are the button's own (Scrubber.astro), so the script ships none.
    playLabel.textContent = (playing ? play.dataset['pause'] : play.dataset['play']) ?? '';
  };
  function stop() {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
    setPlaying(false);
  }
  const advance = () => {
    const day = nextStop(at, stopDays, to);
    if (day === undefined) return stop();
    publish(day, false);
    if (day >= to) stop();
  };
  play.addEventListener('click', () => {
    if (timer !== undefined) return stop();
    // From the end, play starts again at the beginning, in one history entry for the whole run.
    publish(at >= to ? from : at, true);
    setPlaying(true);
    timer = setInterval(advance, PLAY_MS);
  });

  const follow = (state: ViewState) => show(shownDay(state, fallback, eventDay));
  document.addEventListener(CHANGE, (e) => follow((e as CustomEvent<ViewState>).detail));
  addEventListener('popstate', () => {
    stop();
    follow(readViewState(location.search));
  });
  follow(readViewState(location.search));
}
