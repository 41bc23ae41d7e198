/**
 * Interface words for browser scripts. The words live in src/shared/ui.ts;
 * importing that module into a script would ship every string of the site
 * with it, so the server hands each script the few it needs as templates
 * with numbered holes ("Showing {0} · {1}") in a JSON block, and the script
 * fills them.
 */
import { formatNumber } from './words.ts';

/** Fills a template's holes in one pass, so a value that itself reads "{1}" stays as written. */
export const fill = (template: string, ...values: (string | number)[]): string =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));

/** A function of strings as a template with numbered holes: (a, b) => `${a} of ${b}` gives "{0} of {1}". */
export function template(words: (...values: string[]) => string): string {
  return words(...Array.from({ length: words.length }, (_, i) => `{${i}}`));
}

/** A template for each form of a count: none, one, and many (the count in its hole). */
export interface CountTemplates {
  none: string;
  one: string;
  many: string;
}

/** A count no sentence holds by chance, written where the template's count hole goes. */
const SENTINEL = 7919;

/**
 * Words of `strings` strings and a count (the last argument) as a template per form: the strings in holes
 * {0}…, the count in the hole after them. `(name, n) => `${name}: ${n} events`` gives many "{0}: {1} events".
 */
export function countTemplates(words: (...args: never[]) => string, strings: number): CountTemplates {
  const holes = Array.from({ length: strings }, (_, i) => `{${i}}`);
  const call = words as unknown as (...args: (string | number)[]) => string;
  return { none: call(...holes, 0), one: call(...holes, 1), many: call(...holes, SENTINEL).replace(formatNumber(SENTINEL), `{${strings}}`) };
}

/** Fills the form of `templates` that suits `count`, the strings first and the count last, written as the server writes numbers. */
export const fillCount = (templates: CountTemplates, count: number, ...values: string[]): string =>
  fill(count === 0 ? templates.none : count === 1 ? templates.one : templates.many, ...values, formatNumber(count));
