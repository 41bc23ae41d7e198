/**
 * Corrections: `content/corrections/<id>.yaml`, one per correction made
 * after publication. Listed on /about/, on the page they affect, and in the
 * Atom feed, so readers can see what changed since they last read.
 */
import { z } from 'astro/zod';
import { dayDate, text } from './common.ts';

export const CORRECTABLE = ['explainers', 'events', 'sources', 'places', 'systems', 'glossary'] as const;

export const correctionSchema = z.strictObject({
  /** The day the correction was made, YYYY-MM-DD. */
  date: dayDate,
  /** What was corrected, as "<folder>/<id>": "events/2024-09-10-blinken-lammy-london-briefing". */
  target: z.string().regex(new RegExp(`^(${CORRECTABLE.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`), {
    error: `must be "<folder>/<id>", with the folder one of ${CORRECTABLE.join(', ')}`,
  }),
  /** What changed, in a sentence: "The summary said 11 September; the briefing was on 10 September." */
  change: text,
  /** Why: what showed the error, ideally naming the source. */
  reason: text,
});

export type CorrectionData = z.infer<typeof correctionSchema>;
