/**
 * Dark mode changes colours and nothing else: every `prefers-color-scheme: dark` block in the
 * stylesheets and components only redefines colour tokens. The browser tests rely on it, running
 * axe's colour rules alone in dark mode on pages checked in full in light mode
 * (test/support/browser.ts, COLOUR_RULES); a dark-only layout or visibility change would need the
 * full check in dark mode too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => /\.(css|astro)$/.test(file)).map((file) => join(SRC, file));

/** The body of each `@media (prefers-color-scheme: dark)` block in `text`, braces matched. */
function darkBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const match of text.matchAll(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    blocks.push(text.slice(start, i - 1));
  }
  return blocks;
}

/** A value that is only a colour: a hex colour, a colour function, another token, or a brightness filter (which lifts a colour content chose for light). */
const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|color-mix|var|brightness)\(.*\)|transparent|currentColor)$/i;

test('dark mode only redefines colour tokens, so the colour rules are all axe needs to run again in it', () => {
  const found: string[] = [];
  const strays: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const block of darkBlocks(text)) {
      for (const [, property, value] of block.matchAll(/([-\w]+)\s*:\s*([^;{}]+?)\s*(?:;|\})/g)) {
        const where = `${relative(ROOT, file)}: ${property}: ${value}`;
        found.push(where);
        if (!property!.startsWith('--') || !COLOUR.test(value!)) strays.push(where);
      }
    }
  }
  expect(found.length).toBeGreaterThan(10);
  expect(strays).toEqual([]);
});
