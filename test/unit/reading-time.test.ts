import { describe, expect, test } from 'vitest';
import { readingTime } from '../../src/model/reading-time.ts';

describe('reading time', () => {
  test('counts the prose, and the text inside components, but not tags, imports or link targets', () => {
    const mdx = [
      "import Foo from './foo.astro';",
      '',
      '## The fear of escalation',
      '',
      'Biden said it <Cite source="nhk-2022-05-31" /> in [an essay](https://www.nytimes.com/2022/05/31/opinion/biden.html).',
      '<Quote source="abc7">“We will make appropriate decisions,” Putin told reporters.</Quote>',
      '<Timeline from="2024-09" to="2024-09" />',
      "Kyiv's 300-km-range ATACMS, U.S.-made.",
    ].join('\n');
    // The(1) fear of escalation(4); Biden said it in an essay(10); We will make appropriate decisions Putin told reporters(18);
    // Kyiv's 300-km-range ATACMS U.S.-made(22).
    expect(readingTime(mdx)).toEqual({ words: 22, minutes: 1 });
  });

  test('rounds to whole minutes at 200 words a minute, never less than one', () => {
    expect(readingTime('word '.repeat(1500)).minutes).toBe(8);
    expect(readingTime('').minutes).toBe(1);
  });
});
