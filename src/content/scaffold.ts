/**
 * `npm run new`: the text of a new content file, for any kind in the content
 * registry. Each field gets the comment its schema gives it (`.describe()`),
 * so a field is documented in one place; values a journalist must supply are
 * placeholders marked "Replace this", which the content check refuses until
 * they are replaced, so a placeholder can never be published. Pure: the
 * caller reads the story folder and passes in today's date, the site
 * settings, the sources and the files that exist; nothing here touches the
 * disk or the clock, so the same input always gives the same file.
 */
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import type { SiteSettings } from '../schemas/site.ts';
import { parsePartialDate, partialDate } from '../shared/dates.ts';
import { ID_PATTERN, idDate } from '../shared/ids.ts';
import { PLACEHOLDER } from './problems.ts';
import { defaultId, FOLDERS, folderOfCommand, KINDS, type Folder } from './registry.ts';

/** What `npm run new` can create: every kind in the registry, by the name a journalist types. */
export const COMMANDS = FOLDERS.map((folder) => KINDS[folder].command);

export { PLACEHOLDER };

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
  /** The kind as typed: one of COMMANDS. */
  kind: string;
  /** The id as typed; derived from the kind (and, for an event, the date it is given) when absent. */
  id?: string | undefined;
  /** Today, YYYY-MM-DD, from the caller's clock. */
  today: string;
  /** The validated site settings. */
  site: Pick<SiteSettings, 'coverage' | 'categories' | 'language' | 'holders' | 'ruleStates'>;
  /** Valid sources of the story, to cite from the new entry. */
  sources: readonly SourceSummary[];
  /** Files that exist, relative to the content folder ("events/x.yaml"); never overwritten. */
  existing?: Iterable<string>;
  /** The content folder as the journalist knows it, for messages: "content". */
  root?: string;
}

export interface Scaffold {
  kind: string;
  folder: Folder;
  id: string;
  /** Relative to the content folder: "events/2024-09-30-new-event.yaml". */
  path: string;
  text: string;
}

export const USAGE = `Usage: npm run new -- <kind> [id]
       npm run new -- story <folder>

Creates a content file with every field explained and placeholders to replace.
  kind  one of: ${COMMANDS.join(', ')}
  id    the file name without extension: lower-case letters, digits and single
        hyphens (default: <date>-new-event for an event, new-<kind> otherwise;
        the check refuses these until the file is renamed)

"story" writes a complete sample story into a new (or empty) folder: it
passes the check and builds at once with CONTENT_DIR=<folder>; then replace
the sample with your story, file by file.

Example: npm run new -- event 2020-03-02-bridge-vote`;

/** What `npm run new` calls a whole new story, in a folder of its own (src/content/scaffold-story.ts). */
export const STORY_COMMAND = 'story';

/** Reads `npm run new` arguments: a kind and an optional id, or "story" and the new story's folder (as `id`). */
export function parseNewArgs(args: readonly string[]): { kind: string; id: string | undefined } {
  const options = args.filter((arg) => arg.startsWith('-'));
  if (options.length > 0) {
    throw new ScaffoldError(`Unknown option ${options[0]}: npm run new takes only a kind and an id.\n\n${USAGE}`);
  }
  if (args.length === 0) throw new ScaffoldError(`Say what to create.\n\n${USAGE}`);
  if (args[0] === STORY_COMMAND) {
    if (args.length !== 2 || args[1]!.trim() === '') {
      throw new ScaffoldError(`Say which new folder the story goes in, and nothing else, e.g. npm run new -- story stories/my-story.\n\n${USAGE}`);
    }
    return { kind: STORY_COMMAND, id: args[1] };
  }
  if (args.length > 2) {
    throw new ScaffoldError(`Too many arguments (${args.length}): give a kind and at most one id, e.g. npm run new -- place riverton.\n\n${USAGE}`);
  }
  const kind = args[0] ?? '';
  folderFor(kind);
  return { kind, id: args[1] };
}

/** The message for a file that is already there. */
export function alreadyExists(path: string, kind: string, root = 'content'): string {
  return `${root}/${path} already exists; choose another id, e.g. npm run new -- ${kind} <new-id>. Nothing was written.`;
}

