/** The validated content of one story, as the checks and the pages see it. */
import type { CorrectionData } from '../schemas/correction.ts';
import type { EventData } from '../schemas/event.ts';
import type { ExplainerData } from '../schemas/explainer.ts';
import type { PlaceData } from '../schemas/place.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { SourceData } from '../schemas/source.ts';
import type { SystemData } from '../schemas/system.ts';
import type { TermData } from '../schemas/term.ts';

export interface Entry<T> {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the content folder, e.g. "events/kyiv.yaml". */
  file: string;
  data: T;
  /** Stored text for sources, MDX for explainers, empty otherwise. */
  body: string;
  /** Line of the file on which the body starts (known when read by the content check). */
  bodyLine?: number;
}

export interface Story {
  site: SiteSettings;
  sources: Entry<SourceData>[];
  events: Entry<EventData>[];
  places: Entry<PlaceData>[];
  systems: Entry<SystemData>[];
  glossary: Entry<TermData>[];
  explainers: Entry<ExplainerData>[];
  corrections: Entry<CorrectionData>[];
}
