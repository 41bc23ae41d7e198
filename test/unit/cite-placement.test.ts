/** Citation markers sit after the words and the punctuation they follow, in prose only. */
import { expect, test } from 'vitest';
import { placeCitations } from '../../src/render/cite-placement.ts';

test('a marker before a full stop or comma moves after it, and the space before it goes', () => {
  expect(placeCitations('the missile <Cite source="a" />. Next')).toBe('the missile.<Cite source="a" /> Next');
  expect(placeCitations('80 km <Cite source="a" /> <Cite source="b" quote="x y" />, and')).toBe('80 km,<Cite source="a" /><Cite source="b" quote="x y" /> and');
  expect(placeCitations('at the end <Cite source="a" />\nnext line')).toBe('at the end<Cite source="a" />\nnext line');
  // Markers of one run split over two lines stay one run ("km,⁸¹ and", not "km⁸ ¹, and").
  expect(placeCitations('80 km <Cite source="a" />\n<Cite source="b" />, and')).toBe('80 km,<Cite source="a" /><Cite source="b" /> and');
  // With no punctuation after the run, the word after it keeps its space.
  expect(placeCitations('80 km <Cite source="a" />\n<Cite source="b" /> and more')).toBe('80 km<Cite source="a" /><Cite source="b" /> and more');
  expect(placeCitations('the words <Cite source="a" /> and more')).toBe('the words<Cite source="a" /> and more');
  // A blank line between them is a paragraph break, not a run.
  expect(placeCitations('one <Cite source="a" />\n\n<Cite source="b" />.')).toBe('one<Cite source="a" />\n\n<Cite source="b" />.');
});

test('code and a marker that opens a line are left as written', () => {
  expect(placeCitations('An example: `text <Cite source="a" />.`')).toBe('An example: `text <Cite source="a" />.`');
  expect(placeCitations('```\nx <Cite source="a" />.\n```\n')).toBe('```\nx <Cite source="a" />.\n```\n');
  expect(placeCitations('<Cite source="a" />. First line')).toBe('<Cite source="a" />. First line');
  expect(placeCitations('para\n\n<Cite source="a" />.')).toBe('para\n\n<Cite source="a" />.');
  expect(placeCitations('<Quote source="q">x</Quote>\n<Cite source="a" />.')).toBe('<Quote source="q">x</Quote>\n<Cite source="a" />.');
});

test('a marker that opens a line joins the sentence on the line before, after its punctuation', () => {
  expect(placeCitations('the words\n<Cite source="a" />. Next')).toBe('the words.<Cite source="a" /> Next');
  expect(placeCitations('- an item\n  <Cite source="a" quote="q" />,\n  more')).toBe('- an item,<Cite source="a" quote="q" />\n  more');
  // A glossary term ends a line inside a sentence: the marker after it hugs it ("missile,¹", not "missile ¹,").
  expect(placeCitations('a <Term id="m">ballistic missile</Term>\n<Cite source="a" />, fired')).toBe('a <Term id="m">ballistic missile</Term>,<Cite source="a" /> fired');
});
