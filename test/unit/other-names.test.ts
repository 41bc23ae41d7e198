import { expect, test } from 'vitest';
import { otherNames } from '../../src/model/other-names.ts';

test("a glossary entry shows the names that are other words, not the spellings and word forms search keeps for it", () => {
  expect(otherNames('Flood barrier', ['flood barriers', 'Flood-barrier', 'levee', 'levees', 'dike'])).toEqual(['levee', 'dike']);
  expect(otherNames('Kestrel', ['KST', 'KST-2', 'KST 2', 'Kestrel missile', 'M-90', 'M-90 launcher'])).toEqual(['KST', 'M-90']);
  expect(otherNames('Flood barrier', ["Riverton's flood barrier", 'the wall'])).toEqual(['the wall']);
  expect(otherNames('River Authority', ['RA', 'the authority'])).toEqual(['RA', 'the authority']);
  expect(otherNames('Dam', ['dams', 'Dam', 'weir'])).toEqual(['weir']);
  // Other words are other names, even where one word is shared; and any script counts.
  expect(otherNames('Flood barrier', ['flood wall', 'flood walls', 'Хвиля'])).toEqual(['flood wall', 'Хвиля']);
});