function folderFor(kind: string): Folder {
  const folder = folderOfCommand(kind);
  if (folder) return folder;
  const typed = kind.toLowerCase();
  const named = COMMANDS.find((k) => k === typed || `${k}s` === typed || folderOfCommand(k) === typed || (typed === 'glossary' && k === 'term'));
  const hint = named ? ` (did you mean "${named}"?)` : '';
  throw new ScaffoldError(`"${kind}" is not a kind of content npm run new can create${hint}. Use one of: ${COMMANDS.join(', ')}, e.g. npm run new -- ${named ?? 'event'}.`);
}

function checkId(id: string, kind: string, extension: string): string {
  if (ID_PATTERN.test(id)) return id;
  const bare = id.replace(/^.*\//, '').replace(new RegExp(`\\${extension}$`), '');
  const suggestion = bare.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || `new-${kind}`;
  throw new ScaffoldError(
    `"${id}" cannot be an id: ids are file names and appear in URLs, so they use only lower-case letters, digits and single hyphens, without the ${extension} extension. Try npm run new -- ${kind} ${suggestion}.`,
  );
}

// --- Writing YAML from a schema -------------------------------------------------------------

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: Schema[];
  items?: Schema[];
  checks?: { _zod: { def: { check: string; minimum?: number } } }[];
  defaultValue?: unknown;
}
const def = (schema: Schema) => schema._zod.def as unknown as Def;
const describe = (schema: Schema) => (schema as unknown as { description?: string }).description;

/** The field's schema without optional/default wrappers, and what the wrappers said. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; defaulted: boolean; defaultValue: unknown; description: string | undefined } {
  let inner = schema;
  let optional = false;
  let defaulted = false;
  let defaultValue: unknown;
  let description = describe(schema);
  for (let guard = 0; guard < 10; guard++) {
    const d = def(inner);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') {
      defaulted = true;
      defaultValue = d.defaultValue;
    }
    else if (d.type === 'pipe') {
      inner = def(inner).out?._zod.def.type === 'transform' ? d.in! : d.out!;
      description ??= describe(inner);
      continue;
    } else break;
    inner = d.innerType!;
    description ??= describe(inner);
  }
  return { inner, optional, defaulted, defaultValue, description };
}

/** A comment wrapped to 80 columns; code between backticks stays on one line. */
export function comment(text: string, indent = ''): string[] {
  const width = 78 - indent.length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(/`[^`]*`\S*|\S+/g) ?? []) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** YAML for one value on one line: `[a, b]`, `"text"`, `2024-09-30`. */
const inline = (value: unknown) => stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();

/** A placeholder value for a field no hint fills: a marked text, the first option, a zero. */
function placeholder(schema: Schema, key: string): unknown {
  const { inner } = unwrap(schema);
  const d = def(inner);
  if (d.type === 'enum') return Object.values(d.entries ?? {})[0];
  if (d.type === 'literal') return d.values?.[0];
  if (d.type === 'number') return 0;
  if (d.type === 'boolean') return false;
  if (d.type === 'array') return [];
  return `${PLACEHOLDER}: the ${key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}`;
}

/** Values chosen for a kind's fields; a value that still needs a journalist's judgement is `marked`. */
export interface Hint {
  value: unknown;
  /** Shown after the value: "← Replace this: the real date". */
  marked?: string;
  /** Written switched off ("# field: value"): an example of an optional field, not a value. */
  off?: boolean;
}
export type Hints = Record<string, Hint>;

/**
 * The lines of an object's fields, each after its comment. Required fields get a hint or a
 * placeholder; optional ones are written switched off ("# field: …") unless a hint gives a value.
 */
function objectLines(shape: Record<string, Schema>, hints: Hints, indent: string, path: string): string[] {
  const lines: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const { inner, optional, defaulted, defaultValue, description } = unwrap(schema);
    const at = path ? `${path}.${key}` : key;
    const hint = hints[at];
    const about = description ?? '';
    const d = def(inner);
    const element = d.type === 'array' && d.element ? unwrap(d.element).inner : undefined;
    const minimum = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
    // A required list of groups (citations, roles, states): one filled-in entry to copy.
    if (element && def(element).type === 'object' && minimum > 0 && hint === undefined) {
      lines.push(...comment(about, indent), `${indent}${key}:`);
      const entry = objectLines(def(element).shape ?? {}, hints, `${indent}    `, `${at}[]`);
      const first = entry.findIndex((l) => !l.trimStart().startsWith('#'));
      lines.push(...entry.map((l, i) => (i === first ? `${indent}  - ${l.trimStart()}` : l)));
      continue;
    }
    if (d.type === 'object' && !optional && hint === undefined) {
      lines.push(...comment(about, indent), `${indent}${key}:`, ...objectLines(d.shape ?? {}, hints, `${indent}  `, at));
      continue;
    }
    const value = hint ? hint.value : defaulted ? defaultValue : placeholder(inner, key);
    const written = inline(value);
    const mark = hint?.marked ? ` # ← ${PLACEHOLDER}${hint.marked}` : '';
    if ((optional && hint === undefined) || hint?.off) {
      lines.push(...comment(`Optional: ${about.charAt(0).toLowerCase()}${about.slice(1)}`, indent), `${indent}# ${key}: ${written}`);
    } else {
      lines.push(...comment(about, indent), `${indent}${key}: ${written}${mark}`);
    }
  }
  return lines;
}

