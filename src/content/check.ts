/**
 * The whole content check: read every file, validate each against its
 * schema, then check the story's integrity. Used by `npm run check`, by every
 * build (through the content-check integration) and by the content loaders.
 */
import { folderSchemas, siteSchema } from '../schemas/index.ts';
import { checkIntegrity, type KnownIds } from './integrity.ts';
import type { Problem } from './problems.ts';
import { FOLDERS, readContent, type Folder } from './read.ts';
import { validate } from './schema-problems.ts';
import type { Entry, Story } from './story.ts';

export interface CheckResult {
  problems: Problem[];
  /** The validated story; present only when there are no problems. */
  story?: Story;
}

export async function checkContent(dir: string): Promise<CheckResult> {
  const raw = await readContent(dir);
  const problems = [...raw.problems];
  const site = raw.site && validate(siteSchema, raw.site.data, raw.site.file);
  if (site && !site.ok) problems.push(...site.problems);

  const valid = {} as Record<Folder, Entry<unknown>[]>;
  for (const folder of Object.keys(FOLDERS) as Folder[]) {
    valid[folder] = [];
    for (const entry of raw.entries[folder]) {
      const result = validate(folderSchemas[folder], entry.data, entry.file);
      if (result.ok) valid[folder].push({ ...entry, data: result.value });
      else problems.push(...result.problems);
    }
  }
  if (!site?.ok) return { problems };

  const story = { site: site.value, ...valid } as Story;
  const ids = (folder: Folder) => new Set(raw.entries[folder].map((entry) => entry.id));
  const known: KnownIds = {
    sources: ids('sources'),
    events: ids('events'),
    places: ids('places'),
    systems: ids('systems'),
    glossary: ids('glossary'),
    explainers: ids('explainers'),
  };
  problems.push(...checkIntegrity(story, known));
  return problems.length === 0 ? { problems, story } : { problems };
}
