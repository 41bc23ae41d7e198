/**
 * The whole content check: read every file, validate each against its
 * schema, then check the story's integrity. Used by `npm run check` and,
 * once per build, by the content-check integration (src/content/checked-story.ts).
 */
import { siteSchema } from '../schemas/site.ts';
import { checkIntegrity } from './integrity.ts';
import type { Problem } from './problems.ts';
import { readContent } from './read.ts';
import { FOLDERS, KINDS, type Folder } from './registry.ts';
import { validate } from './schema-problems.ts';
import { fieldPath, PLACEHOLDER } from './problems.ts';

/** A value or text a journalist was to replace and has not: it must never reach readers. */
function placeholders(data: unknown, body: string, file: string, bodyLine: number): Problem[] {
  const found: Problem[] = [];
  const fix = `write the real value (the scaffold's comment above the field says what it is), or delete the field if it is optional.`;
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER)) found.push({ file, field: fieldPath(path), message: `still holds the placeholder "${value.slice(0, 60)}${value.length > 60 ? '…' : ''}"`, fix });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  body.split('\n').forEach((line, i) => {
    if (line.trimStart().startsWith(PLACEHOLDER)) {
      found.push({ file, field: `text, line ${bodyLine + i}`, message: 'still holds a placeholder paragraph', fix: 'write the text, or delete the placeholder paragraph.' });
    }
  });
  return found;
}
import type { Entry, Story } from './story.ts';

export interface CheckResult {
  problems: Problem[];
  /** The validated story; present only when there are no problems. */
  story?: Story;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function checkContent(dir: string): Promise<CheckResult> {
  const raw = await readContent(dir);
  const problems = [...raw.problems];
  const site = raw.site && validate(siteSchema, raw.site.data, raw.site.file);
  if (site && !site.ok) problems.push(...site.problems);

  if (raw.site) problems.push(...placeholders(raw.site.data, '', raw.site.file, 1));
  const valid = {} as Record<Folder, Entry<unknown>[]>;
  for (const folder of FOLDERS) {
    valid[folder] = [];
    for (const entry of raw.entries[folder]) {
      const unfilled = placeholders(entry.data, entry.body, entry.file, entry.bodyLine);
      problems.push(...unfilled);
      const result = validate(KINDS[folder].schema, entry.data, entry.file);
      if (result.ok) valid[folder].push({ ...entry, data: result.value });
      // A placeholder is also the wrong type for a number or a code: one problem a field is enough.
      else problems.push(...result.problems.filter((p) => !unfilled.some((u) => u.field === p.field)));
    }
    valid[folder].sort(byId);
  }
  if (!site?.ok) return { problems };

  const story = { site: site.value, ...valid } as Story;
  problems.push(...checkIntegrity(story, raw.ids));
  return problems.length === 0 ? { problems, story } : { problems };
}
