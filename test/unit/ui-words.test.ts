/**
 * One place for the site's own words: templates write no interface words of
 * their own. Every heading, label, sentence and link text a page shows that
 * is not story content comes from src/shared/ui.ts (with <Words> where a
 * sentence holds a link or code), so a second language is a second UI object
 * and no template changes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../support/sites.ts';

const DIRS = ['src/pages', 'src/components', 'src/layouts'];

function templates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? templates(path) : entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** The markup of an .astro file: after its frontmatter, without scripts, styles, comments or the contents of <code> (identifiers, not words). */
function markup(source: string): string {
  const body = source.startsWith('---') ? source.slice(source.indexOf('---', 3) + 3) : source;
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, '<code></code>');
}

/** Text between tags and outside {expressions}. */
function textNodes(html: string): string[] {
  const texts: string[] = [];
  let depth = 0;
  let inTag = false;
  let text = '';
  for (const c of html) {
    if (depth === 0 && !inTag && c === '<') {
      texts.push(text);
      text = '';
      inTag = true;
    } else if (depth === 0 && inTag && c === '>') inTag = false;
    else if (c === '{') {
      if (depth === 0 && !inTag) {
        texts.push(text);
        text = '';
      }
      depth += 1;
    } else if (c === '}') depth -= 1;
    else if (depth === 0 && !inTag) text += c;
  }
  texts.push(text);
  return texts.map((t) => t.trim()).filter((t) => /\p{L}{2,}/u.test(t));
}

const files = DIRS.flatMap((dir) => templates(join(ROOT, dir))).map((path) => ({ file: relative(ROOT, path), html: markup(readFileSync(path, 'utf8')) }));

test('templates write no words of their own: text comes from src/shared/ui.ts or the story', () => {
  expect(files.length).toBeGreaterThan(40);
  const found = files.flatMap(({ file, html }) => textNodes(html).map((text) => `${file}: ${text.slice(0, 80)}`));
  expect(found, 'put the words in UI (src/shared/ui.ts) and write {UI.…} or <Words>').toEqual([]);
});

test('templates write no words in attributes a reader hears or sees', () => {
  const found = files.flatMap(({ file, html }) =>
    [...html.matchAll(/\s(aria-label|aria-valuetext|aria-description|title|alt|placeholder|label)="([^"]*\p{L}{2,}[^"]*)"/gu)].map((m) => `${file}: ${m[1]}="${m[2]}"`),
  );
  expect(found).toEqual([]);
});

test('the check sees words written in a template', () => {
  expect(textNodes(markup('---\nconst a = 1;\n---\n<p>Read next</p><p>{UI.x} · {y}</p><code>id, url</code>'))).toEqual(['Read next']);
});
