/**
 * The generator's code names nothing of the story it first shipped with:
 * every word a reader sees comes from the content folder, and examples in
 * comments and in the schemas' descriptions (which `npm run new` and the
 * check show to maintainers) are neutral, so a new story's maintainer is
 * never told to write "kyiv".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../support/sites.ts';

/** Names of the shipped story, each matched at the start of a word, in any case. */
const SHIPPED_STORY = /\b(?:ukrain|russia|crimea|kyiv|kharkiv|moscow|atacms|storm[\s-]?shadow|himars|taurus|zelensk|biden|lammy|blinken|deepstate)|\bisw\b/gi;

const SCANNED = /\.(?:ts|astro|css|mjs)$/;

/**
 * Lines that say such a name to readers and are not this test's to change: src/pages/map.astro is being
 * reworked by its owner, who has been told of them. Each entry is a file and words of the line; once the
 * line is gone, the test below asks for the entry's removal.
 */
const KNOWN: readonly { file: string; words: string }[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : SCANNED.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, 'src')).map((path) => ({ file: relative(ROOT, path), lines: readFileSync(path, 'utf8').split('\n') }));

test('no file under src/ names a place, person, weapon or source of the shipped story, in code, text or comments', () => {
  expect(files.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const { file, lines } of files) {
    lines.forEach((line, i) => {
      if (KNOWN.some((known) => known.file === file && line.includes(known.words))) return;
      const names = [...line.matchAll(SHIPPED_STORY)].map((m) => m[0]);
      if (names.length > 0) found.push(`${file}:${i + 1}: ${[...new Set(names)].join(', ')}: ${line.trim().slice(0, 120)}`);
    });
  }
  expect(found, 'write a neutral example instead (e.g. "riverton", "Flood barrier (river authority)")').toEqual([]);
});

test('each line let through above is still there, or its entry is to be removed', () => {
  const gone = KNOWN.filter((known) => !files.some(({ file, lines }) => file === known.file && lines.some((line) => line.includes(known.words))));
  expect(gone.map((known) => `${known.file} no longer says "${known.words}": remove it from KNOWN`)).toEqual([]);
});
