/** The shipped story: provenance of the seed, and open data for every event. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/lib/check-content.ts';
import { read } from '../support/dist.ts';
import { ROOT, siteDir } from '../support/sites.ts';

const seed = join(ROOT, '..', 'shared', 'seed', '000_69dc57a868ae61d9.txt');

test.skipIf(!existsSync(seed))('the seed article is stored in full, word for word', async () => {
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
