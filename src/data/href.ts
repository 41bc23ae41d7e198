/** Internal links with the configured base path; see `withBase`. */
import { base } from 'astro:config/client';
import { withBase } from '../shared/urls.ts';

export function href(path: string): string {
  return withBase(base, path);
}

/** An absolute URL when the site's address (SITE_URL) is known, for links that leave the site: feeds, previews. */
export function absoluteHref(path: string, site: URL | undefined): string {
  return site ? new URL(href(path), site).href : href(path);
}
