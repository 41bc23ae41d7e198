/**
 * Every kind of content a story folder holds, one entry each: its folder and
 * file type, its schema, how messages name it, the page an entry gets and
 * what `npm run new` calls it. Reading, checking, scaffolding, corrections
 * and search all start from this list, so a new kind is one entry here, one
 * schema in src/schemas/ and the checks and pages that are its own.
 */
import type { z } from 'astro/zod';
import { correctionSchema } from '../schemas/correction.ts';
import { eventSchema } from '../schemas/event.ts';
import { explainerSchema } from '../schemas/explainer.ts';
import { layerSchema } from '../schemas/layer.ts';
import { personSchema } from '../schemas/person.ts';
import { placeSchema } from '../schemas/place.ts';
import { ruleSchema } from '../schemas/rule.ts';
import { sourceSchema } from '../schemas/source.ts';
import { systemSchema } from '../schemas/system.ts';
import { termSchema } from '../schemas/term.ts';
import { paths } from '../shared/urls.ts';

export interface ContentKind<S extends z.ZodType = z.ZodType> {
  /** File type of an entry: YAML data, or Markdown/MDX with frontmatter. */
  extension: '.yaml' | '.md' | '.mdx';
  /** Fields of an entry (a YAML file, or a Markdown file's frontmatter). */
  schema: S;
  /** How a message names one entry: "glossary term". */
  noun: string;
  /** How it names several, when not the noun with an "s": "people". */
  nounPlural?: string;
  /** What `npm run new -- <command>` creates one with: "term". */
  command: string;
  /** The page that shows an entry, root-relative; kinds shown only on other pages have none of their own. */
  page: (id: string) => string;
}

const kind = <S extends z.ZodType>(entry: ContentKind<S>) => entry;

/** The kinds, keyed by their folder in the story folder, in the order they are read and reported. */
export const KINDS = {
  sources: kind({ extension: '.md', schema: sourceSchema, noun: 'source', command: 'source', page: (id) => paths.source(id) }),
  events: kind({ extension: '.yaml', schema: eventSchema, noun: 'event', command: 'event', page: paths.event }),
  places: kind({ extension: '.yaml', schema: placeSchema, noun: 'place', command: 'place', page: paths.place }),
  people: kind({ extension: '.yaml', schema: personSchema, noun: 'person', nounPlural: 'people', command: 'person', page: paths.person }),
  systems: kind({ extension: '.yaml', schema: systemSchema, noun: 'system', command: 'system', page: paths.system }),
  glossary: kind({ extension: '.yaml', schema: termSchema, noun: 'glossary term', command: 'term', page: paths.term }),
  rules: kind({ extension: '.yaml', schema: ruleSchema, noun: 'rule', command: 'rule', page: paths.rule }),
  layers: kind({ extension: '.yaml', schema: layerSchema, noun: 'map layer', command: 'layer', page: () => paths.map() }),
  explainers: kind({ extension: '.mdx', schema: explainerSchema, noun: 'explainer', command: 'explainer', page: paths.explainer }),
  corrections: kind({ extension: '.yaml', schema: correctionSchema, noun: 'correction', command: 'correction', page: () => paths.about() }),
};

export type Folder = keyof typeof KINDS;
export const FOLDERS = Object.keys(KINDS) as Folder[];

/** What an entry of a folder holds once its schema has checked it. */
export type DataOf<F extends Folder> = z.output<(typeof KINDS)[F]['schema']>;

/** The folder of the kind `npm run new -- <command>` creates, if any. */
export const folderOfCommand = (command: string): Folder | undefined => FOLDERS.find((f) => KINDS[f].command === command);

/** The id `npm run new` gives an entry when none is typed: "new-place", or for an event its date and "new-event". */
export const defaultId = (folder: Folder, date: string): string => (folder === 'events' ? `${date}-new-${KINDS[folder].command}` : `new-${KINDS[folder].command}`);

/** True for an id `npm run new` gives (see defaultId), which the check refuses until the file is renamed. */
export const isDefaultId = (id: string, folder: Folder): boolean => new RegExp(`^(?:\\d{4}-\\d{2}-\\d{2}-)?new-${KINDS[folder].command}$`).test(id);

/** What an entry is called, for a link to it: its headline, name or term ("" for kinds that have none). */
export const nameOf = (data: unknown): string => {
  const { title, name, term } = data as { title?: string; name?: string; term?: string };
  return title ?? name ?? term ?? '';
};

/** True when `folder` names a kind of content. */
export const isFolder = (folder: string): folder is Folder => (FOLDERS as string[]).includes(folder);

/** An entry's former ids (`formerIds`, on the kinds whose pages have addresses of their own), or none. */
export const formerIdsOf = (data: unknown): readonly string[] => (data as { formerIds?: string[] }).formerIds ?? [];
