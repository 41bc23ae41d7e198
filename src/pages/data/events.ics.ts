/** `/data/events.ics`: every event as an all-day calendar entry. */
import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { getStory } from '../../data/story.ts';
import { eventsIcs } from '../../render/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsIcs(await getStory(), base, site?.href), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
