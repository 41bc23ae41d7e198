import { expect, test } from 'vitest';
import { quoteAnchorId } from '../../src/content/quotes.ts';
import { citedBy, shownUrl, usedBy } from '../../src/model/sources.ts';
import type { Citing } from '../../src/model/story-index.ts';
import { UI } from '../../src/shared/ui.ts';

const { sentence, label } = UI.sourcesPage;

test('a source says what it is in one sentence, naming whose report it is', () => {
  expect(sentence('syndicated', 'ABC News', 'The Associated Press')).toBe('The Associated Press’s report, republished by ABC News.');
  expect(sentence('copy', 'Balitang Marino', 'Reuters')).toBe('A copy on Balitang Marino of Reuters’s report.');
  expect(sentence('original', 'Reuters', undefined)).toBe('Reuters’s own report.');
  expect(sentence('original', 'The Kyiv Independent', 'Politico')).toBe('The Kyiv Independent’s own report, citing Politico.');
  expect(sentence('official', 'US Department of State', undefined)).toBe('An official record by US Department of State.');
});

test('a name that cannot take a possessive is said another way', () => {
  expect(sentence('copy', 'Caliber.Az', 'unnamed foreign media')).toBe('A copy on Caliber.Az of a report by unnamed foreign media.');
  expect(sentence('copy', 'MENAFN', 'Kuwait News Agency (KUNA)')).toBe('A copy on MENAFN of a report by Kuwait News Agency (KUNA).');
  expect(sentence('original', 'UNN (Ukrainian National News)', undefined)).toBe('An original report by UNN (Ukrainian National News).');
  expect(sentence('syndicated', 'Daily Mail', undefined)).toBe('An agency report, republished by Daily Mail.');
});

test('the list says what each source is in a few words', () => {
  expect(label('original', 'Politico')).toBe('Original report');
  expect(label('official', undefined)).toBe('Official record');
  expect(label('syndicated', 'AFP')).toBe('Agency report via AFP');
  expect(label('copy', 'AP')).toBe('Copy of AP’s report');
  expect(label('copy', 'unnamed Western media')).toBe('Copy of a report by unnamed Western media');
  expect(label('copy', undefined)).toBe('Copy of another outlet’s report');
});

const cite = (kind: Citing['kind'], path: string, quote?: string): Citing => ({ kind, id: path, title: `Title of ${path}`, path, quote });

test('citing pages are grouped by kind, explainers first, each page once with each passage once', () => {
  const citing = [
    cite('event', '/timeline/b/', 'the bridge “closed”'),
    cite('event', '/timeline/b/', 'the bridge "closed"'),
    cite('event', '/timeline/a/'),
    cite('term', '/glossary/#bridge', 'span'),
    cite('explainer', '/explainers/x/'),
    cite('explainer', '/explainers/x/', 'span'),
  ];
  const groups = citedBy(citing);
  expect(groups.map((g) => g.kind)).toEqual(['explainer', 'event', 'term']);
  expect(groups[1]!.pages.map((p) => p.path)).toEqual(['/timeline/b/', '/timeline/a/']);
  expect(groups[1]!.pages[0]!.quotes).toEqual([{ words: 'the bridge “closed”', anchor: quoteAnchorId('the bridge "closed"') }]);
  expect(groups[0]!.pages[0]!.quotes.map((q) => q.words)).toEqual(['span']);
  expect(usedBy(citing)).toBe(4);
  expect(usedBy(undefined)).toBe(0);
});

test('a web address is shown without its scheme', () => {
  expect(shownUrl('https://www.example.org/a/b/')).toBe('www.example.org/a/b');
  expect(shownUrl('http://example.org')).toBe('example.org');
});
