/**
 * One place for the site's own words: templates write no interface words of
 * their own. Every heading, label, sentence and link text a page shows that
 * is not story content comes from src/shared/ui.ts (with <Words> where a
 * sentence holds a link or code), so a second language is a second UI object
 * and no template changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { expect, test } from 'vitest';
import { mapText } from '../../src/model/map/map-text.ts';
import { fill, fillCount } from '../../src/shared/text-template.ts';
import { UI } from '../../src/shared/ui.ts';
import { ROOT } from '../support/sites.ts';

const DIRS = ['src/pages', 'src/components', 'src/layouts'];
/** Elements whose text is not words: code shows identifiers (field names, file names). */
const NOT_WORDS = new Set(['code', 'script', 'style']);
/** Attributes a reader hears or sees. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'title', 'alt', 'placeholder', 'label']);
const WORD = /\p{L}{2,}/u;

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? templates(path) : entry.name.endsWith('.astro') ? [path] : [];
  });
}

type Node = { type?: string; [key: string]: unknown };

/**
 * Words a template writes itself: text in its markup (also in markup inside expressions, such as a
 * list's items) and literal values of attributes a reader hears or sees. The frontmatter is code.
 */
function ownWords(source: string): string[] {
  const { ast } = parse(source);
  const found: string[] = [];
  const walk = (value: unknown, inCode: boolean): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, inCode));
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'JSXText' && !inCode && WORD.test(String(node['value']))) found.push(String(node['value']).trim());
    if (node.type === 'JSXAttribute') {
      const name = (node['name'] as Node | undefined)?.['name'];
      const literal = node['value'] as Node | null;
      if (typeof name === 'string' && READ_ATTRIBUTES.has(name) && literal?.type === 'Literal' && WORD.test(String(literal['value']))) found.push(`${name}="${String(literal['value'])}"`);
    }
    const tag = node.type === 'JSXElement' ? ((node['openingElement'] as Node)['name'] as Node)['name'] : undefined;
    const code = inCode || (typeof tag === 'string' && NOT_WORDS.has(tag));
    for (const [key, child] of Object.entries(node)) if (key !== 'frontmatter') walk(child, code);
  };
  walk(ast, false);
  return found;
}

const files = DIRS.flatMap((dir) => templates(join(ROOT, dir))).map((path) => ({ file: relative(ROOT, path), source: readFileSync(path, 'utf8') }));

test('templates write no words of their own: text comes from src/shared/ui.ts or the story', () => {
  expect(files.length).toBeGreaterThan(40);
  const found = files.flatMap(({ file, source }) => ownWords(source).map((words) => `${file}: ${words.slice(0, 80)}`));
  expect(found, 'put the words in UI (src/shared/ui.ts) and write {UI.…} or <Words>').toEqual([]);
});

test('the check sees words in markup, in markup inside expressions and in read attributes, and not in code', () => {
  const source = '---\nconst a = "Not this";\n---\n<p>Read next</p><p>{UI.x} · {list.map((x) => <li>{x} km</li>)}</p><code>id, url</code><a aria-label="Close" class="two words">x</a>';
  expect(ownWords(source)).toEqual(['Read next', 'km', 'aria-label="Close"']);
});

test('no browser script imports the interface words: each is handed the few it writes, as templates', () => {
  const scripts = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? scripts(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
  const importing = scripts(join(ROOT, 'src/client')).filter((path) => /^import (?!type)[^;]*shared\/ui\.ts'/m.test(readFileSync(path, 'utf8')));
  expect(importing.map((path) => relative(ROOT, path))).toEqual([]);
});

test("the map's templates, filled, read exactly as the interface's own sentences, in every form of a count", () => {
  const text = mapText();
  for (const n of [0, 1, 2, 12]) {
    expect(fillCount(text.placeLabel, n, 'Riverton', 'town')).toBe(UI.map.placeLabel('Riverton', 'town', n));
    expect(fillCount(text.placeEvents, n, '1 March 2020', '31 May 2020')).toBe(UI.map.placeEvents(n, '1 March 2020', '31 May 2020'));
    expect(fillCount(text.summary.none, n, '1 May 2020')).toBe(UI.map.summary('1 May 2020', [], n));
    expect(fillCount(text.summary.areas, n, '1 May 2020', ['Zone A', 'Zone B'].join(text.areaSeparator))).toBe(UI.map.summary('1 May 2020', ['Zone A', 'Zone B'], n));
  }
  expect(fill(text.asOf, '1 May 2020')).toBe(UI.map.asOf('1 May 2020'));
});
