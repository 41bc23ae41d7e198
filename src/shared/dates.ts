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

/**
 * The locale dates are written in, for a site's language (site.yaml's
 * `language`). A bare "en" names no country; the site has always written it
 * day first ("2 March 2020"), where Intl would read it as American English,
 * so it is written as British English. "en-US" writes "March 2, 2020".
 */
export function dateLocale(language: string): string {
  return language.toLowerCase() === 'en' ? 'en-GB' : language;
}

const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Always in UTC: a partial date is a calendar day, not an instant, and the
 * reader's (or the build machine's) time zone must not move it. A language
 * Intl does not know falls back to British English, never to the
 * machine's own locale, so a build does not depend on where it runs.
 */
function formatter(language: string, precision: Precision): Intl.DateTimeFormat {
  const key = `${precision} ${language}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat([dateLocale(language), 'en-GB'], { ...PRECISION_OPTIONS[precision], timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

const formatted = new Map<string, string>();

/**
 * A date at its own precision, in the language given (site.yaml's
 * `language`): "10 September 2024", "September 2024" or "2024" in English,
 * "10 septembre 2024", "septembre 2024" or "2024" in French. Remembered, like
 * partialDate.
 */
export function formatPartialDate(text: string, language: string): string {
  const key = `${language} ${text}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  const date = partialDate(text);
  const [y, m = '01', d = '01'] = date.iso.split('-');
  const day = new Date(0);
  // setUTCFullYear, not Date.UTC: that reads the years 0 to 99 as 1900 to 1999.
  day.setUTCFullYear(Number(y), Number(m) - 1, Number(d));
  const written = formatter(language, date.precision).format(day);
  formatted.set(key, written);
  return written;
}

/** Between the two ends of a span, in every language: "10 May 2024 – 12 May 2024". */
export const RANGE_DASH = ' – ';

/**
 * A date or a span: "10 September 2024", "March 2022 – April 2022". Each end
 * keeps its own precision, so the ends are written whole rather than merged
 * ("10–12 May"): a span from a month to a day has no merged form.
 */
export function formatDateRange(start: string, end: string | undefined, language: string): string {
  const from = formatPartialDate(start, language);
  return end === undefined || end === start ? from : `${from}${RANGE_DASH}${formatPartialDate(end, language)}`;
}

/** The value for a `<time datetime>` attribute: valid HTML for all three precisions. */
export function datetimeAttribute(text: string): string {
  return partialDate(text).iso;
}
