/**
 * Builds every test site once before the suite, and decides whether the
 * browser tests can run. Under CI=true a missing Chromium fails the run.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { isCI, skipReason } from './chromium.ts';
import { writePayloadStory } from './payload-story.ts';
import { buildSite, OUTPUT, ROOT, SITES, siteDir, type SiteName } from './sites.ts';

export default async function setup(project: TestProject) {
  const reason = skipReason();
  if (reason && isCI()) throw new Error(`CI=true but ${reason}`);
  if (reason) console.log(reason);
  project.provide('browserSkipReason', reason ?? '');

  await rm(OUTPUT, { recursive: true, force: true });
  project.provide('payloadFields', await writePayloadStory(join(ROOT, SITES.payload.content)));
  for (const name of Object.keys(SITES) as SiteName[]) {
    const result = buildSite(SITES[name], siteDir(name), join(OUTPUT, 'cache', name));
    if (result.status !== 0) throw new Error(`Building the ${name} test site failed:\n${result.output}`);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserSkipReason: string;
    /** The payload site's attacked fields, as "file:path" (test/support/payload-story.ts). */
    payloadFields: string[];
  }
}
