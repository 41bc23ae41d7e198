import { expect, test } from 'vitest';
import { legendLabel, readSteps, stepAttributes } from '../../src/model/steps.ts';

const step = (at: string, place?: string, event?: string, body = '<p>Text.</p>') =>
  `<section class="step" ${Object.entries(stepAttributes({ at, place, event })).map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ')} aria-labelledby="x"><h3>Title</h3>${body}</section>`;

test('the rendered steps are read back in order, each with its markup and the state its graphic shows', () => {
  const html = `\n${step('2024-05-29')}\n${step('2024-05-31', 'kharkiv')}\n${step('2024-06-17', undefined, 'an-event')}\n`;
  const read = readSteps(html);
  expect(read.before).toBe('\n');
  expect(read.steps.map((s) => s.state)).toEqual([
    { at: '2024-05-29', place: undefined, event: undefined },
    { at: '2024-05-31', place: 'kharkiv', event: undefined },
    { at: '2024-06-17', place: undefined, event: 'an-event' },
  ]);
  expect(read.steps.map((s) => s.html).join('')).toBe(html.slice(1));
});

test('children without steps are kept as they are, with no steps', () => {
  expect(readSteps('<p>No steps here.</p>')).toEqual({ before: '<p>No steps here.</p>', steps: [] });
});

test("a legend leaves out the words the graphic's title already says, and keeps any other name whole", () => {
  const title = 'Where US weapons could be used';
  expect(legendLabel('Where US weapons could be used: inside Ukraine, Crimea included', title)).toBe('Inside Ukraine, Crimea included');
  expect(legendLabel('Crimea: part of Ukraine, occupied by Russia since 2014', title)).toBe('Crimea: part of Ukraine, occupied by Russia since 2014');
  expect(legendLabel('Where US weapons could be used: ', title)).toBe('Where US weapons could be used: ');
});
