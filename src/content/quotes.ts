/**
 * Verbatim-quote matching. A quote counts as found when it appears in the
 * stored text after normalising only what typesetting changes without
 * changing the words: runs of whitespace, curly vs straight quote marks and
 * the dash family. Case, spelling and punctuation otherwise must match.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u02BC\u2032]/u;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/u;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const WHITESPACE = /\s/u;

function normaliseChar(char: string): string {
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  return char;
}

export interface NormalisedText {
  text: string;
  /** For each character of `text`, the offset of the character it came from. */
  offsets: number[];
}

/** Normalises `text`, remembering where each kept character came from. */
export function normaliseWithOffsets(text: string): NormalisedText {
  let out = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  let index = 0;
  for (const char of text) {
    if (WHITESPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = index;
    } else {
      if (pendingSpace >= 0 && out.length > 0) {
        out += ' ';
        offsets.push(pendingSpace);
      }
      pendingSpace = -1;
      const normal = normaliseChar(char);
      out += normal;
      for (let i = 0; i < normal.length; i++) offsets.push(index);
    }
    index += char.length;
  }
  return { text: out, offsets };
}

export function normaliseQuote(text: string): string {
  return normaliseWithOffsets(text).text;
}

/** Where a quote sits in the original (unnormalised) stored text. */
export interface QuoteRange {
  start: number;
  end: number;
}

/**
 * Stored texts already normalised: a source quoted twenty times is normalised once. Sources are few and
 * unchanging within a check or a build, so they are kept (a full-text seed is a few kilobytes).
 */
const normalisedTexts = new Map<string, NormalisedText>();

/** Finds `quote` in `stored`; returns its range in `stored`, or undefined. */
export function findQuote(stored: string, quote: string): QuoteRange | undefined {
  const needle = normaliseQuote(quote);
  if (needle === '') return undefined;
  let haystack = normalisedTexts.get(stored);
  if (!haystack) normalisedTexts.set(stored, (haystack = normaliseWithOffsets(stored)));
  const at = haystack.text.indexOf(needle);
  if (at < 0) return undefined;
  const lastIndex = haystack.offsets[at + needle.length - 1] ?? 0;
  const lastChar = String.fromCodePoint(stored.codePointAt(lastIndex) ?? 0);
  return { start: haystack.offsets[at] ?? 0, end: lastIndex + lastChar.length };
}

/**
 * A stable fragment id for a quote: the same words give the same id however
 * they are typeset, and adding another quote never renames this one, so
 * links to `/sources/<id>/#q-…` keep working.
 */
export function quoteAnchorId(quote: string): string {
  let hash = 0x811c9dc5;
  for (const char of normaliseQuote(quote)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q-${hash.toString(16).padStart(8, '0')}`;
}
