/**
 * Markers in a run read in number order ("km,¹ ⁸", not "km,⁸ ¹"). Numbers
 * are given in order of first citation, so a run that cites a source first
 * met later in the text would otherwise show its numbers out of order. Works
 * on the rendered HTML of an explainer's text, after every marker has its
 * number and id; only the order inside a run changes.
 */

const MARKER = String.raw`<sup class="cite"[^>]*>(?:(?!<\/sup>)[\s\S])*<\/sup>`;
const RUN = new RegExp(String.raw`(?:${MARKER}){2,}`, 'g');

const numberOf = (marker: string) => Number(/data-cite="(\d+)"/.exec(marker)?.[1] ?? Number.NaN);

export function sortCiteRuns(html: string): string {
  return html.replace(RUN, (run) => {
    const markers = run.match(new RegExp(MARKER, 'g')) ?? [];
    // Stable: two markers of one note (never expected) keep their order, and so their ids' order.
    return [...markers].sort((a, b) => numberOf(a) - numberOf(b)).join('');
  });
}
