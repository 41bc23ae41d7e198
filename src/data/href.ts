/** Internal links with the configured base path; see `withBase`. */
import { withBase } from '../lib/urls.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
