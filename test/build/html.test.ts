/**
 * Every built page is valid HTML, reads without JavaScript (its heading and
 * text are in the HTML itself), and every internal link and #fragment resolves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { attributes, htmlFiles, ids, pagePath, read } from '../support/dist.ts';
import { SITES, siteDir, type SiteName } from '../support/sites.ts';

// Reads .htmlvalidate.json, as the html-validate command line does.
const validator = new HtmlValidate(new FileSystemConfigLoader());
const checked: SiteName[] = ['fixture', 'fixtureSub', 'payload', 'story', 'other'];

/** The text a reader sees of some HTML: no scripts, styles or tags; entities left as they are. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The file a root-relative URL path is served from, or undefined if none. */
function fileFor(dist: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inside = path.slice(base.length);
  const candidates = inside === '' || inside.endsWith('/') ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.find((file) => existsSync(join(dist, file)));
}

describe.each(checked)('the %s site', (name) => {
  const dist = siteDir(name);
  const { base } = SITES[name];

  test('has no html-validate error on any page', async () => {
    const failures: string[] = [];
    for (const file of htmlFiles(dist)) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('every page has its heading and its text in the HTML, so it reads with JavaScript off', () => {
    const empty: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = read(dist, file);
      const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
      const main = textOf(/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '');
      if (h1 === '' || main.length < 80) empty.push(`${file}: heading "${h1}", ${main.length} characters of text`);
    }
    expect(empty).toEqual([]);
  });

  test('no page loads anything from another site: scripts, styles, images and icons are all its own', () => {
    const foreign: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = read(dist, file);
      // Everything a browser fetches by itself; <a href> is only followed when a reader chooses to.
      const loads = [
        ...[...html.matchAll(/<(?:script|img|source|iframe|video|audio|embed|object)\b[^>]*?\s(?:src|srcset|data)="([^"]*)"/g)].map((m) => m[1]!),
        ...[...html.matchAll(/<link\b[^>]*>/g)]
          .filter((m) => /\srel="(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)"/.test(m[0]))
          .map((m) => /\shref="([^"]*)"/.exec(m[0])?.[1] ?? ''),
      ];
      for (const url of loads) if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url)) foreign.push(`${file}: ${url}`);
    }
    expect(foreign).toEqual([]);
  });

  test('every internal link, asset and #fragment resolves', () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const idsIn = (file: string) => idsOf.get(file) ?? idsOf.set(file, ids(read(dist, file))).get(file)!;
    for (const file of htmlFiles(dist)) {
      const page = new URL(pagePath(file, base), 'http://site.test');
      const html = read(dist, file);
      for (const link of [...attributes(html, 'href'), ...attributes(html, 'src'), ...attributes(html, 'action')]) {
        const url = new URL(link, page);
        if (url.origin !== page.origin) continue;
        const target = fileFor(dist, base, url.pathname);
        if (!target) {
          broken.push(`${file}: ${link} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) broken.push(`${file}: ${link} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
