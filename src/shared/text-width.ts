/**
 * How wide a label will be, without measuring it, for the timeline's and the
 * map's label placers: the server and the browser must make the same
 * choices, and measuring text in the browser would force a layout on every
 * zoom step. Widths are DejaVu Sans's advance widths (the
 * sans-serif of most Linux systems, and wider than Segoe UI, San Francisco
 * or Roboto), so a label estimated to fit does fit where the reader's system
 * face is narrower.
 */

/** Advance widths of the printable ASCII characters (space to ~), in hundredths of an em. */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66,
  56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82,
  59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37,
  77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71,
  65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Typographic marks the titles use, and a generous width for any other character (accented letters, Cyrillic). */
const OTHER: Record<string, [number, number]> = { '…': [100, 100], '‘': [32, 38], '’': [32, 38], '“': [52, 66], '”': [52, 66], '–': [50, 50], '—': [100, 100], '×': [84, 84] };
const FALLBACK: [number, number] = [72, 80];

export const ELLIPSIS = '…';

/** The width of `text` in pixels at `size` px, regular or bold. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hundredths += code >= 32 && code < 127 ? table[code - 32]! : (OTHER[char] ?? FALLBACK)[bold ? 1 : 0];
  }
  return Math.ceil((hundredths * size) / 100);
}

export interface FittedText {
  lines: string[];
  /** The widest line, in pixels. */
  width: number;
  /** False when words had to be left out (the last line then ends in an ellipsis). */
  whole: boolean;
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth`,
 * breaking only between words. What does not fit is left out at a word
 * boundary and the last line ends in an ellipsis, then `suffix` (such as
 * "+2 more"), which is always kept. A word too long for a line on its own is
 * cut, with an ellipsis, and ends the label. Undefined when not even the
 * start of the first word fits.
 */
export function fitText(text: string, maxWidth: number, maxLines: number, size: number, suffix = ''): FittedText | undefined {
  const measure = (line: string) => textWidth(line, size);
  const tail = suffix ? ` ${suffix}` : '';
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[][] = [];
  let truncated = false;
  for (const word of words) {
    const current = lines[lines.length - 1];
    if (current && measure(`${current.join(' ')} ${word}`) <= maxWidth) {
      current.push(word);
      continue;
    }
    if (lines.length === maxLines) {
      truncated = true;
      break;
    }
    if (measure(word) > maxWidth) {
      // Cut so that the ellipsis and the suffix still fit after it.
      const chars = [...word];
      while (chars.length > 0 && measure(`${chars.join('')}${ELLIPSIS}${tail}`) > maxWidth) chars.pop();
      if (chars.length >= 2) lines.push([chars.join('')]);
      truncated = true;
      break;
    }
    lines.push([word]);
  }
  // The ending goes on the last line; words come off it (and lines off the label) until it fits.
  while (lines.length > 0) {
    const last = lines[lines.length - 1]!;
    const ending = () => `${truncated ? ELLIPSIS : ''}${tail}`;
    while (last.length > 0 && measure(`${last.join(' ')}${ending()}`) > maxWidth) {
      last.pop();
      truncated = true;
    }
    if (last.length > 0) {
      last[last.length - 1] += ending();
      const written = lines.map((words) => words.join(' '));
      return { lines: written, width: Math.max(...written.map(measure)), whole: !truncated };
    }
    lines.pop();
    truncated = true;
  }
  return undefined;
}
