/**
 * Page-weight budgets on the shipped story: a text page weighs at most 20 KB
 * gzip with its CSS and JS, and scripts that run on every page stay under
 * 2 KB gzip in all. The measured numbers are printed for the closing note.
 */
import { expect, test } from 'vitest';
import { pageWeight } from '../../src/lib/page-weight.ts';
import { htmlFiles } from '../support/dist.ts';
import { SITES, siteDir } from '../support/sites.ts';

const dist = siteDir('story');
const { base } = SITES.story;
const KB = 1024;

test('text pages weigh at most 20 KB gzip, HTML + CSS + JS', () => {
  const sourcePage = htmlFiles(dist).find((f) => f.startsWith('sources/') && f !== 'sources/index.html');
  const textPages = ['about/index.html', 'glossary/index.html', sourcePage ?? 'missing source page'];
  for (const file of textPages) {
    const weight = pageWeight(dist, file, base);
    console.info(`budget: ${file} html ${weight.html} B + css ${weight.css} B + js ${weight.js} B = ${weight.total} B gzip`);
    expect(weight.total, file).toBeLessThanOrEqual(20 * KB);
  }
});

test('scripts that run on every page stay under 2 KB gzip in all', () => {
  const weights = htmlFiles(dist).map((file) => pageWeight(dist, file, base));
  const [first, ...rest] = weights.map((w) => w.scripts);
  const everywhere = (first ?? []).filter((script) => rest.every((scripts) => scripts.some((s) => s.id === script.id)));
  const bytes = everywhere.reduce((sum, script) => sum + script.bytes, 0);
  console.info(`budget: ${everywhere.length} site-wide script(s), ${bytes} B gzip`);
  expect(bytes).toBeLessThanOrEqual(2 * KB);
});
