/**
 * Structured data (schema.org JSON-LD) for search engines and link
 * previews: NewsArticle for explainers, Event for events. A data block, not
 * a script, so the Content-Security-Policy has nothing to allow.
 */
import type { EventData } from '../schemas/event.ts';
import type { ExplainerData } from '../schemas/explainer.ts';
import { partialDate } from '../shared/dates.ts';
import type { Entry, Story } from '../content/story.ts';
import { byId } from '../model/story-index.ts';
import { paths } from '../shared/urls.ts';

type Url = (path: string) => string;

/**
 * The explainer as a NewsArticle. Its sources are not listed (schema.org's `citation`): search engines make
 * no use of them, and on the page they are the numbered notes already; the list cost about 1 KB gzip a page.
 */
export function explainerData(story: Story, { id, data }: Entry<ExplainerData>, url: Url) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.summary,
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    inLanguage: story.site.language,
    url: url(paths.explainer(id)),
    image: url(paths.explainerCard(id)),
    publisher: { '@type': 'Organization', name: story.site.title },
  };
}

export function eventData(story: Story, { id, data }: Entry<EventData>, url: Url) {
  const places = byId(story.places);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    startDate: partialDate(data.date).iso,
    endDate: partialDate(data.end ?? data.date).iso,
    url: url(`/timeline/${id}/`),
    location: data.places.flatMap((p) => {
      const place = places.get(p);
      return place ? [{ '@type': 'Place', name: place.data.name, geo: { '@type': 'GeoCoordinates', latitude: place.data.lat, longitude: place.data.lon } }] : [];
    }),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so data can never end the element. */
export const jsonLd = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');
