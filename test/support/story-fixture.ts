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

/**
 * The fixture's site.yaml without the named top-level settings (each with its
 * indented block), so a test can write its own versions of them.
 */
export function siteYamlWithout(yaml: string, keys: readonly string[]): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of yaml.split('\n')) {
    const top = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (top !== undefined) skipping = keys.includes(top);
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}
