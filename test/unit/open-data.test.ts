import { expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { eventsCsv } from '../../src/render/open-data.ts';
import { storyWith } from '../support/story-fixture.ts';

test('csv cells that look like spreadsheet formulas are written as text', async () => {
  const dir = await storyWith({
    'events/2020-05-storm.yaml': 'title: "=HYPERLINK(\\"http://evil.example\\")"\ndate: 2020-05-10\nsummary: "+1 @ -2"\nstanding: confirmed\ncategory: weather\nsources:\n  - source: weather-office-2020-05-storm\n',
  });
  const { story, problems } = await checkContent(dir);
  expect(problems).toEqual([]);
  const row = eventsCsv(story!, '/').split('\r\n').find((line) => line.startsWith('"2020-05-storm"'));
  expect(row).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  expect(row).toContain(`"'+1 @ -2"`);
});
