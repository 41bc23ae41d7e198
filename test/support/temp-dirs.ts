/**
 * Temporary folders for tests, made in the system's temp folder and removed
 * after the test file that made them (test/support/temp-cleanup.ts), so a
 * run leaves nothing behind.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `explainer-${prefix}-`));
  made.add(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all([...made].map((dir) => rm(dir, { recursive: true, force: true })));
  made.clear();
}
