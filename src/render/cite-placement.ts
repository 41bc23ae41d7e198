/**
 * Where citation markers sit in an explainer's text, as a reader expects:
 * straight after the words and after the punctuation that ends them
 * ("missile.¹", not "missile ¹."). Writers may put a <Cite> before the full
 * stop, with a space, as the content guide allows; this rewrites the MDX
 * source before it is compiled (a Vite transform, so it works with any MDX
 * processor), outside code. Runs of markers stay together ("border.²³").
 */

const CITE = String.raw`<Cite\b[^>]*?\/>`;
/** A line ending with a glossary term (`<Term>` words, inline in a sentence) ends in prose, not in a block. */
const ENDS_IN_TERM = /<\/Term>\s*$/;
/** Markers in a run may be split over lines ("km <Cite …/>⏎<Cite …/>,"): a line break before another marker is inside the run. */
const RUN = new RegExp(String.raw`(\n[ \t]*)?[ \t]*((?:${CITE}(?:[ \t]*\n[ \t]*(?=<Cite\b)|[ \t]*))+)([.,;:!?]+)?`, 'g');

/** The same MDX with each run of <Cite /> markers moved after the punctuation that follows it, spaces dropped. */
export function placeCitations(mdx: string): string {
  // Code (fenced blocks and inline spans) is left as written.
  const parts = mdx.split(/(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[^\n]*$|`[^`\n]+`)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(RUN, (whole, newline: string | undefined, cites: string, punctuation: string | undefined, offset: number) => {
        // The spaces after the run went with it: a word that follows gets one back ("km¹ and", not "km¹and").
        const after = part.charAt(offset + whole.length);
        const run = cites.replace(/\/>\s+</g, '/><').trim() + (punctuation === undefined && /[^\s<]/.test(after) && /[ \t]$/.test(cites) ? ' ' : '');
        if (newline === undefined) {
          // Not after a line break, but maybe at the very start of the text: left as written.
          const lineStart = part.lastIndexOf('\n', offset - 1) + 1;
          if (part.slice(lineStart, offset).trim() === '') return whole;
          return `${punctuation ?? ''}${run}`;
        }
        // A marker that opens a line continues the sentence on the line before (MDX would print the line
        // break as a space: "missile ¹."), unless that line is blank or ends a tag (other than a term's):
        // then it starts a block.
        const before = part.slice(0, offset);
        const previousLine = before.slice(before.lastIndexOf('\n') + 1);
        if (previousLine.trim() === '' || (/[>}]\s*$/.test(previousLine) && !ENDS_IN_TERM.test(previousLine))) return whole;
        return `${punctuation ?? ''}${run}`;
      });
    })
    .join('');
}
