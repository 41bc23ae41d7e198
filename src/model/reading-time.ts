/**
 * How long an explainer is, for the line under its headline: readers want
 * to know before they start. Counted from the MDX source, without its
 * components' tags (their text, such as a quotation, is counted), imports,
 * code or Markdown punctuation.
 */

/** A leisurely pace for news prose read on a phone; most estimates use 200–265. */
export const WORDS_PER_MINUTE = 200;

const WORD = /[\p{L}\p{N}]+(?:['’.-]+[\p{L}\p{N}]+)*/gu;

export function readingTime(mdx: string): { words: number; minutes: number } {
  const prose = mdx
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  const words = prose.match(WORD)?.length ?? 0;
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
