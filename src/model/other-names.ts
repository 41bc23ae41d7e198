/**
 * The other names of a glossary entry worth showing a reader. A term's aliases are written for search
 * ("flood barriers", "levees", "leveed": every spelling and word form a reader might type, which search
 * keeps finding, src/shared/search-aliases.ts); shown in full they read as a list of keywords. A reader
 * needs the names that are other words: "RA" for "River Authority", not its plural.
 */

/** A name's words, letters and digits only, lower case, in any script: "Flood-barrier" → flood, barrier. */
const wordsOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** How many leading letters two words share before one reads as a form of the other ("levee", "levees"). */
const SAME_WORD = 5;

/** True when two words are one word spelled or inflected differently: "defence", "defenses"; "dam", "dams". */
const sameWord = (a: string, b: string) =>
  a === b || b === `${a}s` || a === `${b}s` || b === `${a}es` || a === `${b}es` || (a.length >= SAME_WORD && b.length >= SAME_WORD && a.slice(0, SAME_WORD) === b.slice(0, SAME_WORD));

/**
 * True when `alias` is a spelling or word form of `name`: the same letters ("flood-barrier"), the same
 * words in other forms ("flood barriers"), the name with words added ("Kestrel missile"), or a phrase
 * holding a long name whole ("Riverton's flood barrier").
 */
function formOf(alias: string[], name: string[]): boolean {
  const a = alias.join('');
  const n = name.join('');
  if (a === n) return true;
  if (alias.length === name.length && alias.every((w, i) => sameWord(w, name[i]!))) return true;
  if (n.length >= 3 && a.startsWith(n)) return true;
  return n.length >= 8 && a.includes(n);
}

/** `aliases` without the spellings and word forms of `name`, or of an alias shown before them. */
export function otherNames(name: string, aliases: readonly string[]): string[] {
  const kept = [wordsOf(name)];
  const shown: string[] = [];
  for (const alias of aliases) {
    const words = wordsOf(alias);
    if (words.length === 0 || kept.some((k) => formOf(words, k))) continue;
    kept.push(words);
    shown.push(alias);
  }
  return shown;
}
