/** `/data/events.json`: every event with its sources, as open data. */
import type { APIRoute } from 'astro';
import { getStory } from '../../data/story.ts';
import { eventsDocument } from '../../render/open-data.ts';
import { base } from 'astro:config/client';

export const GET: APIRoute = async () => {
  const document = eventsDocument(await getStory(), base);
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
