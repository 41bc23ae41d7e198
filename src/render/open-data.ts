/**
 * The open-data view of the events: every event with its places and its
 * sources (metadata and quoted words), in time order, as plain JSON.
 */
import { partialDate } from '../shared/dates.ts';
import { quoteAnchorId } from '../content/quotes.ts';
import { byId, eventsAt, explainersAbout, sortEvents } from '../model/story-index.ts';
import type { Story } from '../content/story.ts';
import { paths, withBase } from '../shared/urls.ts';

export function eventsDocument(story: Story, base: string) {
  const sources = byId(story.sources);
  const places = byId(story.places);
  return {
    title: story.site.title,
    coverage: story.site.coverage,
    dates: 'Dates are ISO 8601 at their own precision: YYYY, YYYY-MM or YYYY-MM-DD.',
    events: sortEvents(story.events).map(({ id, data }) => ({
      id,
      url: withBase(base, paths.event(id)),
      title: data.title,
      date: data.date,
      precision: partialDate(data.date).precision,
      end: data.end ?? null,
      summary: data.summary,
      category: data.category,
      standing: data.standing,
      claimedBy: data.claimedBy ?? null,
      importance: data.importance,
      tags: data.tags,
      systems: data.systems,
      people: data.people,
      control: data.control.map((c) => ({ place: c.place, from: c.from ?? null, to: c.to })),
      places: data.places.map((placeId) => {
        const place = places.get(placeId);
        return {
          id: placeId,
          url: withBase(base, paths.place(placeId)),
          name: place?.data.name,
          country: place?.data.country,
          lat: place?.data.lat,
          lon: place?.data.lon,
        };
      }),
      sources: data.sources.map((c) => {
        const source = sources.get(c.source);
        return {
          id: c.source,
          page: withBase(base, paths.source(c.source)),
          title: source?.data.title,
          publisher: source?.data.publisher,
          published: source?.data.published,
          standing: source?.data.standing,
          via: source?.data.via ?? null,
          url: source?.data.url ?? null,
          quote: c.quote ?? null,
          quoteUrl: c.quote ? withBase(base, paths.source(c.source, quoteAnchorId(c.quote))) : null,
          note: c.note ?? null,
          anticipated: c.anticipated ?? false,
        };
      }),
      explainers: explainersAbout(story, id).map((e) => ({ id: e.id, title: e.data.title, url: withBase(base, paths.explainer(e.id)) })),
    })),
  };
}

/**
 * RFC 4180: quote every field, doubling quotes; CRLF line ends. A cell that
 * starts like a formula (= + - @) gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of running it.
 */
export function csvRow(fields: (string | number | null | undefined)[]): string {
  return fields.map((f) => `"${String(f ?? '').replace(/^[=+\-@\t\r]/, "'$&").replace(/"/g, '""')}"`).join(',');
}

/** New columns go at the end, so a spreadsheet or script reading the columns by position keeps working. */
export const EVENTS_CSV_COLUMNS = ['id', 'url', 'date', 'precision', 'end', 'title', 'summary', 'category', 'importance', 'places', 'systems', 'tags', 'sources', 'source_urls', 'standing', 'claimed_by', 'people'];

/** `/data/events.csv`: one row per event; lists inside a cell are separated by "; ". */
export function eventsCsv(story: Story, base: string): string {
  const { events } = eventsDocument(story, base);
  const rows = events.map((e) =>
    csvRow([
      e.id, e.url, e.date, e.precision, e.end, e.title, e.summary, e.category, e.importance,
      e.places.map((p) => p.id).join('; '), e.systems.join('; '), e.tags.join('; '),
      e.sources.map((s) => s.id).join('; '), e.sources.map((s) => s.url ?? s.page).join('; '),
      e.standing, e.claimedBy, e.people.join('; '),
    ]),
  );
  return `${[csvRow(EVENTS_CSV_COLUMNS), ...rows].join('\r\n')}\r\n`;
}

/** Escapes an iCalendar TEXT value and folds lines at 75 octets, as RFC 5545 asks. */
function icsLine(name: string, value: string, escape = true): string {
  const text = escape ? value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n') : value;
  const bytes = new TextEncoder().encode(`${name}:${text}`);
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(bytes.length, start + (parts.length === 0 ? 75 : 74));
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--; // never split a UTF-8 character
    parts.push(decoder.decode(bytes.slice(start, end)));
    start = end;
  }
  return parts.join('\r\n ');
}

const icsDate = (day: string) => day.replace(/-/g, '');

/**
 * `/data/events.ics`: the events as all-day calendar entries. A date known
 * only to the month or year spans that whole period and says so. DTSTAMP is
 * the story's coverage end, so the file is the same on every build.
 */
export function eventsIcs(story: Story, base: string, site: string | undefined): string {
  const { events } = eventsDocument(story, base);
  const host = site ? new URL(site).host : 'explainer.invalid';
  const stamp = `${icsDate(story.site.coverage.end)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Explainer site generator//EN', 'CALSCALE:GREGORIAN', icsLine('X-WR-CALNAME', story.site.title)];
  for (const e of events) {
    const first = partialDate(e.date).first;
    const last = partialDate(e.end ?? e.date).last;
    const next = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)) - 1, Number(last.slice(8, 10)) + 1)).toISOString().slice(0, 10);
    const precision = e.precision === 'day' ? '' : ` (date known to the ${e.precision})`;
    lines.push(
      'BEGIN:VEVENT',
      icsLine('UID', `${e.id}@${host}`),
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(first)}`,
      `DTEND;VALUE=DATE:${icsDate(next)}`,
      icsLine('SUMMARY', `${e.title}${precision}`),
      icsLine('DESCRIPTION', `${e.summary}\n\nSources: ${e.sources.map((s) => `${s.publisher ?? s.id} ${s.url ?? ''}`.trim()).join('; ')}`),
      ...(site ? [icsLine('URL', new URL(e.url, site).href, false)] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

/** `/data/places.geojson`: every place as a point, with its other names and the events there, each with its sources. */
export function placesGeoJson(story: Story, base: string) {
  const sources = byId(story.sources);
  return {
    type: 'FeatureCollection',
    features: [...story.places]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ id, data }) => ({
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [data.lon, data.lat] },
        properties: {
          name: data.name,
          aliases: data.aliases,
          kind: data.kind,
          country: data.country,
          url: withBase(base, paths.place(id)),
          events: eventsAt(story, id).map((e) => ({
            id: e.id,
            date: e.data.date,
            title: e.data.title,
            url: withBase(base, paths.event(e.id)),
            // As in events.json: our page for the source, and the original's address when there is one. Once each.
            sources: [...new Set(e.data.sources.map((c) => c.source))].map((id) => ({ id, page: withBase(base, paths.source(id)), url: sources.get(id)?.data.url ?? null })),
          })),
        },
      })),
  };
}
