/**
 * The open-data view of the events: every event with its places and its
 * sources (metadata and quoted words), in time order, as plain JSON.
 */
import { partialDate } from './dates.ts';
import { quoteAnchorId } from './quotes.ts';
import { byId, explainersAbout, sortEvents } from './story-index.ts';
import type { Story } from './story-types.ts';
import { paths, withBase } from './urls.ts';

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
      importance: data.importance,
      tags: data.tags,
      systems: data.systems,
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
