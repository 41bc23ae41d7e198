/**
 * Interface words for browser scripts. The words live in src/shared/ui.ts;
 * importing that module into a script would ship every string of the site
 * with it, so the server hands each script the few it needs as templates
 * with numbered holes ("Showing {0} · {1}") in a JSON block, and the script
 * fills them.
 */

/** Fills a template's holes in one pass, so a value that itself reads "{1}" stays as written. */
export const fill = (template: string, ...values: (string | number)[]): string =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));

/** A function of strings as a template with numbered holes: (a, b) => `${a} of ${b}` gives "{0} of {1}". */
export function template(words: (...values: string[]) => string): string {
  return words(...Array.from({ length: words.length }, (_, i) => `{${i}}`));
}
