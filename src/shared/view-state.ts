/**
 * The shareable state of the timeline and the map, kept in the URL query so
 * any view can be linked, restored, and stepped through with Back/Forward:
 * `?event=<id>&place=<id>&at=YYYY-MM-DD&from=YYYY-MM-DD&to=YYYY-MM-DD&category=a,b&tag=x`.
 * `at` is the day the story is shown as of: the map draws what stood then,
 * and the timeline marks it.
 * Both graphics read and write it through these two functions, so a map and
 * a timeline on one page stay in step. Unknown or malformed values are
 * dropped rather than trusted.
 */
import { parsePartialDate } from './dates.ts';
import { ID_PATTERN } from './ids.ts';

export interface ViewState {
  /** The selected event's id. */
  event?: string | undefined;
  /** The selected place's id. */
  place?: string | undefined;
  /** The day the story is shown as of, YYYY-MM-DD. */
  at?: string | undefined;
  /** First day of the visible window, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last day of the visible window, YYYY-MM-DD. */
  to?: string | undefined;
  /** Categories shown; empty means all. */
  categories: string[];
  /** Tags shown; empty means all. */
  tags: string[];
}

const isId = (value: string) => ID_PATTERN.test(value);
const isDay = (value: string) => {
  const parsed = parsePartialDate(value);
  return !('error' in parsed) && parsed.precision === 'day';
};
const list = (value: string | null) => [...new Set((value ?? '').split(',').filter(isId))].sort();

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { categories: list(params.get('category')), tags: list(params.get('tag')) };
  const event = params.get('event');
  const place = params.get('place');
  const at = params.get('at');
  const from = params.get('from');
  const to = params.get('to');
  if (event && isId(event)) state.event = event;
  if (place && isId(place)) state.place = place;
  if (at && isDay(at)) state.at = at;
  if (from && isDay(from)) state.from = from;
  if (to && isDay(to)) state.to = to;
  if (state.from && state.to && state.to < state.from) {
    delete state.from;
    delete state.to;
  }
  return state;
}

/** The query string for a state, "" when there is nothing to say; keys in a fixed order. */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.place) params.set('place', state.place);
  if (state.at) params.set('at', state.at);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.categories.length > 0) params.set('category', [...state.categories].sort().join(','));
  if (state.tags.length > 0) params.set('tag', [...state.tags].sort().join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}
