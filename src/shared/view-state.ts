/**
 * The shareable state of the timeline and the map, kept in the URL query so
 * any view can be linked, restored, and stepped through with Back/Forward:
 * `?event=<id>&place=<id>&at=YYYY-MM-DD&from=YYYY-MM-DD&to=YYYY-MM-DD&category=a,b&tag=x&standing=reported,claimed`.
 * `at` is the day the story is shown as of: the map draws what stood then,
 * and the timeline marks it.
 * Both graphics read and write it through these two functions, so a map and
 * a timeline on one page stay in step. Unknown or malformed values are
 * dropped rather than trusted.
 */
import { parsePartialDate } from './dates.ts';
import { ID_PATTERN } from './ids.ts';
import { EVENT_STANDINGS, isEventStanding, standingOf, type EventStanding } from './standing.ts';

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
  /** How the events shown stand (confirmed, reported, claimed); empty means all. */
  standings: EventStanding[];
}

const isId = (value: string) => ID_PATTERN.test(value);
const isDay = (value: string) => {
  const parsed = parsePartialDate(value);
  return !('error' in parsed) && parsed.precision === 'day';
};
const list = (value: string | null) => [...new Set((value ?? '').split(',').filter(isId))].sort();
/** In the standings' own order (confirmed, reported, claimed), as the filter boxes list them. */
const standings = (value: string | null) => [...new Set((value ?? '').split(',').filter(isEventStanding))].sort((a, b) => rank(a) - rank(b));
const rank = (standing: EventStanding) => EVENT_STANDINGS.indexOf(standing);

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { categories: list(params.get('category')), tags: list(params.get('tag')), standings: standings(params.get('standing')) };
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
  if (state.standings.length > 0) params.set('standing', [...state.standings].sort((a, b) => rank(a) - rank(b)).join(','));
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}

/** A view's filters: each empty list lets everything through (all categories, any tag, any standing). */
export type ViewFilters = Pick<ViewState, 'categories' | 'tags' | 'standings'>;

/** What the filters look at in an event; `standing` is left out when confirmed, as the pages' data writes it. */
export interface Filterable {
  category: string;
  tags: readonly string[];
  standing?: EventStanding | undefined;
}

/**
 * True when the event passes the filters: its category among the categories, one of its tags among the tags,
 * its standing among the standings. `except` leaves one filter out, as a filter box's own count needs. The one
 * test the timeline, its filter boxes and the map all apply.
 */
export function passesFilters(event: Filterable, filters: ViewFilters, except?: keyof ViewFilters): boolean {
  const passes = (key: keyof ViewFilters, values: readonly string[]) => {
    const chosen: readonly string[] = filters[key];
    return key === except || chosen.length === 0 || values.some((value) => chosen.includes(value));
  };
  return passes('categories', [event.category]) && passes('tags', event.tags) && passes('standings', [standingOf(event)]);
}
