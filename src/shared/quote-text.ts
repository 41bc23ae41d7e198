/**
 * How quoted words are shown. A source often quotes a speaker inside its own
 * quotation marks, with the comma that led into its reporting verb
 * ("“If it now comes to rockets,” he said"); copied verbatim, those marks and
 * that comma would double ours (“"If it now comes to rockets,"”). The check
 * stays verbatim; only the display drops the source's own enclosing marks
 * and a trailing comma, makes straight marks curly like the text around, and
 * turns a quotation inside the words into single marks, since the words are
 * always shown inside double ones.
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
  return nestQuotes(curlyQuotes(text.replace(trailing, '').trim()));
}

/**
 * “He said: “The bridge stays shut. ”” reads as two quotations closing at once; within our marks a quotation
 * takes single ones (“He said: ‘The bridge stays shut.’”). Only when the double marks pair up, opening first:
 * words taken from inside a quotation (the bridge,” the mayor said, “stays shut) keep theirs, and so read as
 * written.
 * A space a source left before a closing mark goes too.
 */
function nestQuotes(text: string): string {
  const tidy = text.replace(/\s+”/g, '”');
  const marks = tidy.match(/[“”]/g) ?? [];
  const paired = marks.length > 0 && marks.length % 2 === 0 && marks.every((mark, i) => mark === (i % 2 === 0 ? '“' : '”'));
  return paired ? tidy.replace(/“/g, '‘').replace(/”/g, '’') : tidy;
}
