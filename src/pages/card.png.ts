/** The site's social card (og:image) for every page without its own, drawn at build time. */
import type { APIRoute } from 'astro';
import { siteCard } from '../model/card-content.ts';
import { cardPng } from '../render/card-image.ts';
import { getStory } from '../data/story.ts';

export const GET: APIRoute = async () => new Response(await cardPng(siteCard(await getStory())), { headers: { 'Content-Type': 'image/png' } });
