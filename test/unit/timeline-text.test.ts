import { expect, test } from 'vitest';
import { timelineText } from '../../src/model/timeline-data.ts';
import { eventCount, fill } from '../../src/shared/timeline/text.ts';
import { UI } from '../../src/shared/ui.ts';

test('the browser fills the same words the server writes, from UI.timeline', () => {
  const text = timelineText();
  const t = UI.timeline;
  expect(fill(text.showing, '1 May 2024 – 3 May 2024', eventCount(text, 3))).toBe(t.showing('1 May 2024 – 3 May 2024', t.events(3)));
  expect(eventCount(text, 1)).toBe(t.events(1));
  expect(fill(text.shownOf, 3, eventCount(text, 4))).toBe('(3 of 4 events)');
  expect(fill(text.announce, '2 March 2020', 'Council votes', 1, 4)).toBe('2 March 2020: Council votes. 1 of 4.');
  expect(text.sources).toBe(t.sources);
});

test('a value that reads like a hole is written as it is', () => {
  expect(fill('{0} and {1}', 'a {1}', 'b')).toBe('a {1} and b');
});