/** A whole YAML document for `schema`, each top-level field followed by a blank line. */
export function yamlDocument(schema: z.core.$ZodType, hints: Hints): string[] {
  return Object.entries(def(schema).shape ?? {}).flatMap(([key, field]) => [...objectLines({ [key]: field }, hints, '', ''), '']);
}

function header(noun: string, what: string): string[] {
  return comment(
    `A new ${noun}: ${what} Made by \`npm run new\`. Each line starting with # explains the field below it; ` +
      'keep or delete these comments as you like. An optional field written with "# " in front is switched off: ' +
      `delete the "# " to use it. Change everything marked "${PLACEHOLDER}" (the check refuses it until you do), then run \`npm run check\`. ` +
      'The content guide, with an example of every kind of file, is content/README.md.',
  ).concat('');
}

// --- Each kind ------------------------------------------------------------------------------

function noSources(kind: string, root: string): ScaffoldError {
  return new ScaffoldError(
    `A new ${kind} must cite at least one source, and ${root}/sources/ has no valid source yet. Add the source first with npm run new -- source (run npm run check if one is there but has problems).`,
  );
}

const firstSource = (input: ScaffoldInput, kind: string, root: string) => {
  const source = [...input.sources].map((s) => s.id).sort()[0];
  if (source === undefined) throw noSources(kind, root);
  return source;
};

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

/** Hints for a citation list at `at`, citing `source`. */
const citationHints = (at: string, source: string, what: string): Hints => ({ [`${at}[].source`]: { value: source, marked: `: the id of the source ${what}` } });

interface KindText {
  /** What the kind is, after "A new <noun>:". */
  what: string;
  hints: (input: ScaffoldInput, root: string) => Hints;
  /** For Markdown and MDX kinds: the text after the frontmatter. */
  body?: (input: ScaffoldInput) => string;
}

const SOURCE_BODY = `${PLACEHOLDER}: paste the stored text of the document here, below the second "---" line: for "stored: excerpt", only the passages relied on, one paragraph per line; for "stored: full", the whole document, which only a document the project may republish can be (an official transcript, the story's seed). Copy and paste, never retype: quotes in events, terms and explainers are checked word for word against this text.`;

const EXPLAINER_BODY = [
  `${PLACEHOLDER}: write the explainer here, in Markdown: paragraphs separated by blank lines, and a line starting \`## \` for each section.`,
  '',
  `${PLACEHOLDER}: these components work without an import (content/README.md explains them): \`<Quote source="id" by="Who said it">exact words</Quote>\` for a verified quotation, \`<Cite source="id" />\` at the end of a sentence, \`<Term id="glossary-id">words</Term>\` to link to the glossary, \`<Timeline />\` and \`<Map />\`. Examples between backticks, like these, are not checked.`,
].join('\n');

