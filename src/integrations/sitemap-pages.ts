/**
 * Which built pages the sitemap lists: not the 404 page, and not a renamed
 * entry's old address, which only sends readers on (src/pages/[...moved].astro).
 * The sitemap's filter cannot wait, so it reads the story this build already
 * checked (src/content/checked-story.ts), which is finished long before.
 */
import { settledStory } from '../content/checked-story.ts';
import { contentDir } from '../content/content-dir.ts';
import { movedAddresses } from '../model/moved.ts';

export function inSitemap(page: string): boolean {
  const { pathname } = new URL(page);
  if (pathname.endsWith('/404/')) return false;
  const story = settledStory(contentDir().path)?.story;
  return !(story && movedAddresses(story).some(({ from }) => pathname.endsWith(from)));
}
