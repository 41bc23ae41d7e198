/**
 * Straight quote marks typed in content files ("…", '…', it's) turned into
 * the curly ones the explainers' prose gets from Markdown's smartypants, so a
 * title, a key point or a note reads with the same marks as the text around
 * it. A mark opens after the start, a space, an opening bracket or a dash,
 * and closes (or is an apostrophe) everywhere else.
 */

const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;

export function curlyQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  return text.replace(/["']/g, (mark, at: number) => {
    const before = at === 0 ? ' ' : text[at - 1]!;
    const opens = OPENS_AFTER.test(before);
    if (mark === '"') return opens ? '\u201c' : '\u201d';
    return opens ? '\u2018' : '\u2019';
  });
}
