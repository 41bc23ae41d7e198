/**
 * ISO 3166-1 country codes: content names countries by their two-letter
 * code ("KE"), the atlas by their three-letter one ("KEN"). From
 * i18n-iso-countries' table, read at build time only.
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

const ALPHA3 = new Map((codes as string[][]).map(([alpha2, alpha3]) => [alpha2!, alpha3!]));

/** The atlas's code for a country written as content writes it: "KE" → "KEN"; undefined if there is none. */
export const alpha3 = (alpha2: string): string | undefined => ALPHA3.get(alpha2);

export const isCountryCode = (alpha2: string): boolean => ALPHA3.has(alpha2);
