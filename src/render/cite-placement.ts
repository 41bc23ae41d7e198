/**
 * Where citation markers sit in an explainer's text, as a reader expects:
 * straight after the words and after the punctuation that ends them
 * ("missile.¹", not "missile ¹."). Writers may put a <Cite> before the full
 * stop, with a space, as the content guide allows; this rewrites the MDX
 * source before it is compiled (a Vite transform, so it works with any MDX
 * processor), outside code. Runs of markers stay together ("border.²³").
 */

const CITE = String.raw`<Cite\b[^>]*?\/>`;
const RUN = new RegExp(String.raw`[ \t]*((?:${CITE}[ \t]*)+)([.,;:!?]+)?`, 'g');

/** The same MDX with each run of <Cite /> markers moved after the punctuation that follows it, spaces dropped. */
export function placeCitations(mdx: string): string {
  // Code (fenced blocks and inline spans) is left as written.
  const parts = mdx.split(/(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[^\n]*$|`[^`\n]+`)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(RUN, (whole, cites: string, punctuation: string | undefined, offset: number) => {
        // A marker that starts a line stays where it is: the content check refuses one alone on its line.
        const lineStart = part.lastIndexOf('\n', offset - 1) + 1;
        if (part.slice(lineStart, offset).trim() === '') return whole;
        const run = cites.replace(/\/>[ \t]+</g, '/><').trim();
        return `${punctuation ?? ''}${run}`;
      });
    })
    .join('');
}
