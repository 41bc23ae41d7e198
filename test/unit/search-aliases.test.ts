/** Search aliases: a query naming one name of a group is also run with each other name. */
import { expect, test } from 'vitest';
import { personNames } from '../../src/model/search-records.ts';
import { aliasTable, hasExactMatch, queryVariants } from '../../src/shared/search-aliases.ts';

const table = aliasTable([
  ['Kyiv', 'Kiev', 'Київ'],
  ['Volodymyr Zelensky', 'Zelensky', 'Zelenskiy', 'Zelenskyy'],
  ['ATACMS', 'MGM-140', 'Army Tactical Missile System'],
  ['UK', 'Britain'],
]);

test('an alias is also searched as its canonical name and the other aliases, and the canonical as its aliases', () => {
  expect(queryVariants('Kiev', table)).toEqual(['Kiev', 'kyiv', 'київ']);
  expect(queryVariants('Kyiv', table)).toEqual(['Kyiv', 'kiev', 'київ']);
  expect(queryVariants('Zelenskiy speech', table)).toEqual(['Zelenskiy speech', 'volodymyr zelensky speech', 'zelensky speech', 'zelenskyy speech']);
});

test('a name inside a longer name or a word is not swapped, and a long name is matched whole', () => {
  expect(queryVariants('Kievan Rus', table)).toEqual(['Kievan Rus']);
  expect(queryVariants('army tactical missile system range', table)).toEqual(['army tactical missile system range', 'atacms range', 'mgm-140 range']);
});

test('names of two letters stay out, and a query without names is searched as typed', () => {
  expect(table.names['uk']).toBeUndefined();
  expect(queryVariants('escalation', table)).toEqual(['escalation']);
});

test('a result set matches exactly when the excerpts mark every word of the query, or of another name for it, whole', () => {
  expect(hasExactMatch(['… the missiles <mark>ATACMS</mark> can reach …', '… its <mark>range</mark> is …'], ['atacms range'])).toBe(true);
  // One word of two found, the other a typing slip: a loose match.
  expect(hasExactMatch(['… the missiles <mark>ATACMS</mark> can reach …'], ['atacms rnage'])).toBe(false);
  expect(hasExactMatch(['… talks in <mark>Kyiv</mark> …'], queryVariants('Kiev', table))).toBe(true);
  // Pagefind marks words that only begin like the query: "Kiev" finding "Kievan" is not an exact match.
  expect(hasExactMatch(['… the <mark>Kievan</mark> state …'], ['Kiev'])).toBe(false);
  expect(hasExactMatch([], ['Kiev'])).toBe(false);
});

test("a person's surname spelt another way is searched as the surname as usually spelt, not only as the full name", () => {
  expect(personNames('Ada Lovell', ['Lovel'])).toEqual(['Ada Lovell', 'Lovel', 'Lovell']);
  expect(queryVariants('Lovel', aliasTable([personNames('Ada Lovell', ['Lovel'])]))).toEqual(['Lovel', 'ada lovell', 'lovell']);
  // Only full names as aliases: the surname alone is no other spelling of anything.
  expect(personNames('Ada Lovell', ['Ada Lovel'])).toEqual(['Ada Lovell', 'Ada Lovel']);
  expect(personNames('Cher', ['Cherilyn'])).toEqual(['Cher', 'Cherilyn']);
  expect(personNames('Ada Lovell Jr.', ['Lovel'])).toEqual(['Ada Lovell Jr.', 'Lovel']);
});

test('a query naming two things in other spellings finds what their usual names find together', () => {
  expect(queryVariants('Kiev Zelenskiy', table)).toEqual([
    'Kiev Zelenskiy',
    'kyiv volodymyr zelensky',
    'kiev volodymyr zelensky',
    'київ volodymyr zelensky',
    'kyiv zelensky',
    'kyiv zelenskiy',
    'kyiv zelenskyy',
  ]);
  // The same name twice is written the same way both times, in every search.
  expect(queryVariants('Kiev to Kiev', table)).toEqual(['Kiev to Kiev', 'kyiv to kyiv', 'київ to київ']);
});
