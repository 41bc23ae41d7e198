import { describe, expect, test } from 'vitest';
import { findQuote, normaliseQuote, quoteAnchorId } from '../../src/content/quotes.ts';

const stored = 'He said: “From day one, our goal has been\nto ensure that Ukraine has what it needs” — and left.';

describe('quote matching', () => {
  test('a verbatim quote is found, with its range in the original text', () => {
    const range = findQuote(stored, 'our goal has been to ensure');
    expect(range).toBeDefined();
    expect(stored.slice(range!.start, range!.end)).toBe('our goal has been\nto ensure');
  });

  test('only whitespace, quote marks and dashes are normalised', () => {
    expect(findQuote(stored, '"From day one,   our goal')).toBeDefined();
    expect(findQuote(stored, 'needs" - and left')).toBeDefined();
    expect(findQuote("it's", "it’s")).toBeDefined();
    expect(findQuote(stored, 'from day one')).toBeUndefined();
    expect(findQuote(stored, 'our goal was')).toBeUndefined();
    expect(findQuote(stored, 'From day one our goal')).toBeUndefined();
    expect(findQuote(stored, '   ')).toBeUndefined();
  });

  test('normalising collapses whitespace and unifies quote marks and dashes', () => {
    expect(normaliseQuote('  “a”\u00a0\n ‘b’ – c — d ')).toBe('"a" \'b\' - c - d');
  });

  test('the anchor id depends on the words, not on how they are typeset', () => {
    expect(quoteAnchorId('will take “a year” — perhaps')).toBe(quoteAnchorId('will take "a year" - perhaps'));
    expect(quoteAnchorId('one')).not.toBe(quoteAnchorId('two'));
    expect(quoteAnchorId('one')).toMatch(/^q-[0-9a-f]{8}$/);
  });
});
