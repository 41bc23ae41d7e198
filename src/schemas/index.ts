/** Every content kind's schema, keyed by its folder under `content/`. */
import { correctionSchema } from './correction.ts';
import { eventSchema } from './event.ts';
import { explainerSchema } from './explainer.ts';
import { placeSchema } from './place.ts';
import { sourceSchema } from './source.ts';
import { systemSchema } from './system.ts';
import { termSchema } from './term.ts';

export { siteSchema } from './site.ts';

export const folderSchemas = {
  sources: sourceSchema,
  events: eventSchema,
  places: placeSchema,
  systems: systemSchema,
  glossary: termSchema,
  explainers: explainerSchema,
  corrections: correctionSchema,
} as const;
