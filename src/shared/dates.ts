/**
 * Partial calendar dates: "2022", "2022-03" or "2022-03-14".
 * The written form carries the precision, so a month-precision event can
 * never be drawn or sorted as if it happened on the 1st. All maths is done on
 * ISO day strings, which compare correctly as plain strings and carry no time
 * zone (a JS Date would shift them by the reader's offset).
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The date as written: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  precision: Precision;
  /** First day the date can mean, YYYY-MM-DD. */
  first: string;
  /** Last day the date can mean, YYYY-MM-DD. */
  last: string;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Reads a partial date, or explains in one sentence why it is not one.
 * Rejects impossible days (2024-02-30) instead of rolling them over.
 */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = FORM.exec(text);
  if (!match) {
    return { error: `"${text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) {
    return { iso: text, precision: 'year', first: `${y}-01-01`, last: `${y}-12-31` };
  }
  const month = Number(m);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m}` };
  const monthDays = daysInMonth(year, month);
  if (d === undefined) {
    return { iso: text, precision: 'month', first: `${y}-${m}-01`, last: `${y}-${m}-${pad(monthDays)}` };
  }
  const day = Number(d);
  if (day < 1 || day > monthDays) {
    return { error: `"${text}" is not a real calendar date (${y}-${m} has ${monthDays} days)` };
  }
  return { iso: text, precision: 'day', first: text, last: text };
}

const parsedDates = new Map<string, Readonly<PartialDate>>();

/**
 * Parses a date already validated by the schema; throws if it is not one.
 * Remembered: a big story's pages and cards ask for the same few thousand
 * dates millions of times.
 */
export function partialDate(text: string): Readonly<PartialDate> {
  const known = parsedDates.get(text);
  if (known) return known;
  const parsed = parsePartialDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  const date = Object.freeze(parsed);
  parsedDates.set(text, date);
  return date;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "10 September 2024", "September 2024" or "2024", at the date's own precision. */
export function formatPartialDate(text: string): string {
  const date = partialDate(text);
  const [y, m, d] = date.iso.split('-');
  if (date.precision === 'year') return `${y}`;
  const month = MONTHS[Number(m) - 1];
  if (date.precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** A date or a span: "10 September 2024", "March 2022 – April 2022". */
export function formatDateRange(start: string, end?: string): string {
  const from = formatPartialDate(start);
  return end === undefined || end === start ? from : `${from} – ${formatPartialDate(end)}`;
}

/** The value for a `<time datetime>` attribute: valid HTML for all three precisions. */
export function datetimeAttribute(text: string): string {
  return partialDate(text).iso;
}

export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new Error(`no month ${month}`);
  return name;
}
