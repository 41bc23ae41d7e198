/**
 * How a sortable table orders its rows: by text, by number or by a partial
 * date (YYYY, YYYY-MM or YYYY-MM-DD). Pure, so the build can write the rows
 * in the same order the browser script (src/client/sort-table.ts) would sort
 * them, and both are tested without a browser.
 */

export type SortKind = 'text' | 'number' | 'date';
export type SortDirection = 'ascending' | 'descending';

/**
 * Partial dates by the first day each can mean, then the last, so a date
 * known only to the month is never placed as if it were the 1st: ascending,
 * "September 2024" comes after 1 September and before 2 September, and
 * "2024" before all of them. Text that is not a date sorts after every date.
 */
export function compareDates(a: string, b: string): number {
  const da = span(a);
  const db = span(b);
  if (!da || !db) return Number(!da) - Number(!db);
  return cmp(da[0], db[0]) || cmp(da[1], db[1]);
}

/**
 * The first and last day a partial date can mean, as text that sorts in time order. Only for
 * ordering: a month's last day is written as its 31st, which sorts right for every month. This,
 * not src/shared/dates.ts, keeps the browser script small.
 */
function span(date: string): [string, string] | undefined {
  const text = date.trim();
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text)) return undefined;
  return text.length === 4 ? [`${text}-01-01`, `${text}-12-31`] : text.length === 7 ? [`${text}-01`, `${text}-31`] : [text, text];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A leading article is not what a reader looks a name up by: "The Riverton Gazette" files under R. */
const filed = (text: string) => text.trim().replace(/^the\s+/i, '');

const collators = new Map<string, Intl.Collator>();

/** Text in the reader's language, ignoring case and a leading "The", with numbers in number order ("2" before "10"). */
export function compareText(a: string, b: string, locale = 'en'): number {
  const collator = collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale, { sensitivity: 'base', numeric: true })).get(locale)!;
  return collator.compare(filed(a), filed(b));
}

/** Numbers as numbers; a cell that is not one sorts after every number. */
export function compareNumbers(a: string, b: string): number {
  const na = Number.parseFloat(a);
  const nb = Number.parseFloat(b);
  if (Number.isNaN(na) || Number.isNaN(nb)) return Number(Number.isNaN(na)) - Number(Number.isNaN(nb));
  return na - nb;
}

export function compareKeys(kind: SortKind, a: string, b: string, locale = 'en'): number {
  return kind === 'number' ? compareNumbers(a, b) : kind === 'date' ? compareDates(a, b) : compareText(a, b, locale);
}

/**
 * The order to show rows in, as indexes into `keys` (one key per row, in
 * the table's first order). Rows with equal keys keep their first order in
 * both directions, so sorting by publisher keeps each publisher's rows
 * newest first; keys that are not values of their kind go last either way.
 */
export function sortOrder(keys: readonly string[], kind: SortKind, direction: SortDirection, locale = 'en'): number[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const missing = (key: string) =>
    kind === 'number' ? Number.isNaN(Number.parseFloat(key)) : kind === 'date' ? !span(key) : key.trim() === '';
  return keys
    .map((key, index) => ({ key, index, missing: missing(key) }))
    .sort((a, b) => Number(a.missing) - Number(b.missing) || (a.missing ? 0 : sign * compareKeys(kind, a.key, b.key, locale)) || a.index - b.index)
    .map((row) => row.index);
}

/** The direction a column sorts in when first chosen: names A to Z, but dates newest first and counts largest first. */
export const firstDirection = (kind: SortKind): SortDirection => (kind === 'text' ? 'ascending' : 'descending');
