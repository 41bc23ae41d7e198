/**
 * `npm run new -- story <folder>`: a complete small story in a new folder,
 * written from the schemas like every other `npm run new` file (each field
 * with its schema's comment), but filled in with an invented sample, "the
 * town library reopens", instead of placeholders: it passes the check and
 * builds the moment it is written, so a maintainer sees a whole site at once
 * and replaces the sample file by file. Pure: the caller checks the folder
 * and writes the files.
 */
import { eventSchema } from '../schemas/event.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { placeSchema } from '../schemas/place.ts';
import { siteSchema } from '../schemas/site.ts';
import { sourceSchema } from '../schemas/source.ts';
import { parsePartialDate } from '../shared/dates.ts';
import { comment, ScaffoldError, yamlDocument, type Hints } from './scaffold.ts';

export interface StoryFile {
  /** Relative to the story folder: "events/2024-06-01-library-reopens.yaml". */
  path: string;
  text: string;
}

/** The sample's ids, so the files can cite each other. */
const SOURCE = 'sample-town-herald-2024-06-03-library-reopens';
const PLACE = 'sample-town';
const EXPLAINER = 'the-library-reopens';
const REOPENS = '2024-06-01-library-reopens';
const ROOF = '2024-05-roof-repairs-finished';

/** The sample source's stored text: every quote of the sample is copied from it. */
const STORED = [
  'The town library reopened on Saturday 1 June after a year of repairs, the council said.',
  'Work on the new roof was finished in May, two months later than planned.',
  '"We have missed our readers, and the readers have missed their library," the head librarian said.',
];
const QUOTE_REOPENED = 'The town library reopened on Saturday 1 June after a year of repairs';
const QUOTE_ROOF = 'Work on the new roof was finished in May';
const QUOTE_LIBRARIAN = 'We have missed our readers, and the readers have missed their library';

/** Values for a document's fields, none left to replace. */
const filled = (values: Record<string, unknown>): Hints => Object.fromEntries(Object.entries(values).map(([at, value]) => [at, { value }]));
/** Examples of optional fields, written switched off. */
const examples = (values: Record<string, unknown>): Hints => Object.fromEntries(Object.entries(values).map(([at, value]) => [at, { value, off: true }]));

function header(what: string): string[] {
  return comment(
    `Part of the sample story made by \`npm run new -- story\`: ${what} It is invented, and it passes the check, so the whole site builds ` +
      'before you have written anything; replace it with your story, file by file (content/README.md, "Start a new story", walks through it). ' +
      'Each line starting with # explains the field below it; an optional field written with "# " in front is switched off: delete the "# " to use it.',
  ).concat('');
}

const yamlFile = (what: string, lines: string[]) => `${[...header(what), ...lines].join('\n').trimEnd()}\n`;
const frontmatterFile = (what: string, lines: string[], body: string[]) =>
  ['---', ...[...header(what), ...lines].join('\n').trimEnd().split('\n'), '---', ...body, ''].join('\n');

