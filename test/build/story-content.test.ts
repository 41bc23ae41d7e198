/** The shipped story: provenance of the seed, and open data for every event. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { partialDate } from '../../src/shared/dates.ts';
import { findComponentUses } from '../../src/content/mdx-components.ts';
import { findQuote } from '../../src/content/quotes.ts';
import { read } from '../support/dist.ts';
import { ROOT, siteDir } from '../support/sites.ts';

/** A copy of shared/seed/ kept in the repository (see its README), with the checksum of the original. */
const seed = join(ROOT, 'test', 'fixtures', 'seed', '000_69dc57a868ae61d9.txt');
const SEED_SHA256 = '3b961199634ddbf6ba290a8e55f2affe4714823d916ae0bfe6ef9bd7e3e44756';

test('the seed article is stored in full, word for word', async () => {
  expect(createHash('sha256').update(readFileSync(seed)).digest('hex')).toBe(SEED_SHA256);
  const { story } = await checkContent(join(ROOT, 'content'));
  const source = story?.sources.find((s) => s.id === 'caliber-az-2024-09-london-briefing');
  expect(source?.data.stored).toBe('full');
  expect(source?.body.trim()).toBe(readFileSync(seed, 'utf8').trim());
});

test('events.json carries every event of the story with its sources', async () => {
  const { story } = await checkContent(join(ROOT, 'content'));
  const data = JSON.parse(read(siteDir('story'), 'data/events.json'));
  expect(data.events).toHaveLength(story?.events.length ?? -1);
  for (const event of data.events) expect(event.sources.length, event.id).toBeGreaterThan(0);
});

test('the story has the breadth the issue asks for', async () => {
  const { story, problems } = await checkContent(join(ROOT, 'content'));
  expect(problems).toEqual([]);
  expect(story!.events.length).toBeGreaterThanOrEqual(50);
  expect(story!.sources.length).toBeGreaterThanOrEqual(30);
  expect(story!.places.length).toBeGreaterThanOrEqual(25);
  expect(story!.systems.length).toBeGreaterThanOrEqual(6);
  expect(story!.glossary.length).toBeGreaterThanOrEqual(20);
  expect(story!.explainers.map((e) => e.id).sort()).toEqual([
    'from-invasion-to-the-long-range-debate',
    'the-weapons-and-their-reach',
    'what-was-said-in-london',
    'whos-who',
    'why-washington-hesitated',
  ]);
  const { start, end } = story!.site.coverage;
  for (const event of story!.events) {
    expect(partialDate(event.data.date).first >= start && partialDate(event.data.end ?? event.data.date).last <= end, event.id).toBe(true);
  }
});

test('each explainer has 600 to 1,500 words, cites at least five sources and holds a verified quote', async () => {
  const { story } = await checkContent(join(ROOT, 'content'));
  for (const explainer of story!.explainers) {
    const uses = findComponentUses(explainer.body, explainer.file).uses;
    const cited = new Set([...explainer.data.sources, ...uses.filter((u) => u.name === 'Quote' || u.name === 'Cite').map((u) => u.attributes['source'])]);
    const quotes = uses.filter((u) => u.name === 'Quote');
    // Words a reader sees: component tags dropped, their words kept.
    const words = explainer.body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(cited.size, explainer.id).toBeGreaterThanOrEqual(5);
    expect(quotes.length, explainer.id).toBeGreaterThanOrEqual(1);
    for (const quote of quotes) {
      const source = story!.sources.find((s) => s.id === quote.attributes['source']);
      expect(findQuote(source?.body ?? '', quote.text), `${explainer.id}: ${quote.text}`).toBeDefined();
    }
    expect(words, explainer.id).toBeGreaterThanOrEqual(600);
    expect(words, explainer.id).toBeLessThanOrEqual(1500);
  }
});

test("the story's map says from its content what it draws: its frame, Crimea as occupied Ukraine, the permitted zones and the ranges", () => {
  const html = read(siteDir('story'), 'map/index.html');
  const text = (id: string) => new RegExp(`id="${id}"[^>]*>([^<]*)`).exec(html)?.[1] ?? '';
  expect(text('map-title')).toBe('Map of Ukraine and western Russia');
  expect(text('map-desc')).toContain('Crimea: part of Ukraine, occupied by Russia since 2014.');
  expect(text('map-desc')).toContain('against forces attacking across it (schematic: depth not published; drawn 30 km deep).');
  expect(text('map-desc')).toContain('Lines show how far weapons reach from the Ukrainian–Russian border: 500 km (Taurus); 300 km (ATACMS)');
});

test('an event page lists each source once, with every passage quoted from it', () => {
  const html = read(siteDir('story'), 'timeline/2024-09-04-kirby-says-most-russian-aircraft-beyond-atacms-range/index.html');
  const list = /<ol class="citations"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
  expect(list.match(/<li>/g)).toHaveLength(1);
  expect(list.match(/<blockquote/g)).toHaveLength(3);
});
