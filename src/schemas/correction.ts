/**
 * Corrections: `content/corrections/<id>.yaml`, one per correction made
 * after publication. Listed on /about/, on the page they affect, and in the
 * Atom feed, so readers can see what changed since they last read.
 */
import { z } from 'astro/zod';
import { dayDate, text } from './common.ts';

export const CORRECTABLE = ['explainers', 'events', 'sources', 'places', 'people', 'systems', 'glossary'] as const;

export const correctionSchema = z.strictObject({
  date: dayDate.describe('The day the correction was made, YYYY-MM-DD.'),
  target: z
    .string()
    .regex(new RegExp(`^(${CORRECTABLE.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`), {
      error: `must be "<folder>/<id>", with the folder one of ${CORRECTABLE.join(', ')}`,
    })
    .describe('What was corrected, as "<folder>/<id>", e.g. "events/2020-03-02-bridge-vote".'),
  change: text.describe('What changed, in a sentence: "The summary said 11 September; the briefing was on 10 September."'),
  reason: text.describe('Why: what showed the error, ideally naming the source.'),
});

export type CorrectionData = z.infer<typeof correctionSchema>;
