/**
 * Whether a source's id names the outlet that published it. Ids begin with
 * the outlet ("reuters-2024-…"), so an id naming another outlet than the one
 * whose text is stored would tell readers and maintainers the wrong thing.
 */

/** The words of an outlet's name, lower case, without accents or a leading "the": "The Riverton Gazette" → riverton, gazette. */
export function outletWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words[0] === 'the' ? words.slice(1) : words;
}

/** The part of a source id before its date: "riverton-gazette" in "riverton-gazette-2020-03-02-…"; undefined without a date. */
export function outletPart(id: string): string | undefined {
  const parts = id.split('-');
  const year = parts.findIndex((part) => /^\d{4}$/.test(part));
  return year > 0 ? parts.slice(0, year).join('-') : undefined;
}

/**
 * True when `part` names the outlet `name`: some of its words in order ("free-beacon" for
 * "Washington Free Beacon"), the same run without hyphens ("hstoday" for "HS Today"), or the
 * initials of a run of two or more words ("rferl" for "Radio Free Europe/Radio Liberty").
 */
export function namesOutlet(part: string, name: string): boolean {
  const words = outletWords(name);
  // "municipalite-valdivia" names "Municipalité de Valdivia": small joining words may be left out.
  const without = words.filter((w) => !SMALL_WORDS.has(w));
  return namesWith(part, words) || (without.length < words.length && namesWith(part, without));
}

/** Words an outlet's name joins its words with, which an id may leave out. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'de', 'del', 'der', 'des', 'di', 'du', 'for', 'la', 'le', 'of', 'on', 'the', 'und', 'y']);

function namesWith(part: string, words: readonly string[]): boolean {
  const wanted = part.split('-');
  const joined = wanted.join('');
  for (let start = 0; start < words.length; start += 1) {
    for (let end = start + 1; end <= words.length; end += 1) {
      const run = words.slice(start, end);
      if (run.join('-') === part || run.join('') === joined) return true;
      if (run.length >= 2 && run.map((w) => w[0]).join('') === joined) return true;
    }
  }
  return false;
}
