/** The site settings' schema; every other kind's schema is in the content registry (src/content/registry.ts). */
export { siteSchema } from './site.ts';
