import { expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { csvRow, eventsCsv } from '../../src/render/open-data.ts';
import { storyWith } from '../support/story-fixture.ts';

test('csv cells that look like spreadsheet formulas are written as text', async () => {
  const dir = await storyWith({
    'events/2020-05-storm.yaml': 'title: "=HYPERLINK(\\"http://evil.example\\")"\ndate: 2020-05-10\nsummary: "+1 @ -2"\nstanding: confirmed\ncategory: weather\nsources:\n  - source: weather-office-2020-05-storm\n',
  });
  const { story, problems } = await checkContent(dir);
  expect(problems).toEqual([]);
  const row = eventsCsv(story!, '/').split('\r\n').find((line) => line.startsWith('"2020-05-storm"'));
  // Content's straight quote marks arrive curly (src/shared/quote-marks.ts); the formula is still defused.
  expect(row).toContain(`"'=HYPERLINK(“http://evil.example”)"`);
  expect(row).toContain(`"'+1 @ -2"`);
});

test('a csv cell doubles its quote marks and keeps its commas and line breaks inside, as RFC 4180 asks', () => {
  expect(csvRow(['say "no", twice', 'line\nbreak', 3, undefined])).toBe('"say ""no"", twice","line\nbreak","3",""');
});
