/**
 * Reads a content folder from disk into raw entries, one per file, without
 * judging them: validation and integrity checks come after. YAML is parsed
 * with the core schema so that "2024-02-30" stays text for the date check
 * instead of silently becoming 1 March.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { closestName } from '../shared/closest-name.ts';
import { ID_PATTERN } from '../shared/ids.ts';
import { PLACEHOLDER, type Problem } from './problems.ts';
import { FOLDERS, isDefaultId, isFolder, KINDS, type Folder } from './registry.ts';

export interface RawEntry {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the content folder, e.g. "events/2020-03-02-bridge-vote.yaml". */
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
  /**
   * Every id with a file on disk, including files that could not be parsed: a reference to an entry
   * whose YAML is broken is not also reported as a reference to nothing.
   */
  ids: Record<Folder, Set<string>>;
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

/** The comment `npm run new` writes after a value a journalist must confirm or change: "date: 2024-07-04 # ← Replace this: the real date". */
const MARK = `# ← ${PLACEHOLDER}`;

/**
 * Lines of YAML still carrying the scaffold's mark: the value beside it was filled in by `npm run new`
 * (today's date, the first category, some source), so it may be plausible and still wrong.
 */
function marks(yaml: string, file: string, firstLine: number): Problem[] {
  return yaml.split('\n').flatMap((line, i) => {
    const at = line.indexOf(MARK);
    if (at < 0) return [];
    const key = /^\s*(?:-\s+)?([A-Za-z][\w]*)\s*:/.exec(line)?.[1];
    return [{
      file,
      field: `${key ?? 'line'}, line ${firstLine + i}`,
      message: `still carries the mark "${line.slice(at).trim()}": npm run new wrote this value as a guess`,
      fix: 'make sure the value is right for this entry, then delete the mark (from "#" to the end of the line).',
    }];
  });
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
    problems.push(...marks(text, file, 1));
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
  problems.push(...marks(parts.frontmatter, file, 2));
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
  const { extension } = KINDS[folder];
  const files: string[] = [];
  const seen = new Map<string, string>();
  const byLowerCase = new Map<string, string[]>();
  for (const name of names) byLowerCase.set(name.toLowerCase(), [...(byLowerCase.get(name.toLowerCase()) ?? []), name]);
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
    const lower = id.toLowerCase();
    // A name that differs from another file's only in case is a second copy of it, whichever is valid.
    const twin = byLowerCase.get(name.toLowerCase())?.find((other) => other !== name);
    const clash = seen.get(lower) ?? (twin !== undefined && !ID_PATTERN.test(id) ? `${folder}/${twin}` : undefined);
    if (clash) {
      problems.push({
        file,
        field: '(file name)',
        message: `differs from ${clash} only in upper and lower case, so both would have the id "${lower}"`,
        fix: `merge it into ${clash} or delete it; if it is a different entry, give it a different name.`,
      });
      continue;
    }
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" cannot be used as an id, which is taken from the file name`,
        fix: `rename the file using lower-case letters, digits and single hyphens, e.g. ${folder}/${lower.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'new-entry'}${extension}.`,
      });
      continue;
    }
    if (isDefaultId(id, folder)) {
      problems.push({
        file,
        field: '(file name)',
        message: `"${id}" is the name npm run new gives a new ${KINDS[folder].noun}, and the id (the page's address) is taken from it`,
        fix: `rename the file to say what it is, e.g. ${folder}/${folder === 'events' ? '<date>-<a-few-words>' : '<a-few-words>'}${extension}.`,
      });
    }
    seen.set(id.toLowerCase(), file);
    files.push(file);
  }
  return files;
}

/** Reads the entries of one folder, e.g. all events. */
export async function readFolder(dir: string, folder: Folder): Promise<{ entries: RawEntry[]; ids: Set<string>; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files = await listFolder(dir, folder, problems);
  const read = await Promise.all(files.map((file) => readEntry(dir, file, problems)));
  const ids = new Set(files.map((file) => file.slice(folder.length + 1, file.lastIndexOf('.'))));
  return { entries: read.filter((entry): entry is RawEntry => entry !== undefined), ids, problems };
}

/** What a story folder may hold besides its content folders: the settings and a guide for its writers. */
const TOP_LEVEL_FILES = ['site.yaml', 'README.md'];

/** Files beside them that are nobody's content: notes for the writers (Markdown), editors' backups, the system's own. */
const IGNORED = (name: string) => name.endsWith('.md') || name.endsWith('~') || /^#.*#$/.test(name) || ['Thumbs.db', 'desktop.ini'].includes(name);

/**
 * Files and folders at the top of the story folder that nothing reads ("event/", "glosary/", "site.yml"):
 * their content would be left out of the site without a word.
 */
async function strayEntries(dir: string): Promise<Problem[]> {
  let names: { name: string; folder: boolean }[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).map((d) => ({ name: d.name, folder: d.isDirectory() }));
  } catch {
    return [];
  }
  const known = [...FOLDERS, ...TOP_LEVEL_FILES];
  return names
    .filter(({ name, folder }) => !name.startsWith('.') && !known.includes(name) && (folder || !IGNORED(name)))
    .map(({ name, folder }) => {
      const meant = closestName(name, known);
      return {
        file: folder ? `${name}/` : name,
        field: folder ? '(folder name)' : '(file name)',
        message: `is not ${folder ? 'a folder' : 'a file'} the site reads, so ${folder ? 'what it holds' : 'it'} would be left out`,
        fix: meant
          ? `rename it to ${meant}${isFolder(meant) ? '/' : ''}, if that is what it is meant to be, or move it out of the story folder.`
          : `move it out of the story folder; the folders the site reads are ${FOLDERS.map((f) => `${f}/`).join(', ')}, beside site.yaml.`,
      };
    });
}

/** Reads every entry of the content folder `dir`. */
export async function readContent(dir: string): Promise<RawContent> {
  const problems: Problem[] = await strayEntries(dir);
  const site = await readSite(dir, problems);
  const entries = {} as Record<Folder, RawEntry[]>;
  const ids = {} as Record<Folder, Set<string>>;
  const folders = await Promise.all(FOLDERS.map((folder) => readFolder(dir, folder)));
  FOLDERS.forEach((folder, i) => {
    const read = folders[i]!;
    entries[folder] = read.entries;
    ids[folder] = read.ids;
    problems.push(...read.problems);
  });
  return { site, entries, ids, problems };
}
