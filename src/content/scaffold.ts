/**
 * `npm run new`: the text of a new content file, with every field explained
 * and placeholders that already pass the content check, so a journalist can
 * start from a file that works and replace what it says. Pure: the caller
 * reads the content folder and passes in today's date, the site settings,
 * the sources and the files that exist; nothing here touches the disk or the
 * clock, so the same input always gives the same file.
 */
import { parse } from 'yaml';
import { PLACE_KINDS } from '../schemas/place.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import { parsePartialDate, partialDate } from '../shared/dates.ts';
import { ID_PATTERN } from '../shared/ids.ts';
import type { Folder } from './read.ts';

/** What `npm run new` can create, and where each kind lives. */
export const KIND_FILES = {
  event: { folder: 'events', extension: '.yaml' },
  source: { folder: 'sources', extension: '.md' },
  place: { folder: 'places', extension: '.yaml' },
  term: { folder: 'glossary', extension: '.yaml' },
  explainer: { folder: 'explainers', extension: '.mdx' },
} as const satisfies Record<string, { folder: Folder; extension: string }>;

export type Kind = keyof typeof KIND_FILES;
export const KINDS = Object.keys(KIND_FILES) as Kind[];

/** The marker a journalist searches for: every placeholder carries it. */
export const PLACEHOLDER = 'Replace this';

/** A refusal to be shown to the journalist as it is: what is wrong and how to fix it. */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

export interface SourceSummary {
  /** The source's id (its file name in `sources/`). */
  id: string;
  /** Its `published` date: YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
}

export interface ScaffoldInput {
  /** The kind as typed: one of KINDS. */
  kind: string;
  /** The id as typed; derived from the kind (and today, for an event) when absent. */
  id?: string | undefined;
  /** Today, YYYY-MM-DD, from the caller's clock. */
  today: string;
  /** The validated site settings; only the coverage, categories and language are used. */
  site: Pick<SiteSettings, 'coverage' | 'categories' | 'language'>;
  /** Valid sources of the story, to cite from the new entry. */
  sources: readonly SourceSummary[];
  /** Files that exist, relative to the content folder ("events/x.yaml"); never overwritten. */
  existing?: Iterable<string>;
  /** The content folder as the journalist knows it, for messages: "content". */
  root?: string;
}

export interface Scaffold {
  kind: Kind;
  id: string;
  /** Relative to the content folder: "events/2024-09-30-new-event.yaml". */
  path: string;
  text: string;
}

export const USAGE = `Usage: npm run new -- <kind> [id]

Creates a content file with every field explained and placeholders to replace.
  kind  one of: ${KINDS.join(', ')}
  id    the file name without extension: lower-case letters, digits and single
        hyphens (default: <today>-new-event for an event, new-<kind> otherwise)

Example: npm run new -- event 2024-09-10-london-briefing`;

/** Reads `npm run new` arguments: a kind and an optional id. */
export function parseNewArgs(args: readonly string[]): { kind: Kind; id: string | undefined } {
  const options = args.filter((arg) => arg.startsWith('-'));
  if (options.length > 0) {
    throw new ScaffoldError(`Unknown option ${options[0]}: npm run new takes only a kind and an id.\n\n${USAGE}`);
  }
  if (args.length === 0) throw new ScaffoldError(`Say what to create.\n\n${USAGE}`);
  if (args.length > 2) {
    throw new ScaffoldError(`Too many arguments (${args.length}): give a kind and at most one id, e.g. npm run new -- place kyiv.\n\n${USAGE}`);
  }
  return { kind: checkKind(args[0] ?? ''), id: args[1] };
}

/** The message for a file that is already there. */
export function alreadyExists(path: string, kind: Kind, root = 'content'): string {
  return `${root}/${path} already exists; choose another id, e.g. npm run new -- ${kind} <new-id>. Nothing was written.`;
}

function checkKind(kind: string): Kind {
  if (Object.hasOwn(KIND_FILES, kind)) return kind as Kind;
  const typed = kind.toLowerCase();
  const named = KINDS.find((k) => k === typed || `${k}s` === typed || KIND_FILES[k].folder === typed);
  const hint = named ? ` (did you mean "${named}"?)` : '';
  throw new ScaffoldError(`"${kind}" is not a kind of content npm run new can create${hint}. Use one of: ${KINDS.join(', ')}, e.g. npm run new -- ${named ?? 'event'}.`);
}

