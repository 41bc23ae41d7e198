/**
 * Splits a source's stored text into paragraphs and marks every quoted
 * passage, so the source page can highlight each quote and give it an anchor
 * that citing pages link to. Pure data: the template writes the HTML, which
 * keeps every character of the source escaped.
 */
import { findQuote, quoteAnchorId } from '../content/quotes.ts';

export interface Segment {
  text: string;
  /** True when the text is part of at least one quoted passage. */
  marked: boolean;
  /** Anchor ids of the quotes that begin here. */
  anchors: string[];
}

export type Paragraph = Segment[];

/** Paragraphs are separated by line breaks; a quote may span several. */
export function segmentStoredText(text: string, quotes: readonly string[]): Paragraph[] {
  // Quotes typeset differently but with the same words share one anchor.
  const byAnchor = new Map(quotes.map((quote) => [quoteAnchorId(quote), quote]));
  const ranges = [...byAnchor]
    .map(([anchor, quote]) => ({ range: findQuote(text, quote), anchor }))
    .filter((q): q is { range: { start: number; end: number }; anchor: string } => q.range !== undefined);

  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[0].trim() === '') continue;
    const cuts = new Set([start, end]);
    for (const { range } of ranges) {
      if (range.start > start && range.start < end) cuts.add(range.start);
      if (range.end > start && range.end < end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const paragraph: Paragraph = [];
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i] ?? 0;
      const to = points[i + 1] ?? 0;
      paragraph.push({
        text: text.slice(from, to),
        marked: ranges.some(({ range }) => range.start < to && range.end > from),
        anchors: ranges.filter(({ range }) => range.start === from).map(({ anchor }) => anchor),
      });
    }
    paragraphs.push(paragraph);
  }
  return paragraphs;
}
