/**
 * How quoted words are shown. A source often quotes a speaker inside its own
 * quotation marks, with the comma that led into its reporting verb
 * ("“If it now comes to rockets,” he said"); copied verbatim, those marks and
 * that comma would double ours (“"If it now comes to rockets,"”). The check
 * stays verbatim; only the display drops the source's own enclosing marks
 * and a trailing comma, and makes straight marks curly like the text around.
 */
import { curlyQuotes } from './quote-marks.ts';

const OPENING = new Set(['"', '“', '„', '«', "'", '‘']);
const CLOSING = new Set(['"', '”', '“', '»', "'", '’']);

export function displayQuote(words: string): string {
  const trailing = /\s*[,;:]$/;
  let text = words.trim();
  if (OPENING.has(text.charAt(0))) {
    // Opening and closing marks come off together, so a closing apostrophe ("the soldiers’") stays.
    text = text.slice(1).replace(trailing, '');
    if (CLOSING.has(text.charAt(text.length - 1))) text = text.slice(0, -1);
  }
  return curlyQuotes(text.replace(trailing, '').trim());
}
