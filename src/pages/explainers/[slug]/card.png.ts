/** An explainer's social card (og:image), drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { explainerCard } from '../../../model/card-content.ts';
import { cardPng } from '../../../render/card-image.ts';
import { getStory } from '../../../data/story.ts';

export const getStaticPaths = (async () => {
  const story = await getStory();
  return story.explainers.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const story = await getStory();
  const png = await cardPng(explainerCard(story, props['entry']));
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
