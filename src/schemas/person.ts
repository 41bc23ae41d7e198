/**
 * People: `content/people/<id>.yaml`, someone the story quotes or names, with
 * the spellings sources use and the posts they held, each post sourced.
 * Events name people by id (`people:`), and quotations say whose words they
 * are (`speaker:` on a citation, `person` on an MDX `<Quote>`).
 */
import { z } from 'astro/zod';
import { citation, formerIds, partialDate, text } from './common.ts';

export const roleSchema = z.strictObject({
  title: text.describe('The post, as our text names it: "US Secretary of State".'),
  from: partialDate.optional().describe('When they took it up, as precisely as a source gives it; leave it out if no source does.'),
  to: partialDate.optional().describe('When they left it; leave it out if they still held it at the end of the story, or no source says.'),
  sources: z
    .array(citation)
    .min(1, { error: 'needs at least one source: every post a person held is sourced' })
    .describe('Sources for the post and its dates, each with the words that state them.'),
});

export const personSchema = z.strictObject({
  name: text.describe('The name as our text writes it: "Ada Lovell".'),
  aliases: z
    .array(text)
    .default([])
    .describe('Other spellings sources use, so each finds the person: [A. Lovell, Ada Lovel]. Leave [] if none.'),
  roles: z.array(roleSchema).min(1, { error: 'needs at least one post, with its source' }).describe('The posts they held that matter to the story.'),
  note: text.optional().describe('One neutral sentence on why they matter to the story, if helpful.'),
  formerIds,
});

export type PersonData = z.infer<typeof personSchema>;
export type Role = z.infer<typeof roleSchema>;
