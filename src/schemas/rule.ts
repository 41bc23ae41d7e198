/**
 * Rules: `content/rules/<id>.yaml`, one row of a status chart: something
 * whose standing changed over time (where a supplier let a weapon be used),
 * as a run of dated states, each one of the states site.yaml defines.
 */
import { z } from 'astro/zod';
import { citation, idRef, partialDate, text } from './common.ts';
import { EVENT_STANDINGS } from './event.ts';

export const ruleStepSchema = z.strictObject({
  state: idRef.describe('The state: the id of one of the ruleStates in site.yaml.'),
  from: partialDate.describe('When this state began, as precisely as the sources give it.'),
  to: partialDate.optional().describe('When it ended; leave it out when the next state follows at once, or it lasted to the end of the story.'),
  standing: z
    .enum(EVENT_STANDINGS)
    .describe('How the state stands: "confirmed" (on the record), "reported" (unnamed officials, or statements later qualified) or "claimed" (by a party; say who).'),
  claimedBy: text.optional().describe('For a claimed state: who claims it.'),
  note: text.optional().describe('One sentence a reader needs to read the state right, e.g. what it still did not allow.'),
  events: z.array(idRef).default([]).describe('Ids of the events that brought the state about, marked and linked on the chart. Leave [] if none.'),
  sources: z.array(citation).min(1, { error: 'needs at least one source: every state is cited' }).describe('Sources for the state and its dates.'),
});

export const ruleSchema = z.strictObject({
  label: text.describe('The row\'s name: "Flood barrier (river authority)".'),
  system: idRef.optional().describe('The weapon it is about: an id in systems/, if it has one.'),
  note: text.optional().describe('One sentence shown with the row.'),
  states: z
    .array(ruleStepSchema)
    .min(1, { error: 'needs at least one state' })
    .describe('The states, earliest first; they may not overlap.'),
});

export type RuleData = z.infer<typeof ruleSchema>;
export type RuleStep = z.infer<typeof ruleStepSchema>;