const KIND_TEXTS: Record<Folder, KindText> = {
  sources: {
    what: 'one document the story relies on. The fields between the two "---" lines describe the document; the text after the second "---" is what we store of it, and quotes are checked against that text.',
    hints: (input) => ({
      published: { value: input.today, marked: ': the publication date' },
      retrieved: { value: input.today },
      kind: { value: 'news-report', marked: ' if it is another kind' },
      language: { value: input.site.language.split('-')[0] ?? 'en' },
      stored: { value: 'excerpt' },
      standing: { value: 'original', marked: ' if it is an official record, a syndicated report or a copy' },
    }),
    body: () => SOURCE_BODY,
  },
  events: {
    what: 'one dated thing that happened.',
    hints: (input, root) => {
      const placeholderSource = eventPlaceholder(input, root);
      // An id typed with its day ("2020-03-02-bridge-vote") gives the date; the check holds them together.
      const typed = idDate(input.id ?? '');
      const day = typed !== undefined && typed.length === 10 && !('error' in parsePartialDate(typed)) ? typed : undefined;
      return {
        date: day !== undefined ? { value: day } : { value: placeholderSource.date, marked: ': the real date' },
        category: { value: input.site.categories[0]?.id ?? '', marked: ' if another category fits better' },
        standing: { value: 'reported', marked: ' with how it stands' },
        ...citationHints('sources', placeholderSource.source, 'that reports this event'),
      };
    },
  },
  places: {
    what: 'somewhere an event happened or that the story names.',
    hints: () => ({
      kind: { value: 'city', marked: ' if it is another kind' },
      country: { value: `${PLACEHOLDER}: a two-letter code, e.g. KE` },
      lat: { value: `${PLACEHOLDER}: the latitude, e.g. -1.29` },
      lon: { value: `${PLACEHOLDER}: the longitude, e.g. 36.82` },
    }),
  },
  people: {
    what: 'someone the story quotes or names.',
    hints: (input, root) => citationHints('roles[].sources', firstSource(input, 'person', root), 'that gives the post'),
  },
  systems: {
    what: 'a weapon or platform and its reach.',
    hints: (input, root) => ({
      type: { value: 'cruise-missile', marked: ' with what it is' },
      ...citationHints('sources', firstSource(input, 'system', root), 'that describes it'),
    }),
  },
  glossary: {
    what: 'a word or phrase readers may not know.',
    hints: (input, root) => citationHints('sources', firstSource(input, 'term', root), 'that supports the definition'),
  },
  rules: {
    what: 'one row of the status chart: something whose standing changed over time, as dated states.',
    hints: (input, root) => ({
      'states[].state': { value: input.site.ruleStates[0]?.id ?? 'state-id', marked: ': a state id from ruleStates in site.yaml' },
      'states[].from': { value: input.site.coverage.start, marked: ': when the state began' },
      'states[].standing': { value: 'reported', marked: ' with how it stands' },
      ...citationHints('states[].sources', firstSource(input, 'rule', root), 'that gives this state'),
    }),
  },
  layers: {
    what: 'an area drawn on the maps for a period.',
    hints: (input, root) => ({
      role: { value: 'area', marked: ' with how it is drawn' },
      geometry: { value: { country: `${PLACEHOLDER}: a two-letter code, or another shape (geojson, band, circle, deFacto)` } },
      standing: { value: 'reported', marked: ' with how it stands' },
      ...citationHints('sources', firstSource(input, 'layer', root), 'that supports the area'),
    }),
  },
  explainers: {
    what: 'a written article. The fields between the two "---" lines describe it; the article itself, in Markdown, goes after the second "---".',
    hints: (input, root) => ({
      published: { value: input.today, marked: ': the publication day' },
      sources: { value: [firstSource(input, 'explainer', root)], marked: ': the sources you rely on' },
    }),
    body: () => EXPLAINER_BODY,
  },
  corrections: {
    what: 'a correction made after publication, shown on the page it affects and in the feed.',
    hints: (input) => ({
      date: { value: input.today, marked: ': the day of the correction' },
      target: { value: 'events/an-event-id', marked: ': the page corrected, as <folder>/<id>' },
    }),
  },
};

/** The new file for `npm run new -- <kind> [id]`, or a ScaffoldError saying what to change. */
export function scaffold(input: ScaffoldInput): Scaffold {
  const root = input.root ?? 'content';
  const folder = folderFor(input.kind);
  const { command, extension, schema, noun } = KINDS[folder];
  const today = parsePartialDate(input.today);
  if ('error' in today || today.precision !== 'day') throw new Error(`today must be a day, YYYY-MM-DD, not "${input.today}"`);
  const id = checkId(input.id ?? defaultId(folder, folder === 'events' ? eventPlaceholder(input, root).date : input.today), command, extension);
  const path = `${folder}/${id}${extension}`;
  if (new Set(input.existing ?? []).has(path)) throw new ScaffoldError(alreadyExists(path, command, root));
  const kindText = KIND_TEXTS[folder];
  const fields = [...header(noun, kindText.what), ...yamlDocument(schema as unknown as Schema, kindText.hints(input, root))];
  const text = kindText.body
    ? ['---', ...fields.join('\n').trimEnd().split('\n'), '---', kindText.body(input), ''].join('\n')
    : `${fields.join('\n').trimEnd()}\n`;
  return { kind: command, folder, id, path, text };
}
