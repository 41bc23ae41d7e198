/** Site settings: `content/site.yaml`, one per story. */
import { z } from 'astro/zod';
import { citation, countryCode, dayDate, httpUrl, idRef, partialDate, text } from './common.ts';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written #rrggbb, like "#1f6feb"' });
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const isLocale = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};
const lon = z.number().min(-180, { error: 'must be between -180 and 180' }).max(180, { error: 'must be between -180 and 180' });
const lat = z.number().min(-90, { error: 'must be between -90 and 90' }).max(90, { error: 'must be between -90 and 90' });

/** A box of longitude and latitude: [west, south, east, north]. */
export const geoBox = z
  .tuple([lon, lat, lon, lat])
  .check((ctx) => {
    const [west, south, east, north] = ctx.value;
    if (west >= east || south >= north) {
      ctx.issues.push({ code: 'custom', message: 'must run west to east and south to north', input: ctx.value, params: { fix: 'write [west, south, east, north] in degrees, e.g. [-5, 42, 8.5, 51.5].' } });
    }
  })
  .describe('A box of longitude and latitude, [west, south, east, north] in degrees, east and north positive.');

export const categorySchema = z.strictObject({
  id: idRef.describe('The id events use in their category field, e.g. "politics".'),
  label: text.describe('The name readers see, e.g. "Local politics".'),
  colour: colour.describe('The colour of its marks, #rrggbb; pick one readable on white and on near-black.'),
});

export const eraSchema = z.strictObject({
  id: idRef.describe('The id of the period, e.g. "invasion".'),
  label: text.describe('The name readers see, e.g. "The spring floods".'),
  start: dayDate.describe('The first day of the period, YYYY-MM-DD.'),
  end: dayDate.describe('The last day of the period, YYYY-MM-DD.'),
});

export const holderSchema = z.strictObject({
  id: idRef.describe('The id events use when a place changes hands, e.g. "council".'),
  label: text.describe('The name readers see: "The council".'),
  colour: colour.describe('The colour of the places it holds on the map, #rrggbb.'),
});

export const ruleStateSchema = z.strictObject({
  id: idRef.describe('The id rules use for this state, e.g. "open-to-lorries".'),
  label: text.describe('The name readers see: "Open to lorries".'),
  colour: colour.describe('Its colour in the status chart, #rrggbb.'),
  description: text.optional().describe('One sentence on what the state allows, shown in the chart\'s legend.'),
});

export const afterNoteSchema = z.strictObject({
  date: partialDate.describe('When it happened, after the coverage ends: YYYY, YYYY-MM or YYYY-MM-DD.'),
  text: text.describe('One or two sentences in our own words.'),
  sources: z.array(citation).min(1, { error: 'needs at least one source' }).describe('Its sources, at least one an original report or an official record.'),
});

export const mapFrameSchema = z.strictObject({
  id: idRef.describe('The name a <Map extent="…"> uses, e.g. "border".'),
  label: text.describe('What the frame shows, to follow "Map of": "the river crossing".'),
  box: geoBox,
});

export const mapLabelSchema = z.strictObject({
  name: text.describe('The name drawn, e.g. "Black Sea".'),
  kind: z.enum(['country', 'sea', 'region', 'capital']).describe('What it names; sets its style: country, sea, region or capital (drawn with a dot).'),
  lon: lon.describe('Where the label sits: longitude, chosen for legibility.'),
  lat: lat.describe('Where the label sits: latitude.'),
});

export const mapNoteSchema = z.strictObject({
  text: text.describe('One or two sentences shown with the map, e.g. what it does not draw and why.'),
  links: z
    .array(z.strictObject({ label: text.describe('The link text.'), url: httpUrl.describe('Where it goes.') }))
    .default([])
    .describe('Where readers can find more, e.g. maps the site does not reproduce.'),
});

