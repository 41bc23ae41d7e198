/**
 * Numbers and counts in the interface's words (src/shared/ui.ts), written in
 * the language those words are in. A translation of the interface brings its
 * own locale here, so "1,000 events" becomes "1 000 événements" without a
 * template changing.
 */

/** The locale of the interface's words. */
export const UI_LOCALE = 'en-GB';

// Made on first use, not when a page's script loads: constructing Intl formatters is slow on a phone, and
// most counts a script writes are small whole numbers, written without one.
let numbers: Intl.NumberFormat | undefined;
let plurals: Intl.PluralRules | undefined;

/** A number as running text writes it: "1,250". */
export const formatNumber = (n: number) => (Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : (numbers ??= new Intl.NumberFormat(UI_LOCALE)).format(n));

/** "1 event", "2 events", "1,250 events" (or "2 people", given `many`): counts in running text. */
export const plural = (count: number, word: string, many = `${word}s`) =>
  `${formatNumber(count)} ${(plurals ??= new Intl.PluralRules(UI_LOCALE)).select(count) === 'one' ? word : many}`;

/** A note set in brackets inside a sentence drops its own full stop: "(near the bridge)." not "(near the bridge.).". */
export const withoutFullStop = (text: string) => text.replace(/(?<!\.[A-Za-z])\.$/, ''); // "the U.S." keeps its stop
