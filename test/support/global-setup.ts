/**
 * Builds every test site once before the site tests, two at a time (the
 * machines have two cores), each from its own copy of the project, into a
 * folder of this run's own; removes it afterwards. Two builds from
 * different copies must still give byte-identical output (fixture-site.test.ts). Decides whether the browser tests can run: under CI=true a
 * missing Chromium fails the run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { isCI, skipReason } from './chromium.ts';
import { writePayloadStory } from './payload-story.ts';
import { buildSite, projectCopy, ROOT, SITES, siteDir, type SiteName } from './sites.ts';

const RUNS = join(ROOT, 'test', '.output');
const BUILDS_AT_ONCE = 2;

/** Folders left by runs that were killed before their teardown: their process is gone. */
function removeAbandonedRuns() {
  if (!existsSync(RUNS)) return;
  for (const name of readdirSync(RUNS)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    let alive = false;
    try {
      alive = pid > 0 && process.kill(pid, 0);
    } catch {
      alive = false;
    }
    if (!alive) void rm(join(RUNS, name), { recursive: true, force: true });
  }
}

export default async function setup(project: TestProject) {
  const reason = skipReason();
  if (reason && isCI()) throw new Error(`CI=true but ${reason}`);
  if (reason) console.log(reason);
  project.provide('browserSkipReason', reason ?? '');

  removeAbandonedRuns();
  const output = join(RUNS, `run-${process.pid}`);
  await rm(output, { recursive: true, force: true });
  await mkdir(output, { recursive: true });
  // Test workers start after this and inherit the variable (see outputDir() in sites.ts).
  process.env['EXPLAINER_TEST_OUTPUT'] = output;
  project.provide('payloadFields', await writePayloadStory(join(output, SITES.payload.content)));

  const queue = Object.keys(SITES) as SiteName[];
  const failures: string[] = [];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const root = await projectCopy(join(output, 'roots', name));
      const result = await buildSite(SITES[name], siteDir(name), join(output, 'cache', name), root);
      if (result.status !== 0) failures.push(`Building the ${name} test site failed:\n${result.output}`);
    }
  };
  await Promise.all(Array.from({ length: BUILDS_AT_ONCE }, worker));
  if (failures.length > 0) throw new Error(failures.join('\n\n'));

  return async () => {
    if (process.env['KEEP_TEST_OUTPUT'] !== '1') await rm(output, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserSkipReason: string;
    /** The payload site's attacked fields, as "file:path" (test/support/payload-story.ts). */
    payloadFields: string[];
  }
}
