/**
 * Internal links. Every link goes through `withBase`, so a site deployed
 * under a sub-path (a GitHub Pages project site, `/repo-name/`) never links
 * to the domain root.
 */

/** Joins the configured base ("/" or "/repo-name/") with a root-relative path. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** Root-relative paths of the pages readers link to; keep these stable. */
export const paths = {
  home: () => '/',
  explainers: () => '/explainers/',
  explainer: (slug: string) => `/explainers/${slug}/`,
  explainerCard: (slug: string) => `/explainers/${slug}/card.png`,
  siteCard: () => '/card.png',
  timeline: () => '/timeline/',
  event: (id: string) => `/timeline/${id}/`,
  map: () => '/map/',
  place: (id: string) => `/map/#place-${id}`,
  sources: () => '/sources/',
  source: (id: string, anchor?: string) => `/sources/${id}/${anchor ? `#${anchor}` : ''}`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${id}`,
  system: (id: string) => `/glossary/#system-${id}`,
  people: () => '/people/',
  person: (id: string) => `/people/${id}/`,
  rules: () => '/rules/',
  rule: (id: string) => `/rules/#rule-${id}`,
  search: () => '/search/',
  about: (section?: string) => `/about/${section ? `#${section}` : ''}`,
  eventsJson: () => '/data/events.json',
};
