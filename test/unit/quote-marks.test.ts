import { expect, test } from 'vitest';
import { curlyQuotes } from '../../src/shared/quote-marks.ts';

test('straight quote marks in content become the curly ones the prose has, apostrophes included', () => {
  expect(curlyQuotes(`Biden says his administration is "working that out now"`)).toBe('Biden says his administration is “working that out now”');
  expect(curlyQuotes(`Russia's warning: Ukraine's allies would be 'at war' with NATO's members`)).toBe('Russia’s warning: Ukraine’s allies would be ‘at war’ with NATO’s members');
  expect(curlyQuotes(`"Protection is not escalation," Yermak said ("in full").`)).toBe('“Protection is not escalation,” Yermak said (“in full”).');
  expect(curlyQuotes('the allies\' view—"no"')).toBe('the allies’ view—“no”');
  expect(curlyQuotes('No marks at all, and “curly” ones kept')).toBe('No marks at all, and “curly” ones kept');
});
