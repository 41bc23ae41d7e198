import { expect, test } from 'vitest';
import { quoteAnchorId } from '../../src/content/quotes.ts';
import { segmentStoredText } from '../../src/model/stored-text.ts';

test('stored text is split into paragraphs with each quoted passage marked and anchored once', () => {
  const text = 'First line.\nThe mayor said “it will take a year” and left.\n\nLast.';
  const paragraphs = segmentStoredText(text, ['it will take a year', 'it will take a year', '"it will take a year"', 'not there']);
  expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(['First line.', 'The mayor said “it will take a year” and left.', 'Last.']);
  const marked = paragraphs.flat().filter((s) => s.marked);
  expect(marked.map((s) => s.text)).toEqual(['“', 'it will take a year', '”']);
  const anchors = paragraphs.flat().flatMap((s) => s.anchors);
  expect(anchors).toEqual([quoteAnchorId('"it will take a year"'), quoteAnchorId('it will take a year')]);
  expect(new Set(anchors).size).toBe(anchors.length);
});

test('a quote spanning two paragraphs is marked in both without breaking them', () => {
  const paragraphs = segmentStoredText('one two\nthree four', ['two three']);
  expect(paragraphs).toEqual([
    [{ text: 'one ', marked: false, anchors: [] }, { text: 'two', marked: true, anchors: [quoteAnchorId('two three')] }],
    [{ text: 'three', marked: true, anchors: [] }, { text: ' four', marked: false, anchors: [] }],
  ]);
});
