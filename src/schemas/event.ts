/** Events: `content/events/<id>.yaml`, one dated thing that happened. */
import { z } from 'astro/zod';
import { citation, formerIds, idRef, partialDate, text } from './common.ts';

import { EVENT_STANDINGS } from '../shared/standing.ts';

export { EVENT_STANDINGS, type EventStanding } from '../shared/standing.ts';

export const eventSchema = z.strictObject({
  title: text.describe('A short headline in the past tense, e.g. "Council votes to rebuild the bridge".'),
  date: partialDate.describe("When it happened, as precisely as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD, inside the story's coverage."),
  end: partialDate.optional().describe('The last day of a span (a siege, an offensive); leave it out for a single date.'),
  summary: text.describe('Two or three sentences in our own words; every claim must be supported by the sources below. Attribute contested claims ("X said…").'),
  standing: z
    .enum(EVENT_STANDINGS)
    .describe(
      'How it stands: "confirmed" (on the record, or reported by two independent outlets), "reported" (unnamed officials, or one outlet only) ' +
        'or "claimed" (by a party to the events; say who in claimedBy). Say "reported" when unsure: never overstate.',
    ),
  claimedBy: text.optional().describe('For a claimed event: who claims it, as readers should see it, e.g. "The river authority".'),
  category: idRef.describe('The kind of event: the id of one of the categories in site.yaml.'),
  places: z.array(idRef).default([]).describe('Ids of the places in places/ where it happened, e.g. [riverton, northgate]. Leave [] if none.'),
  people: z.array(idRef).default([]).describe('Ids of the people in people/ it concerns, e.g. [ada-lovell]. Leave [] if none.'),
  control: z
    .array(
      z.strictObject({
        place: idRef.describe('The place that changed hands: an id in places/.'),
        from: idRef.optional().describe('Who held it before: a holder id from site.yaml, if a source says.'),
        to: idRef.describe('Who held it after: a holder id from site.yaml.'),
      }),
    )
    .default([])
    .describe('Places that changed hands in this event, as its sources tell it; drawn on the map as its standing allows (a claim as a claim).'),
  systems: z.array(idRef).default([]).describe('Ids of the weapons or platforms in systems/ it concerns, e.g. [kestrel]. Leave [] if none.'),
  sources: z
    .array(citation)
    .min(1, { error: 'needs at least one source: every event cites where it comes from' })
    .describe('At least one source, one of them an original report or an official record; add a quote where the wording matters.'),
  tags: z.array(idRef).default([]).describe("Free keywords for the timeline's filters, written like ids, e.g. [flood-defences]. Leave [] if none."),
  importance: z
    .literal([1, 2, 3])
    .default(2)
    .describe('How much it matters: 1 background, 2 notable (the default), 3 key date (shown on the home page).'),
  formerIds,
});

export type EventData = z.infer<typeof eventSchema>;
