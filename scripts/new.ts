/**
 * `npm run new -- <kind> [id]`: writes a new content file with every field
 * explained (see src/content/scaffold.ts) into CONTENT_DIR (default `content`).
 * `npm run new -- story <folder>`: writes a whole sample story into a new
 * folder (src/content/scaffold-story.ts). Never overwrites a file.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { contentDir } from '../src/content/content-dir.ts';
import type { Problem } from '../src/content/problems.ts';
import { readFolder, readSite } from '../src/content/read.ts';
import { alreadyExists, parseNewArgs, scaffold, ScaffoldError, STORY_COMMAND, USAGE, type SourceSummary } from '../src/content/scaffold.ts';
import { scaffoldStory, storyFolderTaken, storyNextSteps } from '../src/content/scaffold-story.ts';
import { folderOfCommand } from '../src/content/registry.ts';
import { validate } from '../src/content/schema-problems.ts';
import { siteSchema } from '../src/schemas/index.ts';
import { sourceSchema } from '../src/schemas/source.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Today on the journalist's own calendar, YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

/** Writes the sample story into `given` (relative to the project), which must be new or empty. */
async function newStory(given: string): Promise<void> {
  const folder = given.replace(/\/+$/, '') || given;
  const path = resolve(folder);
  const found = await stat(path).catch(() => undefined);
  if (found && !found.isDirectory()) throw new ScaffoldError(`${folder} is a file, and a new story needs a folder of its own. Choose a new folder, e.g. npm run new -- story stories/my-story. Nothing was written.`);
  if (found && (await readdir(path)).length > 0) throw storyFolderTaken(folder);
  const files = scaffoldStory(today());
  for (const file of files) {
    await mkdir(dirname(join(path, file.path)), { recursive: true });
    await writeFile(join(path, file.path), file.text, { flag: 'wx' });
  }
  console.log(storyNextSteps(folder, files));
}

const dir = contentDir();
try {
  const { kind, id } = parseNewArgs(args);
  if (kind === STORY_COMMAND) {
    await newStory(id!);
    process.exit(0);
  }
  const folder = folderOfCommand(kind)!;

  const site = await readSite(dir.path, [] as Problem[]);
  const settings = site && validate(siteSchema, site.data, site.file);
  if (!settings?.ok) {
    fail(
      `${dir.label}/site.yaml is missing or has problems, and a new file needs its coverage and categories. ` +
        `Run npm run check and fix site.yaml first (or set CONTENT_DIR to the story's folder).`,
    );
  }
  const sources: SourceSummary[] = [];
  for (const entry of (await readFolder(dir.path, 'sources')).entries) {
    const result = validate(sourceSchema, entry.data, entry.file);
    if (result.ok) sources.push({ id: entry.id, published: result.value.published });
  }
  const existing = (await readdir(join(dir.path, folder)).catch(() => [])).map((name) => `${folder}/${name}`);

  const created = scaffold({ kind, id, today: today(), site: settings.value, sources, existing, root: dir.label });

  await mkdir(join(dir.path, folder), { recursive: true });
  try {
    await writeFile(join(dir.path, created.path), created.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(alreadyExists(created.path, kind, dir.label));
    throw error;
  }
  console.log(`Created ${dir.label}/${created.path}.\nChange everything marked "Replace this" (the file explains each field; the check refuses the file until you do), then run npm run check.`);
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}
