import { expect, test } from 'vitest';
import { citationNotes, distinctPassages } from '../../src/model/citation-notes.ts';
import type { ExplainerData } from '../../src/schemas/explainer.ts';

test('an explainer numbers each source once, in first-cited order, and lists the same words once even when quoted with and without their quotation marks', () => {
  const data = {
    keyPoints: [{ text: 'A point.', sources: [{ source: 'b', quote: '"This will mean war.' }] }],
    sources: ['b', 'c'],
  } as unknown as ExplainerData;
  const body = ['Text <Cite source="a" />.', '', '<Quote source="b">This will mean war.</Quote>', ''].join('\n');
  const plan = citationNotes({ data, body, file: 'explainers/x.mdx' });
  expect(plan.notes.map((n) => [n.n, n.source, n.markers, n.passages])).toEqual([
    [1, 'b', 2, ['"This will mean war.']],
    [2, 'a', 1, []],
  ]);
  expect(plan.alsoRelied).toEqual(['c']);
});

test('a note shows words once when they lie inside a longer passage quoted from the same source, wherever each was cited', () => {
  expect(distinctPassages(['has appointed Syrskyi', 'It said it has appointed Syrskyi as commander.', 'Another sentence.', 'has appointed Syrskyi'])).toEqual([
    'It said it has appointed Syrskyi as commander.',
    'Another sentence.',
  ]);
});

test('words count as inside a longer passage only as whole words', () => {
  expect(distinctPassages(['the United States', 'the United Statesman said'])).toEqual(['the United States', 'the United Statesman said']);
});
