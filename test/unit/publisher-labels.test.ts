/** A list naming sources by publisher never names two of them alike. */
import { expect, test } from 'vitest';
import { publisherLabels } from '../../src/model/publisher-labels.ts';

const source = (publisher: string, published: string, title: string) => ({ data: { publisher, published, title } });
const sources = new Map([
  ['gazette-march', source('Riverton Gazette', '2020-03-02', 'Council votes for a new bridge')],
  ['gazette-may', source('Riverton Gazette', '2020-05', 'Storm halts bridge works')],
  ['gazette-may-later', source('Riverton Gazette', '2020-05', 'Works resume after the storm')],
  ['weather', source('Weather Office', '2020-05-12', 'Storm warning')],
]);

test('a publisher named once stands alone, one named twice gets its dates, and one date named twice its headlines', () => {
  expect(Object.fromEntries(publisherLabels(['weather', 'gazette-march', 'weather'], sources, 'en-GB'))).toEqual({
    weather: 'Weather Office',
    'gazette-march': 'Riverton Gazette',
  });
  expect(Object.fromEntries(publisherLabels(['gazette-march', 'gazette-may', 'weather'], sources, 'en-GB'))).toEqual({
    'gazette-march': 'Riverton Gazette (2 March 2020)',
    'gazette-may': 'Riverton Gazette (May 2020)',
    weather: 'Weather Office',
  });
  expect(publisherLabels(['gazette-may', 'gazette-may-later'], sources, 'en-GB').get('gazette-may-later')).toBe('Riverton Gazette (Works resume after the storm)');
  expect(publisherLabels(['gazette-march', 'gazette-may'], sources, 'en-GB', (p, d) => `${p}, ${d}`).get('gazette-may')).toBe('Riverton Gazette, May 2020');
  // An id the story does not hold is named by itself (the content check has already refused it).
  expect(publisherLabels(['missing'], sources, 'en-GB').get('missing')).toBe('missing');
});
