/**
 * Reads a content folder from disk into raw entries, one per file, without
 * judging them: validation and integrity checks come after. YAML is parsed
 * with the core schema so that "2024-02-30" stays text for the date check
 * instead of silently becoming 1 March.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { ID_PATTERN } from '../shared/ids.ts';
import type { Problem } from './problems.ts';

/** The kinds of entry, each a folder of the content directory. */
export const FOLDERS = {
  sources: '.md',
  events: '.yaml',
  places: '.yaml',
  systems: '.yaml',
  glossary: '.yaml',
  explainers: '.mdx',
  corrections: '.yaml',
} as const;

export type Folder = keyof typeof FOLDERS;

export interface RawEntry {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the content folder, e.g. "events/kyiv.yaml". */
  file: string;
  /** Parsed YAML, or the frontmatter of a Markdown/MDX file. */
  data: unknown;
  /** The text after the frontmatter of a Markdown/MDX file. */
  body: string;
  /** Line of the file on which the body starts, so problems in it name file lines. */
  bodyLine: number;
}

export interface RawContent {
  site: RawEntry | undefined;
  entries: Record<Folder, RawEntry[]>;
  problems: Problem[];
}

function parseYaml(text: string, file: string, problems: Problem[], lineOffset = 0): unknown {
  try {
    return parse(text, { schema: 'core' }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    problems.push({
      file,
      field: '(file)',
      message: `is not valid YAML at line ${line}: ${reason}`,
      fix: 'check the indentation and quoting on that line; text containing ": " or starting with a quote mark needs quotes around it.',
    });
    return undefined;
  }
}

/** Splits `---` frontmatter from the body of a Markdown or MDX file. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

async function readEntry(dir: string, file: string, problems: Problem[]): Promise<RawEntry | undefined> {
  const text = await readFile(join(dir, file), 'utf8');
  const id = file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
  if (file.endsWith('.yaml')) {
    const data = parseYaml(text, file, problems);
    return data === undefined ? undefined : { id, file, data, body: '', bodyLine: 1 };
  }
  const parts = splitFrontmatter(text);
  if (!parts) {
    problems.push({
      file,
      field: '(file)',
      message: 'has no frontmatter',
      fix: 'start the file with a line "---", the fields, then another "---" line before the text.',
    });
    return undefined;
  }
  const data = parseYaml(parts.frontmatter, file, problems, 1);
  const bodyLine = text.slice(0, text.length - parts.body.length).split('\n').length;
  return data === undefined ? undefined : { id, file, data, body: parts.body, bodyLine };
}

/** Reads `site.yaml`, the story's settings. */
export async function readSite(dir: string, problems: Problem[]): Promise<RawEntry | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'site.yaml'), 'utf8');
  } catch {
    problems.push({
      file: 'site.yaml',
      field: '(file)',
      message: 'is missing',
      fix: 'create site.yaml with the title, description, language, coverage and categories (see content/README.md).',
    });
    return undefined;
  }
  const data = parseYaml(text, 'site.yaml', problems);
  return data === undefined ? undefined : { id: 'site', file: 'site.yaml', data, body: '', bodyLine: 1 };
}

async function listFolder(dir: string, folder: Folder, problems: Problem[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(dir, folder));
  } catch {
    return [];
  }
  const extension = FOLDERS[folder];
  const files: string[] = [];
  const seen = new Map<string, string>();
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const file = `${folder}/${name}`;
    if (!name.endsWith(extension)) {
      problems.push({
        file,
        field: '(file)',
        message: `is not a ${extension} file, so it would be ignored`,
        fix: `rename it to end in ${extension}, or move it out of ${folder}/.`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" cannot be used as an id, which is taken from the file name`,
        fix: `rename the file using lower-case letters, digits and single hyphens, e.g. ${folder}/${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'new-entry'}${extension}.`,
      });
      continue;
    }
    const clash = seen.get(id.toLowerCase());
    if (clash) {
      problems.push({ file, field: '(file name)', message: `has the same id as ${clash}`, fix: 'give one of them another name.' });
      continue;
    }
    seen.set(id.toLowerCase(), file);
    files.push(file);
  }
  return files;
}

/** Reads the entries of one folder, e.g. all events. */
export async function readFolder(dir: string, folder: Folder): Promise<{ entries: RawEntry[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files = await listFolder(dir, folder, problems);
  const read = await Promise.all(files.map((file) => readEntry(dir, file, problems)));
  return { entries: read.filter((entry): entry is RawEntry => entry !== undefined), problems };
}

/** Reads every entry of the content folder `dir`. */
export async function readContent(dir: string): Promise<RawContent> {
  const problems: Problem[] = [];
  const site = await readSite(dir, problems);
  const entries = {} as Record<Folder, RawEntry[]>;
  for (const folder of Object.keys(FOLDERS) as Folder[]) {
    const read = await readFolder(dir, folder);
    entries[folder] = read.entries;
    problems.push(...read.problems);
  }
  return { site, entries, problems };
}
