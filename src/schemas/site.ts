/** Site settings: `content/site.yaml`, one per story. */
import { z } from 'astro/zod';
import { dayDate, idRef, text } from './common.ts';

export const categorySchema = z.strictObject({
  /** Id used by events' `category` field, e.g. "military". */
  id: idRef,
  /** Name shown to readers, e.g. "Military developments". */
  label: text,
  /** Colour of the category's marks, as #rrggbb; pick one readable on white and on near-black. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written #rrggbb, like "#1f6feb"' }),
});

export const eraSchema = z.strictObject({
  /** Id of the period, e.g. "invasion". */
  id: idRef,
  /** Name shown to readers, e.g. "Invasion and the battle for Kyiv". */
  label: text,
  /** First day of the period, YYYY-MM-DD. */
  start: dayDate,
  /** Last day of the period, YYYY-MM-DD. */
  end: dayDate,
});

export const siteSchema = z.strictObject({
  /** Name of the site, in the header and in every page title. */
  title: text,
  /** A short name for page titles and small screens, e.g. "Deep strikes"; defaults to the title. */
  shortTitle: text.optional(),
  /** One or two sentences on what the site explains; the home page intro and the meta description. */
  description: text,
  /** Language of the content as a BCP 47 tag, e.g. "en" or "en-GB". */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag like "en" or "en-GB"' }),
  /** The period the story covers; every event must fall inside it, and the site says it is current to `end`. */
  coverage: z.strictObject({
    /** First day covered, YYYY-MM-DD. */
    start: dayDate,
    /** Last day covered, YYYY-MM-DD: the site states what was known as of this day. */
    end: dayDate,
  }),
  /** Kinds of event, each with a label and a colour; events name one by id. */
  categories: z.array(categorySchema).min(1, { error: 'needs at least one category' }),
  /** Distances the map draws unless told otherwise: "from/to" pairs of place ids, or "border" for the nearest point of the Ukrainian–Russian border, e.g. "kyiv/moscow". */
  mapDistances: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be two ids joined by "/", like "kyiv/moscow" or "border/moscow"' }))
    .default([]),
  /** Named periods of the story, drawn as bands on the timeline and used to group the narrative. */
  eras: z.array(eraSchema).default([]),
});

export type SiteSettings = z.infer<typeof siteSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Era = z.infer<typeof eraSchema>;