export const mapSettingsSchema = z.strictObject({
  title: text.optional().describe('What the site\'s map shows, to follow "Map of": "the Riverton valley"; default "the story\'s places".'),
  frame: geoBox.optional().describe('The site map\'s box, [west, south, east, north]; leave it out to fit every place of the story with a margin.'),
  frames: z.array(mapFrameSchema).default([]).describe('Named frames a <Map extent="…"> in an explainer may use.'),
  detail: z.enum(['50m', '110m']).default('50m').describe('The base map\'s detail: "50m" (finer coasts and borders) or "110m" (lighter, for a continent or the world).'),
  border: z
    .strictObject({
      between: z.tuple([countryCode, countryCode]).describe('The two countries, e.g. [FR, ES].'),
      label: text.describe('How the text names it: "the French–Spanish border".'),
    })
    .optional()
    .describe('A land border that "border" names in distances and reach: where ranges and distances are measured from.'),
  labels: z.array(mapLabelSchema).default([]).describe('Names to draw that are not places of the story: countries, seas, regions, capitals.'),
  distances: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be two ids joined by "/", like "riverton/northgate" or "border/northgate"' }))
    .default([])
    .describe('Distances the map draws unless told otherwise: "from/to" pairs of place ids, or "border" for the nearest point of the border above.'),
  notes: z.array(mapNoteSchema).default([]).describe('Notes shown under the map: what it draws, what it does not and why.'),
  moments: z
    .array(
      z.strictObject({
        date: dayDate.describe('The day the map is drawn as of, YYYY-MM-DD, inside the coverage.'),
        label: text.describe('What the moment is, in a few words: "The bridge reopens".'),
      }),
    )
    .default([])
    .describe('Days the map page also draws as small maps side by side, each with what changed since the one before; earliest first. Leave [] for none.'),
});

export const siteSchema = z.strictObject({
  title: text.describe('The name of the site, in the header and in every page title.'),
  shortTitle: text.optional().describe('A short name for page titles and small screens, e.g. "Bridge story"; defaults to the title.'),
  description: text.describe('One or two sentences on what the site explains; the home page standfirst and the meta description.'),
  language: z
    .string()
    .regex(LANGUAGE_TAG, { error: 'must be a language tag like "en" or "en-GB"' })
    .check((ctx) => {
      // Dates are written with Intl.DateTimeFormat, which refuses a tag of the right shape but wrong parts ("en-GB-GB").
      if (!LANGUAGE_TAG.test(ctx.value) || isLocale(ctx.value)) return;
      ctx.issues.push({ code: 'custom', message: `"${ctx.value}" is not a valid language tag`, input: ctx.value, params: { fix: 'write a tag like "en", "en-GB" or "fr".' } });
    })
    .describe('The language of the content, as a BCP 47 tag, e.g. "en" or "en-GB"; dates are written in it.'),
  coverage: z
    .strictObject({
      start: dayDate.describe('The first day covered, YYYY-MM-DD.'),
      end: dayDate.describe('The last day covered, YYYY-MM-DD: the site states what was known as of this day.'),
    })
    .describe('The period the story covers; every event falls inside it.'),
  categories: z.array(categorySchema).min(1, { error: 'needs at least one category' }).describe('Kinds of event, each with a label and a colour; events name one by id.'),
  eras: z.array(eraSchema).default([]).describe('Named periods, drawn as bands on the timeline.'),
  readingOrder: z
    .array(idRef)
    .default([])
    .describe('Explainer ids in the order a newcomer should read them; the first is the home page\'s lead and "Start here".'),
  holders: z.array(holderSchema).default([]).describe('Who can hold a place, for events that record a change of control (control:).'),
  tagLabels: z
    .record(idRef, z.string().trim().min(1, { error: 'must not be empty' }))
    .default({})
    .describe('How events\' tags are shown to readers, by tag id ("flood-defences: Flood defences"); a tag not listed shows as its id with spaces for hyphens.'),
  ruleStates: z
    .array(ruleStateSchema)
    .default([])
    .describe('The states a rule (rules/) can be in, ordered from least to most permissive.'),
  rulesChart: z
    .strictObject({
      title: text.describe('What the chart of rules shows, as its title: "What each weapon could be fired at, over time".'),
      intro: text.optional().describe('One or two sentences under the title on the rules page.'),
      menu: text.optional().describe('The rules page\'s name in the site\'s menu, short and saying what the rules are about: "Traffic rules". "Rules" when left out.'),
    })
    .optional()
    .describe('The words for the chart of rules (rules/) and its page; generic ones are used when left out.'),
  map: mapSettingsSchema.default({ frames: [], detail: '50m', labels: [], distances: [], notes: [], moments: [] }).describe('The site map: its frame, labels and notes.'),
  after: z
    .array(afterNoteSchema)
    .default([])
    .describe('"After this story": what happened after the coverage ended, short, dated and sourced; shown apart from the story.'),
});

export type SiteSettings = z.infer<typeof siteSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Era = z.infer<typeof eraSchema>;
export type MapSettings = z.infer<typeof mapSettingsSchema>;
export type Holder = z.infer<typeof holderSchema>;
