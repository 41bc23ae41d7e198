/**
 * Places and events as marks: each place in the frame gets a marker sized by
 * its kind, and each event there a dot in its category's colour, set around
 * the marker clockwise from the top in time order. Events outside the date
 * window are kept but flagged, so the client can widen the window.
 */
import type { EventData, EventStanding } from '../../schemas/event.ts';
import type { PlaceData } from '../../schemas/place.ts';
import { formatDateRange, partialDate } from '../../shared/dates.ts';
import { sortEvents } from '../story-index.ts';
import type { Entry, Story } from '../../content/story.ts';
import { alpha3 } from './countries.ts';
import { project, type MapFrame } from './projection.ts';

export const MARKER_RADIUS: Record<PlaceData['kind'], number> = {
  capital: 5.5,
  city: 4.5,
  region: 5,
  'military-site': 4,
  town: 3.5,
  village: 3,
  venue: 3,
};

const DOT_RADIUS = 2.2;
const DOTS_PER_RING = 11;

export interface EventMark {
  id: string;
  title: string;
  /** "10 September 2024", "March 2022 – April 2022". */
  when: string;
  first: string;
  last: string;
  category: string;
  colour: string;
  tags: string[];
  /** How the event stands, so the URL's standing filter (src/shared/view-state.ts) applies on the map too. */
  standing: EventStanding;
  /** Offset from the place's centre, in map units. */
  dx: number;
  dy: number;
  r: number;
  inWindow: boolean;
}

export interface PlaceMark {
  id: string;
  name: string;
  kind: PlaceData['kind'];
  country: string;
  /** The country's ISO alpha-3 code, as the atlas has it. */
  country3: string | undefined;
  x: number;
  y: number;
  r: number;
  /** Radius of everything drawn for the place, events included: what labels keep clear of. */
  extent: number;
  events: EventMark[];
}

export interface DateWindow {
  from: string;
  to: string;
}

/** True when an event, at its own precision, overlaps the window. */
export function inWindow(data: Pick<EventData, 'date' | 'end'>, window: DateWindow): boolean {
  return partialDate(data.end ?? data.date).last >= window.from && partialDate(data.date).first <= window.to;
}

function eventMarks(events: Entry<EventData>[], r: number, story: Story, window: DateWindow): EventMark[] {
  return events.map((event, i) => {
    const ring = Math.floor(i / DOTS_PER_RING);
    const angle = -Math.PI / 2 + ((i % DOTS_PER_RING) * 2 * Math.PI) / DOTS_PER_RING;
    const distance = r + 3.5 + ring * 5;
    const category = story.site.categories.find((c) => c.id === event.data.category);
    return {
      id: event.id,
      title: event.data.title,
      when: formatDateRange(event.data.date, event.data.end, story.site.language),
      first: partialDate(event.data.date).first,
      last: partialDate(event.data.end ?? event.data.date).last,
      category: event.data.category,
      colour: category?.colour ?? '#777777',
      tags: [...event.data.tags].sort(),
      standing: event.data.standing,
      dx: Math.round(Math.cos(angle) * distance * 10) / 10,
      dy: Math.round(Math.sin(angle) * distance * 10) / 10,
      r: DOT_RADIUS,
      inWindow: inWindow(event.data, window),
    };
  });
}

/** Markers for the places inside the frame, and the places left outside it; both sorted by id. */
export function placeMarks(story: Story, frame: MapFrame, window: DateWindow): { marks: PlaceMark[]; outside: Entry<PlaceData>[] } {
  const marks: PlaceMark[] = [];
  const outside: Entry<PlaceData>[] = [];
  for (const place of story.places) {
    const point = project(frame, [place.data.lon, place.data.lat]);
    if (!point) {
      outside.push(place);
      continue;
    }
    const r = MARKER_RADIUS[place.data.kind];
    const events = eventMarks(sortEvents(story.events.filter((e) => e.data.places.includes(place.id))), r, story, window);
    const rings = Math.ceil(events.length / DOTS_PER_RING);
    marks.push({ id: place.id, name: place.data.name, kind: place.data.kind, country: place.data.country, country3: alpha3(place.data.country), x: point[0], y: point[1], r, extent: r + (rings > 0 ? 3.5 + (rings - 1) * 5 + DOT_RADIUS : 0), events });
  }
  return { marks, outside };
}
