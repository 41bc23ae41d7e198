/**
 * Field types shared by several content kinds. Each one explains itself when
 * it fails, so the content check can tell a maintainer exactly what to write.
 *
 * Every field of every schema carries its documentation as `.describe()`:
 * written once, it is read by `npm run new` (the comment above each field of
 * a new file) and by the check's hints, and shown when an editor hovers the
 * field name here.
 */
import { z } from 'astro/zod';
import { parsePartialDate } from '../shared/dates.ts';
import { curlyQuotes } from '../shared/quote-marks.ts';

import { ID_PATTERN } from '../shared/ids.ts';

export { ID_PATTERN };

/** A reference to another entry by its id (its file name without extension). */
export const idRef = z.string().regex(ID_PATTERN, {
  error: 'must be an id: lower-case letters, digits and single hyphens, like "riverton" or "flood-barrier"',
});

/**
 * YAML and frontmatter parsers hand over a day as a Date and a bare year (`from: 2018`) as a number;
 * dates here are ISO text, so both are turned back into the text that was written.
 */
const dateText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999
      ? String(value)
      : value;

const DATE_FIX = 'write a date that exists, as YYYY-MM-DD, YYYY-MM or YYYY (quotes are optional).';
const DAY_FIX = 'write a day that exists, as YYYY-MM-DD.';

/**
 * Ids an entry had before its file was renamed. The old address of its page keeps working and sends
 * readers on (src/pages/[...moved].astro), so links already shared do not break.
 */
export const formerIds = z
  .array(idRef)
  .min(1, { error: 'is empty: list the old ids, or leave the field out' })
  .optional()
  .describe('Ids this entry had before its file was renamed, e.g. [2020-03-01-bridge-vote]; each old address then sends readers here.');

/** A date as precise as the record allows: "2022", "2022-03" or "2022-03-14". */
export const partialDate = z.preprocess(
  dateText,
  z.string().check((ctx) => {
    const parsed = parsePartialDate(ctx.value);
    if ('error' in parsed) ctx.issues.push({ code: 'custom', message: parsed.error, input: ctx.value, params: { fix: DATE_FIX } });
  }),
);

/** A day: "2024-09-10". */
export const dayDate = z.preprocess(
  dateText,
  z.string().check((ctx) => {
    const parsed = parsePartialDate(ctx.value);
    if ('error' in parsed) ctx.issues.push({ code: 'custom', message: parsed.error, input: ctx.value, params: { fix: DAY_FIX } });
    else if (parsed.precision !== 'day') {
      ctx.issues.push({ code: 'custom', message: `"${ctx.value}" must be a full day`, input: ctx.value, params: { fix: DAY_FIX } });
    }
  }),
);

/** A country, as its two-letter ISO 3166-1 code in capitals: "FR". */
export const countryCode = z.string().check((ctx) => {
  if (!/^[A-Z]{2}$/.test(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      message: `"${ctx.value}" is not a two-letter country code`,
      input: ctx.value,
      params: { fix: 'write the country\'s ISO 3166-1 code: two capital letters, e.g. FR for France or KE for Kenya.' },
    });
  }
});

/** A web address. Only http and https: no javascript:, data: or file: links reach readers. */
export const httpUrl = z.string().meta({ webAddress: true }).check((ctx) => {
  let ok = false;
  try {
    const url = new URL(ctx.value);
    ok = url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    ok = false;
  }
  if (!ok) {
    ctx.issues.push({
      code: 'custom',
      message: `"${ctx.value}" is not an http(s) URL`,
      input: ctx.value,
      params: { fix: 'give the full address starting with https:// (or http://), or leave the field out.' },
    });
  }
});

/**
 * Text shown to readers: at least one visible character. Marked as free text, a mark that fields
 * made from it keep, so tests can find every field a reader sees (test/support/payload-story.ts).
 */
/**
 * Words written in a content file. Straight quote marks become curly ones (src/shared/quote-marks.ts),
 * as Markdown's smartypants makes them in the explainers' prose, so every text reads with the same marks;
 * a quoted passage is still checked word for word, since the check ignores the kind of quote mark.
 */
export const text = z.string().trim().min(1, { error: 'must not be empty' }).transform(curlyQuotes).meta({ freeText: true });

/** A claim's support: which source, and optionally the exact words relied on. */
export const citation = z.strictObject({
  source: idRef.describe('The id of the source: its file name in sources/, without ".md".'),
  quote: text
    .optional()
    .describe("Words copied exactly from the source's stored text, where the wording matters; checked by `npm run check` and by every build."),
  speaker: idRef
    .optional()
    .describe("When the quoted words are a person's own: their id in people/. The quote is then listed on their page."),
  note: text.optional().describe('What the source adds or how it relates to the claim, shown beside the citation.'),
  anticipated: z
    .boolean()
    .optional()
    .describe(
      'true only when the source was published before the event and announced it in advance ("will visit Riverton this week"). ' +
        'Required whenever every cited source predates the event, so a forecast is never passed off as a report.',
    ),
});

export type Citation = z.infer<typeof citation>;
