import { expect, test } from 'vitest';
import { findComponentUses } from '../../src/content/mdx-components.ts';

test('story components are found with their line, attributes and words; code is skipped', () => {
  const body = [
    'Intro <Cite source="a" quote="some words" />.',
    '',
    '<Quote source="b" by="Someone">',
    '  Said   this',
    '</Quote>',
    'A <Term id="atacms">missile</Term>.',
    '```mdx',
    '<Quote source="example">not checked</Quote>',
    '```',
    'And `<Cite source="inline" />` is code too.',
    '  <Cite source="c" />  ',
  ].join('\n');
  const { uses, problems } = findComponentUses(body, 'explainers/x.mdx');
  expect(problems).toEqual([]);
  expect(uses.map(({ start: _start, end: _end, ...use }) => use)).toEqual([
    { name: 'Cite', line: 1, attributes: { source: 'a', quote: 'some words' }, text: '', alone: false },
    { name: 'Quote', line: 3, attributes: { source: 'b', by: 'Someone' }, text: 'Said   this', alone: false },
    { name: 'Term', line: 6, attributes: { id: 'atacms' }, text: 'missile', alone: false },
    { name: 'Cite', line: 11, attributes: { source: 'c' }, text: '', alone: true },
  ]);
});

test('each use knows where it opens and closes, so the check can tell which component holds which', () => {
  const body = ['<Steps>', '<Step at="2020-01-01" title="One">', '', 'Text <Cite source="a" />.', '', '</Step>', '</Steps>', '<Cite source="b" />'].join('\n');
  const { uses } = findComponentUses(body, 'explainers/x.mdx');
  const [steps, step, inner, outer] = uses;
  expect(uses.map((u) => u.name)).toEqual(['Steps', 'Step', 'Cite', 'Cite']);
  const holds = (a: typeof steps, b: typeof steps) => a!.start < b!.start && b!.end <= a!.end;
  expect([holds(steps, step), holds(step, inner), holds(steps, inner), holds(steps, outer)]).toEqual([true, true, true, false]);
  expect(body.slice(steps!.start, steps!.end)).toMatch(/^<Steps>[\s\S]*<\/Steps>$/);
});

test('uses the check cannot verify are reported, each with a fix', () => {
  const body = ['<Quote source={id}>x</Quote>', '<Quote>words</Quote>', '<Term id="a" lang="en">x</Term>', '<Quote source="s">never closed'].join('\n');
  const { problems } = findComponentUses(body, 'explainers/x.mdx');
  expect(problems.map((p) => `${p.field}: ${p.message} | ${p.fix}`)).toMatchInlineSnapshot(`
    [
      "<Quote> on line 1: source={…} is an expression, which the check cannot verify | write source="…" with the value in quotes.",
      "<Quote> on line 1: is missing source="…" | add source="…" naming the source by its id.",
      "<Quote> on line 2: is missing source="…" | add source="…" naming the source by its id.",
      "<Term> on line 3: has no attribute "lang" | use only: id.",
      "<Quote> on line 4: is never closed | end it with </Quote>, or write <Quote … /> if it has no text.",
    ]
  `);
});
