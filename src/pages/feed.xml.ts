/** `/feed.xml`: the Atom feed of explainers and corrections. */
import type { APIRoute } from 'astro';
import { base } from 'astro:config/client';
import { getStory } from '../data/story.ts';
import { atomFeed } from '../render/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await getStory(), base, site?.href), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
