/**
 * How quoted words are shown. A source often quotes a speaker inside its own
 * quotation marks, with the comma that led into its reporting verb
 * ("“If it now comes to rockets,” he said"); copied verbatim, those marks and
 * that comma would double ours (“"If it now comes to rockets,"”). The check
 * stays verbatim; only the display drops the source's own enclosing marks
 * and a trailing comma, makes straight marks curly like the text around, and
 * turns a quotation inside the words into single marks, since the words are
 * always shown inside double ones. A hyphen a source typed for a dash, with a
 * space each side ("countries - the United States - are"), shows as the dash.
 */
import { curlyQuotes } from './quote-marks.ts';

const OPENING = new Set(['"', '“', '„', '«', "'", '‘']);
const CLOSING = new Set(['"', '”', '“', '»', "'", '’']);

export function displayQuote(words: string): string {
  const trailing = /\s*[,;:]$/;
  const whole = words.trim();
  let text = whole;
  if (OPENING.has(text.charAt(0))) {
    // Opening and closing marks come off together, so a closing apostrophe ("the soldiers’") stays. A full stop
    // after the closing mark is the reporter's ("civilian capacities”."), so it goes with the mark.
    text = text.slice(1).replace(trailing, '').replace(/(["”»])\s*\.$/, '$1');
    if (CLOSING.has(text.charAt(text.length - 1))) text = text.slice(0, -1);
    // The source's marks enclosed the whole passage unless what is left closes a quotation it never opened:
    // then the source's quotation closed partway (“The bridge stays shut,” the mayor said), and the passage
    // keeps its marks, which nest as single ones. Left whole: none left, a quotation inside (he called it
    // “bluster”), or words between two quotations (“The bridge,” the mayor said, “stays shut”).
    if (closesPartway(curlyQuotes(text))) text = whole;
  }
  return nestQuotes(curlyQuotes(text.replace(trailing, '').trim())).replace(/ - /g, ' – ');
}

/**
 * Whether `text` closes a quotation it never opened: an odd number of double marks or guillemets, the first a
 * closing one. (Single marks are left out: a closing one is also an apostrophe.)
 */
function closesPartway(text: string): boolean {
  const marks = text.match(/[“”«»]/g) ?? [];
  return marks.length % 2 === 1 && (marks[0] === '”' || marks[0] === '»');
}

/**
 * “He said: “The bridge stays shut. ”” reads as two quotations closing at once; within our marks a quotation
 * takes single ones (“He said: ‘The bridge stays shut.’”), and the spaces a source left inside its marks go.
 * Only when the double marks pair up, opening first, and no single opening mark is already inside (a third
 * level would then read as the second): words taken from inside a quotation (the bridge,” the mayor said,
 * “stays shut) and marks used another way (”nej”) stay as written.
 */
function nestQuotes(text: string): string {
  const marks = text.match(/[“”]/g) ?? [];
  const paired = marks.length > 0 && marks.length % 2 === 0 && marks.every((mark, i) => mark === (i % 2 === 0 ? '“' : '”'));
  if (!paired || text.includes('‘')) return text;
  return text.replace(/“\s*/g, '‘').replace(/\s*”/g, '’');
}

/**
 * For each passage quoted from one source, the passage it is shown as: the longest passage that holds its words
 * (as shown, whole words), else the first with the same words as shown, else itself. Quoting a sentence in full
 * in one place and in part in another, or with and without the source's own marks, is one passage.
 */
export function passageHomes(quotes: readonly string[]): number[] {
  const shown = quotes.map(displayQuote);
  return shown.map((text, i) => {
    const longest = shown.reduce((best, other, j) => (other.length > shown[best]!.length && containsWords(other, text) ? j : best), i);
    return longest !== i ? longest : shown.indexOf(text);
  });
}

/** Whether `words` stand in `text` as whole words (not "the United States" inside "the United Statesman"). */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + words.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