/** Every file of the sample story; `today` (YYYY-MM-DD) dates the explainer and the day the source was stored. */
export function scaffoldStory(today: string): StoryFile[] {
  const parsed = parsePartialDate(today);
  if ('error' in parsed || parsed.precision !== 'day') throw new Error(`today must be a day, YYYY-MM-DD, not "${today}"`);
  const site = yamlDocument(siteSchema, {
    ...filled({
      title: 'Sample story: the town library reopens',
      description: 'An invented sample story, made by npm run new: how a town library closed for a year of repairs and reopened.',
      language: 'en',
      'coverage.start': '2024-01-01',
      'coverage.end': '2024-12-31',
      'categories[].id': 'library',
      'categories[].label': 'The library',
      'categories[].colour': '#0072b2',
      readingOrder: [EXPLAINER],
    }),
    ...examples({
      shortTitle: 'Sample story',
      rulesChart: { title: 'What each rule allowed, over time' },
      'map.title': 'Sample Town',
      'map.frame': [-3, 51, 1, 53],
      'map.border': { between: ['FR', 'ES'], label: 'the French–Spanish border' },
    }),
  });
  const source = yamlDocument(sourceSchema, {
    ...filled({
      title: 'Town library reopens after a year of repairs',
      publisher: 'Sample Town Herald',
      url: 'https://herald.example/2024/06/library-reopens',
      published: '2024-06-03',
      retrieved: today,
      kind: 'news-report',
      language: 'en',
      stored: 'excerpt',
      standing: 'original',
    }),
  });
  const event = (values: Record<string, unknown>) => yamlDocument(eventSchema, filled({ category: 'library', places: [PLACE], 'sources[].source': SOURCE, ...values }));
  const place = yamlDocument(placeSchema, filled({ name: 'Sample Town', aliases: [], lat: 52.2, lon: -1.0, kind: 'town', country: 'GB', note: 'The invented town of the sample story, drawn at a real point in England.' }));
  const explainer = yamlDocument(explainerSchema, {
    ...filled({
      title: 'Why the town library closed, and how it reopened',
      summary: 'An invented sample explainer: what the repairs were, and when the library opened its doors again.',
      published: today,
      sources: [SOURCE],
      events: [ROOF, REOPENS],
    }),
    ...examples({ updated: today }),
  });
  return [
    { path: 'site.yaml', text: yamlFile("the story's settings: its title, the period it covers, its categories and its map.", site) },
    {
      path: `sources/${SOURCE}.md`,
      text: frontmatterFile(
        'one document the story relies on. The fields between the two "---" lines describe it; the text after the second "---" is what we store of it (here the passages relied on), and every quote is checked word for word against that text.',
        source,
        STORED,
      ),
    },
    {
      path: `events/${ROOF}.yaml`,
      text: yamlFile(
        'one dated thing that happened, here known only to the month.',
        event({ title: 'Repairs to the library roof are finished', date: '2024-05', summary: 'Work on the library\'s new roof was finished in May 2024, two months later than planned.', standing: 'reported', tags: ['repairs'], importance: 2, 'sources[].quote': QUOTE_ROOF }),
      ),
    },
    {
      path: `events/${REOPENS}.yaml`,
      text: yamlFile(
        'one dated thing that happened, with a quote copied from its source.',
        event({ title: 'The town library reopens', date: '2024-06-01', summary: 'The town library reopened after a year of repairs, the council said.', standing: 'confirmed', tags: ['reopening'], importance: 3, 'sources[].quote': QUOTE_REOPENED }),
      ),
    },
    { path: `places/${PLACE}.yaml`, text: yamlFile('somewhere an event happened.', place) },
    {
      path: `explainers/${EXPLAINER}.mdx`,
      text: frontmatterFile('a written explainer. The fields between the two "---" lines describe it; the article, in Markdown, follows the second "---".', explainer, [
        '',
        'This explainer is an invented sample, like the rest of this story: replace it with your own.',
        '',
        `The town library closed for a year of repairs and reopened on 1 June 2024 <Cite source="${SOURCE}" quote="${QUOTE_REOPENED}" />.`,
        '',
        '## What the librarian said',
        '',
        `<Quote source="${SOURCE}" by="The head librarian">`,
        QUOTE_LIBRARIAN,
        '</Quote>',
        '',
        '## When it happened',
        '',
        '<Timeline />',
        '',
        '## Where',
        '',
        `<Map place="${PLACE}" />`,
      ]),
    },
  ];
}

/** The refusal for a folder that already holds something: a new story never writes over another. */
export function storyFolderTaken(folder: string): ScaffoldError {
  return new ScaffoldError(
    `${folder} already exists and is not empty, and a new story needs a folder of its own. Choose a new folder, e.g. npm run new -- story ${folder.replace(/\/+$/, '')}-2, or empty this one first. Nothing was written.`,
  );
}

/** What to do next, printed once the story is written. */
export function storyNextSteps(folder: string, files: readonly StoryFile[]): string {
  const count = (dir: string) => files.filter((f) => f.path.startsWith(`${dir}/`)).length;
  return `Created a sample story in ${folder}/: site.yaml, ${count('sources')} source, ${count('events')} events, ${count('places')} place and ${count('explainers')} explainer.
It is invented ("Sample story: the town library reopens") and already passes the check and builds, so you can see a whole site at once. Replace it with your story, file by file; every field is explained in a comment above it.

Next steps:
  1. Check it:          CONTENT_DIR=${folder} npm run check
  2. Watch it as you edit (then open the address it prints, http://localhost:4321/):
                        CONTENT_DIR=${folder} npm run dev
  3. Add files:         CONTENT_DIR=${folder} npm run new -- source   (then event, place, explainer…)
  4. Build it to deploy: CONTENT_DIR=${folder} SITE_URL=https://your.site BASE_PATH=/ npm run build
                        then upload dist/ to any static host (README.md, "Deploy").
The guide, with an example of every kind of file: content/README.md ("Start a new story").`;
}
