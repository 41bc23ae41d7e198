/**
 * A copy of the fixture story with some files changed, for tests of bad
 * input: each test names the files it rewrites (or deletes, with null).
 * The copy is removed after the test file.
 */
import { cp, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ROOT } from './sites.ts';
import { tempDir } from './temp-dirs.ts';

export const FIXTURE_STORY = join(ROOT, 'test', 'fixtures', 'story');

export async function storyWith(changes: Record<string, string | null>): Promise<string> {
  const dir = await tempDir('story');
  await cp(FIXTURE_STORY, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const path = join(dir, file);
    if (text === null) await rm(path, { recursive: true, force: true });
    else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  }
  return dir;
}
