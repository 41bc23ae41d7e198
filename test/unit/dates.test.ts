import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { siteSchema } from '../../src/schemas/site.ts';
import { dateLocale, formatDateRange, formatPartialDate, parsePartialDate } from '../../src/shared/dates.ts';

describe('partial dates', () => {
  test('the written form sets the precision and the span of days it can mean', () => {
    expect(parsePartialDate('2024')).toEqual({ iso: '2024', precision: 'year', first: '2024-01-01', last: '2024-12-31' });
    expect(parsePartialDate('2024-02')).toEqual({ iso: '2024-02', precision: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(parsePartialDate('2023-02')).toMatchObject({ last: '2023-02-28' });
    expect(parsePartialDate('2024-09-10')).toEqual({ iso: '2024-09-10', precision: 'day', first: '2024-09-10', last: '2024-09-10' });
  });

  test('impossible days are rejected instead of rolling over into the next month', () => {
    expect(parsePartialDate('2024-02-30')).toEqual({ error: '"2024-02-30" is not a real calendar date (2024-02 has 29 days)' });
    expect(parsePartialDate('2023-02-29')).toHaveProperty('error');
    expect(parsePartialDate('2024-13')).toEqual({ error: '"2024-13" has no month 13' });
    expect(parsePartialDate('2024-00-10')).toHaveProperty('error');
    expect(parsePartialDate('10/09/2024')).toEqual({ error: '"10/09/2024" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(parsePartialDate('2024-9-1')).toHaveProperty('error');
  });

  test('dates are written at their own precision, never as a fake exact day', () => {
    for (const language of ['en', 'en-GB']) {
      expect(formatPartialDate('2024-09-10', language)).toBe('10 September 2024');
      expect(formatPartialDate('2022-03', language)).toBe('March 2022');
      expect(formatPartialDate('2022', language)).toBe('2022');
      expect(formatDateRange('2024-05-10', '2024-05-12', language)).toBe('10 May 2024 – 12 May 2024');
      expect(formatDateRange('2024-05-10', '2024-05-10', language)).toBe('10 May 2024');
      expect(formatDateRange('2024-05-10', undefined, language)).toBe('10 May 2024');
      expect(formatDateRange('2022-03', '2024-05-12', language)).toBe('March 2022 – 12 May 2024');
    }
  });

  test('formatting does not depend on the time zone', () => {
    const zone = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
    try {
      expect(formatPartialDate('2022-02-24', 'en-GB')).toBe('24 February 2022');
      expect(formatPartialDate('2022-01-01', 'fr')).toBe('1 janvier 2022');
      expect(formatPartialDate('2021-12', 'de')).toBe('Dezember 2021');
    } finally {
      process.env['TZ'] = zone;
    }
  });
});

describe('dates in the site\'s language', () => {
  test('a bare "en" is written day first, as the site always has; "en-US" month first', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('EN')).toBe('en-GB');
    expect(dateLocale('en-US')).toBe('en-US');
    expect(dateLocale('fr')).toBe('fr');
    expect(formatPartialDate('2020-03-02', 'en-US')).toBe('March 2, 2020');
    expect(formatPartialDate('2020-03', 'en-US')).toBe('March 2020');
  });

  test('French: day, month and year precision, and spans', () => {
    expect(formatPartialDate('2020-03-02', 'fr')).toBe('2 mars 2020');
    expect(formatPartialDate('2020-03', 'fr')).toBe('mars 2020');
    expect(formatPartialDate('2020', 'fr')).toBe('2020');
    expect(formatDateRange('2020-05-10', '2020-05-12', 'fr')).toBe('10 mai 2020 – 12 mai 2020');
    expect(formatDateRange('2020-05', '2020-08-01', 'fr')).toBe('mai 2020 – 1 août 2020');
  });

  test('German: day, month and year precision, and spans', () => {
    expect(formatPartialDate('2020-03-02', 'de')).toBe('2. März 2020');
    expect(formatPartialDate('2020-03', 'de')).toBe('März 2020');
    expect(formatPartialDate('2020', 'de')).toBe('2020');
    expect(formatDateRange('2020-05-10', '2020-05-12', 'de')).toBe('10. Mai 2020 – 12. Mai 2020');
    expect(formatDateRange('2019', '2020-03', 'de')).toBe('2019 – März 2020');
  });

  test('the same date in two languages is remembered separately', () => {
    expect(formatPartialDate('2020-07-14', 'en')).toBe('14 July 2020');
    expect(formatPartialDate('2020-07-14', 'fr')).toBe('14 juillet 2020');
    expect(formatPartialDate('2020-07-14', 'en')).toBe('14 July 2020');
  });

  test('a language Intl does not know is written in English, not in the build machine\'s locale', () => {
    expect(formatPartialDate('2020-03-02', 'tlh')).toBe('2 March 2020');
    expect(formatPartialDate('2020-03', 'zz-QQ')).toBe('March 2020');
  });

  test('early years are not read as the 1900s', () => {
    expect(formatPartialDate('0079-08-24', 'en')).toBe('24 August 79');
    expect(formatPartialDate('0079', 'en')).toBe('79');
  });

  test('formatting reads neither the clock nor a random source', () => {
    const now = vi.spyOn(Date, 'now');
    const random = vi.spyOn(Math, 'random');
    try {
      formatPartialDate('1999-12-31', 'it');
      formatDateRange('1998-01', '1999', 'pl');
      expect(now).not.toHaveBeenCalled();
      expect(random).not.toHaveBeenCalled();
    } finally {
      now.mockRestore();
      random.mockRestore();
    }
    const source = readFileSync(new URL('../../src/shared/dates.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/Date\.now|Math\.random|new Date\(\)/);
  });

  test('site.yaml refuses a language tag Intl cannot read, once, with a fix', () => {
    const language = siteSchema.shape.language;
    expect(language.safeParse('fr').success).toBe(true);
    expect(language.safeParse('en-GB').success).toBe(true);
    const bad = language.safeParse('en-GB-GB');
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['"en-GB-GB" is not a valid language tag']);
    expect(language.safeParse('English').error?.issues.map((i) => i.message)).toEqual(['must be a language tag like "en" or "en-GB"']);
  });
});
