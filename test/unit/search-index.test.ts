/**
 * The search index step of the build, with a stand-in for Pagefind that
 * fails where each test chooses: any indexing error stops the build with
 * the step and Pagefind's own words, and Pagefind is always shut down.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { searchIndex, type SearchEngine } from '../../src/integrations/search-index.ts';
import { asSentences } from '../../src/model/search-records.ts';
import { FIXTURE_STORY } from '../support/story-fixture.ts';
import { tempDir } from '../support/temp-dirs.ts';

type Step = 'createIndex' | 'addDirectory' | 'addCustomRecord' | 'writeFiles' | 'getFiles';

/** A Pagefind that succeeds at every step but `failing`, and notes whether it was closed. */
function engineFailingAt(failing: Step | undefined) {
  const errorsAt = (step: Step) => (step === failing ? [`${step} went wrong`] : []);
  const state = { closed: false };
  const index = {
    addDirectory: async () => ({ errors: errorsAt('addDirectory'), page_count: 1 }),
    addCustomRecord: async () => ({ errors: errorsAt('addCustomRecord'), file: { url: '', meta: {} } }),
    writeFiles: async ({ outputPath }: { outputPath: string }) => {
      await mkdir(outputPath, { recursive: true });
      return { errors: errorsAt('writeFiles'), outputPath };
    },
    getFiles: async () => ({ errors: errorsAt('getFiles'), files: [] }),
  };
  const engine = {
    createIndex: async () => (failing === 'createIndex' ? { errors: ['createIndex went wrong'] } : { errors: [], index }),
    close: async () => {
      state.closed = true;
    },
  } as unknown as SearchEngine;
  return { engine, state };
}

/** The output folder the last index step wrote into (removed after the file). */
let out = '';

async function runIndexStep(engine: SearchEngine): Promise<string> {
  const hook = searchIndex(engine).hooks['astro:build:done'] as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  out = await tempDir('search-index');
  const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
  try {
    await hook({ dir: pathToFileURL(`${out}/`), logger });
    return 'built';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the search index step', () => {
  let contentDir: string | undefined;
  beforeEach(() => {
    contentDir = process.env['CONTENT_DIR'];
    process.env['CONTENT_DIR'] = FIXTURE_STORY;
  });
  afterEach(() => {
    if (contentDir === undefined) delete process.env['CONTENT_DIR'];
    else process.env['CONTENT_DIR'] = contentDir;
  });

  test('an indexing error fails the build, naming the step and quoting Pagefind', async () => {
    const results: Record<string, string> = {};
    for (const step of ['createIndex', 'addDirectory', 'addCustomRecord', 'writeFiles', 'getFiles'] as const) {
      const { engine, state } = engineFailingAt(step);
      results[step] = await runIndexStep(engine);
      expect(state.closed, `Pagefind closed after ${step} failed`).toBe(true);
    }
    expect(results).toMatchInlineSnapshot(`
      {
        "addCustomRecord": "Search index: indexing /glossary/#bridge failed:
      addCustomRecord went wrong",
        "addDirectory": "Search index: indexing pages failed:
      addDirectory went wrong",
        "createIndex": "Search index: starting Pagefind failed:
      createIndex went wrong",
        "getFiles": "Search index: reading the index back failed:
      getFiles went wrong",
        "writeFiles": "Search index: writing the index failed:
      writeFiles went wrong",
      }
    `);
  });

  test('without errors the step completes', async () => {
    const { engine, state } = engineFailingAt(undefined);
    await expect(runIndexStep(engine)).resolves.toBe('built');
    expect(state.closed).toBe(true);
    await expect(readFile(join(out, 'pagefind', 'ranking.json'), 'utf8')).resolves.toBe('{"first":[],"last":[],"exact":{}}\n');
  });
});

test("a search record's parts read as sentences: a full stop after each, none doubled after one that ends a sentence or a quotation", () => {
  expect(asSentences(['Riverton', undefined, 'A town on the river.', 'The mayor said “no.”', '', 'Kestrel'])).toBe('Riverton. A town on the river. The mayor said “no.” Kestrel');
});
