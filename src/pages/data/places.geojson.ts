/** `/data/places.geojson`: every place as a GeoJSON point with the events there. */
import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { getStory } from '../../data/story.ts';
import { placesGeoJson } from '../../render/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(placesGeoJson(await getStory(), base), null, 2)}\n`, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
