/** Events: `content/events/<id>.yaml`, one dated thing that happened. */
import { z } from 'astro/zod';
import { citation, idRef, partialDate, text } from './common.ts';

export const eventSchema = z.strictObject({
  /** Short headline in the past tense, e.g. "Blinken and Lammy brief in London". */
  title: text,
  /** When it happened, as precisely as sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: partialDate,
  /** Last day of a span (a siege, an offensive); omit for a single date. */
  end: partialDate.optional(),
  /** Two or three sentences in our own words; every claim must be supported by the sources below. */
  summary: text,
  /** Id of one of the categories in `site.yaml`. */
  category: idRef,
  /** Ids of places in `places/` where it happened. */
  places: z.array(idRef).default([]),
  /** Ids of weapons or platforms in `systems/` it concerns. */
  systems: z.array(idRef).default([]),
  /** At least one source; add a verbatim quote where the wording matters. */
  sources: z.array(citation).min(1, { error: 'needs at least one source: every event cites where it comes from' }),
  /** Free keywords for filtering, e.g. "atacms" or "diplomacy". */
  tags: z.array(idRef).default([]),
  /** 1 background, 2 notable, 3 key date (shown on the home page). */
  importance: z.literal([1, 2, 3]).default(2),
});

export type EventData = z.infer<typeof eventSchema>;