function checkId(id: string, kind: Kind): string {
  if (ID_PATTERN.test(id)) return id;
  const { extension } = KIND_FILES[kind];
  const bare = id.replace(/^.*\//, '').replace(new RegExp(`\\${extension}$`), '');
  const suggestion = bare.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `new-${kind}`;
  throw new ScaffoldError(
    `"${id}" cannot be an id: ids are file names and appear in URLs, so they use only lower-case letters, digits and single hyphens, without the ${extension} extension. Try npm run new -- ${kind} ${suggestion}.`,
  );
}

/** YAML text for a plain value: left bare when it reads back as the same text, quoted otherwise. */
function scalar(value: string): string {
  try {
    if (parse(value, { schema: 'core' }) === value && !value.includes('#')) return value;
  } catch {
    // Not a plain scalar: quote it.
  }
  return JSON.stringify(value);
}

const list = (ids: readonly string[]) => `[${ids.map(scalar).join(', ')}]`;
const mark = (line: string, what = '') => `${line} # ← ${PLACEHOLDER}${what}`;

/** A comment wrapped to 80 columns. */
function comment(text: string, indent = ''): string[] {
  const width = 78 - indent.length;
  const lines: string[] = [];
  let line = '';
  // Code between backticks stays on one line.
  for (const word of text.match(/`[^`]*`\S*|\S+/g) ?? []) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** One field: its explanation, then its lines, then a blank line. */
const field = (explanation: string, ...lines: string[]) => [...comment(explanation), ...lines, ''];

/** An optional field without a default, switched off: the header says how to switch it on. */
const optional = (explanation: string, line: string, indent = '') => [...comment(`Optional: ${explanation}`, indent), `${indent}# ${line}`];

/** The frontmatter of a Markdown or MDX file, without a blank line before its closing `---`. */
const frontmatter = (lines: string[]) => ['---', ...lines.join('\n').trimEnd().split('\n'), '---'];

function header(kind: string, what: string): string[] {
  return comment(
    `A new ${kind}: ${what} Made by \`npm run new\`. Each line starting with # explains the field below it; ` +
      'keep or delete these comments as you like. An optional field written with "# " in front is switched off: ' +
      `delete the "# " to use it. Change everything marked "${PLACEHOLDER}", then run \`npm run check\`. ` +
      'The content guide, with an example of every kind of file, is content/README.md.',
  ).concat('');
}

function citationLines(sourceId: string, what: string, anticipated: boolean): string[] {
  const indent = '    ';
  return [
    mark(`  - source: ${scalar(sourceId)}`, `: the id of the source ${what}`),
    ...optional('words copied exactly from the source\'s stored text, where the wording matters; checked at every build.', 'quote: the exact words relied on', indent),
    ...optional('what the source adds or how it relates, shown beside the citation.', 'note: one short sentence', indent),
    ...(anticipated
      ? optional('"anticipated: true" only when the source was published before the event and announced it in advance.', 'anticipated: true', indent)
      : []),
    '',
  ];
}

function noSources(kind: Kind, root: string): ScaffoldError {
  return new ScaffoldError(
    `A new ${kind} must cite at least one source, and ${root}/sources/ has no valid source yet. Add the source first with npm run new -- source (run npm run check if one is there but has problems).`,
  );
}

/**
 * The source an event placeholder cites, and its date: the coverage end day
 * when a source could report it, else the last day of the most recent
 * source, so that the cited source does not predate the event.
 */
function eventPlaceholder(input: ScaffoldInput, root: string): { source: string; date: string } {
  const { start, end } = input.site.coverage;
  let best: { source: string; date: string } | undefined;
  for (const source of [...input.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const last = partialDate(source.published).last;
    const date = last < end ? last : end;
    if (date >= start && (best === undefined || date > best.date)) best = { source: source.id, date };
  }
  if (best) return best;
  if (input.sources.length === 0) throw noSources('event', root);
  throw new ScaffoldError(
    `Every source in ${root}/sources/ was published before the story's coverage starts (${start}), so none can report a new event. Add the source that reports it first with npm run new -- source.`,
  );
}

function eventText(input: ScaffoldInput, root: string): string {
  const { coverage, categories } = input.site;
  const placeholder = eventPlaceholder(input, root);
  const category = categories[0]?.id ?? '';
  return [
    ...header('event', 'one dated thing that happened.'),
    ...field('A short headline in the past tense.', `title: ${JSON.stringify(`${PLACEHOLDER}: a short headline in the past tense`)}`),
    ...field(
      `When it happened, as precisely as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. It must fall inside the story's coverage, ${coverage.start} to ${coverage.end}.`,
      mark(`date: ${placeholder.date}`, ': the real date'),
    ),
    ...optional('the last day of a span (a siege, an offensive); leave it out for a single date.', `end: ${placeholder.date}`),
    '',
    ...field(
      'Two or three sentences in our own words; every claim must be supported by the sources below.',
      'summary: >-',
      `  ${PLACEHOLDER}: two or three sentences in our own words saying what happened,`,
      '  who did it and why it matters. Attribute contested claims ("X said…").',
    ),
    ...field(`The kind of event: the id of one of the categories in site.yaml (${categories.map((c) => c.id).join(', ')}).`, mark(`category: ${scalar(category)}`, ' if another category fits better')),
    ...field('Optional: ids of the places in places/ where it happened, e.g. [kyiv, london]. Leave [] if none.', 'places: []'),
    ...field('Optional: ids of the weapons or platforms in systems/ it concerns, e.g. [atacms]. Leave [] if none.', 'systems: []'),
    ...field('Optional: free keywords for the timeline\'s filters, written like ids, e.g. [long-range-strikes].', 'tags: []'),
    ...field('Optional: how much it matters: 1 background, 2 notable (the default), 3 key date (shown on the home page).', 'importance: 2'),
    ...comment('At least one source, each by the id of its file in sources/. Add a quote where the wording matters. Add more sources as further "- source:" entries.'),
    'sources:',
    ...citationLines(placeholder.source, 'that reports this event', true),
  ].join('\n');
}

function sourceText(input: ScaffoldInput): string {
  const language = input.site.language.split('-')[0] ?? 'en';
  return [
    ...frontmatter([
      ...header('source', 'one document the story relies on. The fields between the two "---" lines describe the document; the text after the second "---" is what we store of it, and quotes are checked against that text.'),
      ...field('The headline or title of the document, as published.', `title: ${JSON.stringify(`${PLACEHOLDER}: the document's title, as published`)}`),
      ...field('The outlet or body that published it, e.g. "Associated Press" or "UK Foreign Office".', `publisher: ${JSON.stringify(`${PLACEHOLDER}: who published it`)}`),
      ...field('Optional: named authors as credited, e.g. [Jane Doe, John Roe]. Leave [] if none are named.', 'authors: []'),
      ...optional('whose reporting it relays, when it reports another outlet\'s work, e.g. "foreign media" or "AP".', 'via: AP'),
      '',
      ...optional('where the document lives, starting with https://. Leave it out rather than guess one.', 'url: https://example.org/the-document'),
      '',
      ...field('When it was published, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD.', mark(`published: ${input.today}`, ': the publication date')),
      ...field('The day we read and stored it, YYYY-MM-DD.', `retrieved: ${input.today}`),
      ...field(`What sort of document it is: ${SOURCE_KINDS.join(', ')}.`, mark('kind: news-report', ' if it is another kind')),
      ...field('The language of the document, as a tag like "en" or "uk".', `language: ${scalar(language)}`),
      ...field('"full" when the text below is the whole document, "excerpt" when it holds only the passages relied on.', 'stored: excerpt'),
    ]),
    `${PLACEHOLDER}: paste the stored text of the document here, below the second "---" line: the whole document for "stored: full", or the passages relied on for "stored: excerpt", one paragraph per line. Copy and paste, never retype: quotes in events, terms and explainers are checked word for word against this text.`,
    '',
  ].join('\n');
}

function placeText(): string {
  return [
    ...header('place', 'somewhere an event happened or that the story names.'),
    ...field('The name as used in our text, in English.', `name: ${JSON.stringify(`${PLACEHOLDER}: the name in English`)}`),
    ...field('Optional: other spellings readers may search for, e.g. [Kiev, Київ]. Leave [] if none.', 'aliases: []'),
    ...field(`What sort of place it is; sets the marker size on the map: ${PLACE_KINDS.join(', ')}.`, mark('kind: city', ' if it is another kind')),
    ...field('The internationally recognised country, as a two-letter ISO code, e.g. "UA" (for Crimea too) or "RU". XX is a placeholder.', mark('country: XX')),
    ...field('Latitude in decimal degrees, -90 to 90, north positive, e.g. 50.450 for Kyiv.', mark('lat: 0')),
    ...field('Longitude in decimal degrees, -180 to 180, east positive, e.g. 30.523 for Kyiv.', mark('lon: 0')),
    ...optional('one sentence on why the place matters in the story.', 'note: one sentence'),
    '',
  ].join('\n');
}

function termText(input: ScaffoldInput, root: string): string {
  const source = [...input.sources].map((s) => s.id).sort()[0];
  if (source === undefined) throw noSources('term', root);
  return [
    ...header('glossary term', 'a word or phrase readers may not know.'),
    ...field('The term as it appears in headings.', `term: ${JSON.stringify(`${PLACEHOLDER}: the term`)}`),
    ...field('Optional: other names and spellings that should find this term, e.g. [escalate, escalatory]. Leave [] if none.', 'aliases: []'),
    ...field(
      'A plain-language definition, in our own words, in one to three sentences.',
      'definition: >-',
      `  ${PLACEHOLDER}: a plain-language definition in one to three sentences.`,
    ),
    ...comment('At least one source for the definition, each by the id of its file in sources/. Add more as further "- source:" entries.'),
    'sources:',
    ...citationLines(source, 'that supports the definition', false),
  ].join('\n');
}

function explainerText(input: ScaffoldInput, root: string): string {
  const source = [...input.sources].map((s) => s.id).sort()[0];
  if (source === undefined) throw noSources('explainer', root);
  return [
    ...frontmatter([
      ...header('explainer', 'a written article. The fields between the two "---" lines describe it; the article itself, in Markdown, goes after the second "---".'),
      ...field('The headline.', `title: ${JSON.stringify(`${PLACEHOLDER}: the headline`)}`),
      ...field(
        'One or two sentences saying what the reader will learn; shown in lists and in search results.',
        'summary: >-',
        `  ${PLACEHOLDER}: one or two sentences saying what the reader will learn.`,
      ),
      ...field('The day it is first published, YYYY-MM-DD.', mark(`published: ${input.today}`, ': the publication day')),
      ...optional('the day of the last substantive change, YYYY-MM-DD; leave it out until there is one.', `updated: ${input.today}`),
      '',
      ...field('The ids of the sources it relies on (files in sources/), listed at its end; at least one.', mark(`sources: ${list([source])}`, ': the sources you rely on')),
      ...field('Optional: ids of the events it discusses (files in events/), linked both ways. Leave [] if none.', 'events: []'),
    ]),
    '',
    `${PLACEHOLDER}: write the explainer here, in Markdown: paragraphs separated by blank lines, and a line starting \`## \` for each heading.`,
    '',
    `${PLACEHOLDER}: these components work without an import (content/README.md explains them): \`<Quote source="id" by="Who said it">exact words</Quote>\` for a verified quotation, \`<Cite source="id" />\` after a sentence, \`<Term id="glossary-id">words</Term>\` to link to the glossary, \`<Timeline />\` and \`<Map />\`. Examples between backticks, like these, are not checked.`,
    '',
  ].join('\n');
}

/** The new file for `npm run new -- <kind> [id]`, or a ScaffoldError saying what to change. */
export function scaffold(input: ScaffoldInput): Scaffold {
  const root = input.root ?? 'content';
  const kind = checkKind(input.kind);
  const today = parsePartialDate(input.today);
  if ('error' in today || today.precision !== 'day') throw new Error(`today must be a day, YYYY-MM-DD, not "${input.today}"`);
  const id = checkId(input.id ?? (kind === 'event' ? `${input.today}-new-event` : `new-${kind}`), kind);
  const { folder, extension } = KIND_FILES[kind];
  const path = `${folder}/${id}${extension}`;
  if (new Set(input.existing ?? []).has(path)) throw new ScaffoldError(alreadyExists(path, kind, root));
  const text =
    kind === 'event' ? eventText(input, root)
    : kind === 'source' ? sourceText(input)
    : kind === 'place' ? placeText()
    : kind === 'term' ? termText(input, root)
    : explainerText(input, root);
  return { kind, id, path, text };
}
