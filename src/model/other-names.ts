/**
 * The other names of a glossary entry worth showing a reader. A term's aliases are written for search
 * ("air defenses", "annexed": every spelling and word form a reader might type, which search keeps
 * finding, src/shared/search-aliases.ts); shown in full they read as a list of keywords. A reader needs the
 * names that are different words: "NATO" for "North Atlantic Treaty Organization", not its British spelling.
 */

/** Letters and digits only, lower case: "SCALP-EG" and "scalp eg" are one name. */
const letters = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** How many leading letters two names share before telling a word form ("annexed") from another name. */
const SAME_WORD = 5;

/**
 * `aliases` without spellings and word forms of `name` or of an alias kept before them: a name is left out
 * when it begins with the same five letters as one already kept, begins with all of its letters (plurals,
 * words added), or holds a long one whole.
 */
export function otherNames(name: string, aliases: readonly string[]): string[] {
  const kept = [letters(name)];
  const shown: string[] = [];
  for (const alias of aliases) {
    const key = letters(alias);
    const variant = kept.some(
      (k) =>
        k === key ||
        // "Kestrel missile", "KST-2 launcher": the name with words added.
        (k.length >= 3 && key.startsWith(k)) ||
        // "Riverton's flood barrier": a long name inside a longer phrase.
        (k.length >= 8 && key.includes(k)) ||
        (k.length >= SAME_WORD && key.length >= SAME_WORD && k.slice(0, SAME_WORD) === key.slice(0, SAME_WORD)),
    );
    if (variant || key === '') continue;
    kept.push(key);
    shown.push(alias);
  }
  return shown;
}
