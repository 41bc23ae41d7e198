/** `/data/events.csv`: every event with its sources, for spreadsheets. */
import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { getStory } from '../../data/story.ts';
import { eventsCsv } from '../../render/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(eventsCsv(await getStory(), base), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
