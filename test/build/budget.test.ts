/**
 * Page-weight budgets on the shipped story: every text page weighs at most 20 KB
 * gzip with its CSS and JS, and scripts that run on every page stay under
 * 2 KB gzip in all. The measured numbers are printed for the closing note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { htmlFiles, listFiles } from '../support/dist.ts';
import { SITES, siteDir } from '../support/sites.ts';

const dist = siteDir('story');
const { base } = SITES.story;
const KB = 1024;

test('every text page (About, the glossary, each event, source and person) weighs at most 20 KB gzip, HTML + CSS + JS', () => {
  const files = htmlFiles(dist);
  const entries = files.filter((f) => /^(sources|timeline|people)\/[^/]+\/index\.html$/.test(f));
  const textPages = ['about/index.html', 'glossary/index.html', ...entries];
  expect(entries.length).toBeGreaterThan(100);
  let heaviest = { file: '', total: 0 };
  for (const file of textPages) {
    const weight = pageWeight(dist, file, base);
    if (weight.total > heaviest.total) heaviest = { file, total: weight.total };
    if (!entries.includes(file)) console.info(`budget: ${file} html ${weight.html} B + css ${weight.css} B + js ${weight.js} B = ${weight.total} B gzip`);
    expect(weight.total, file).toBeLessThanOrEqual(20 * KB);
  }
  console.info(`budget: ${textPages.length} text pages, the heaviest ${heaviest.file} at ${heaviest.total} B gzip`);
});

// An explainer is a text page plus its numbered notes, each with the passages quoted from its source (7–8 KB
// gzip on the shipped story): 36 KB holds the explainers with no chart or map. Those with graphics add the
// graphics' own CSS, SVG and scripts, and are printed here for the closing note.
test('an explainer with no chart or map weighs at most 36 KB gzip, HTML + CSS + JS, its notes and quoted passages included', () => {
  const siteWideCss = pageWeight(dist, 'about/index.html', base).css;
  const explainers = htmlFiles(dist).filter((f) => /^explainers\/[^/]+\/index\.html$/.test(f));
  expect(explainers.length).toBeGreaterThan(2);
  let textOnly = 0;
  for (const file of explainers) {
    const weight = pageWeight(dist, file, base);
    console.info(`budget: ${file} html ${weight.html} B + css ${weight.css} B + js ${weight.js} B = ${weight.total} B gzip`);
    if (weight.css > siteWideCss) continue;
    textOnly += 1;
    expect(weight.total, file).toBeLessThanOrEqual(36 * KB);
  }
  expect(textOnly).toBeGreaterThan(0);
});

test('scripts that run on every page stay under 2 KB gzip in all', () => {
  const weights = htmlFiles(dist).map((file) => pageWeight(dist, file, base));
  const [first, ...rest] = weights.map((w) => w.scripts);
  const everywhere = (first ?? []).filter((script) => rest.every((scripts) => scripts.some((s) => s.id === script.id)));
  const bytes = everywhere.reduce((sum, script) => sum + script.bytes, 0);
  console.info(`budget: ${everywhere.length} site-wide script(s), ${bytes} B gzip`);
  expect(bytes).toBeLessThanOrEqual(2 * KB);
});

test('the timeline page runs at most 20 KB gzip of JavaScript and its SVG weighs at most 60 KB gzip', () => {
  const weight = pageWeight(dist, 'timeline/index.html', base);
  const html = readFileSync(join(dist, 'timeline/index.html'), 'utf8');
  const svg = /<svg class="tl-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const svgBytes = gzipSync(svg, { level: 9 }).length;
  console.info(`budget: timeline page js ${weight.js} B gzip, chart svg ${svgBytes} B gzip, page total ${weight.total} B gzip`);
  expect(svg).not.toBe('');
  expect(weight.js).toBeLessThanOrEqual(20 * KB);
  expect(svgBytes).toBeLessThanOrEqual(60 * KB);
});

/** A chunk and every chunk it imports, statically or on demand, in dist/_astro/. */
function withImports(dir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, name] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:from|import\()\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(name!);
  };
  entries.forEach(visit);
  return [...seen].sort();
}

// 6.75 KB: the header box with its popup, and the /search/ page with filters, counts, date order, sub-results,
// the "no exact match" notice, a status line for screen readers, focus kept where the reader was, and every
// name in a query searched in each of its spellings ("Peking Mao"), every chunk they import counted (a
// split-off chunk is not free; Vite's preload helper is 0.9 KB of it).
test('our search code weighs at most 6.75 KB gzip beyond Pagefind, every chunk it imports counted, and loads only when used', () => {
  const dir = join(dist, '_astro');
  const entries = listFiles(dir).filter((f) => /^(SiteHeader|search)\.astro_astro_type_script[\w.-]*\.js$/.test(f));
  expect(entries.length).toBe(2);
  const chunks = withImports(dir, entries);
  const bytes = chunks.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
  console.info(`budget: search code ${bytes} B gzip in ${chunks.length} files (${chunks.join(', ')})`);
  expect(chunks.some((f) => f.startsWith('popup'))).toBe(true);
  expect(bytes).toBeLessThanOrEqual(6.75 * KB);
  // Pagefind itself is never in a page's initial scripts: it loads on the first keystroke.
  const home = pageWeight(dist, 'index.html', base);
  expect(home.scripts.map((s) => s.id).filter((id) => id.includes('pagefind') || id.includes('popup'))).toEqual([]);
});
