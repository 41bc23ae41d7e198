/** Internal links with the configured base path; see `withBase`. */
import { base } from 'astro:config/client';
import { withBase } from '../lib/urls.ts';

export function href(path: string): string {
  return withBase(base, path);
}
