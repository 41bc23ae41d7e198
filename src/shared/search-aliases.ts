/**
 * Other names for the same thing, for search. Pagefind matches the words a
 * page holds, so a page that says "Beijing" is not found by "Peking". The build
 * lists each group of names (a place's, a system's, a term's or a person's
 * name and aliases); a query naming one of them is also run with each of the
 * others, and the results merged, so every name finds what any of them finds.
 */

/** Each name, lower case, mapped to the index of its group in `groups`. */
export interface AliasTable {
  groups: string[][];
  names: Record<string, number>;
}

/** A name or query as the table keys it: lower case, composed, single-spaced, with one kind of quote mark (content has curly ones; a reader types straight ones). */
export const normaliseName = (text: string) =>
  text.toLowerCase().normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
const normalise = normaliseName;

/** The table for some groups of names (each: a canonical name and its aliases). Names too short to mean anything alone are left out. */
export function aliasTable(groups: readonly (readonly string[])[]): AliasTable {
  const table: AliasTable = { groups: [], names: {} };
  for (const group of groups) {
    const names = [...new Set(group.map(normalise))].filter((n) => n.length >= 3);
    if (names.length < 2) continue;
    const index = table.groups.push(names) - 1;
    for (const name of names) table.names[name] ??= index;
  }
  return table;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query as typed; then with every name in it written as its group's first name ("peking mao" as
 * "beijing mao zedong"); then that, with one name at a time in each of its other spellings. Every
 * spelling of a name so finds what each of the others finds, also beside another name, in a number of
 * searches that grows with the spellings, not their product; `limit` caps them.
 */
export function queryVariants(query: string, table: AliasTable, limit = 12): string[] {
  const typed = normalise(query);
  const pattern = namePattern(table);
  if (!pattern) return [query.trim()];
  const groupOf = (name: string) => table.groups[table.names[name]!]!;
  const found = [...typed.matchAll(pattern)].map((m) => groupOf(m[2]!));
  // A name twice is written the same way both times: one spelling per group, not per place in the query.
  const write = (spelling: (group: string[]) => string) => typed.replace(pattern, (_match, before: string, name: string) => before + spelling(groupOf(name)));
  const first = (group: string[]) => group[0]!;
  const others = [...new Set(found)].flatMap((group) => group.slice(1).map((other) => write((g) => (g === group ? other : first(g)))));
  return [query.trim(), ...[...new Set([typed, write(first), ...others])].slice(1)].slice(0, limit);
}

const patterns = new WeakMap<AliasTable, RegExp | undefined>();

/**
 * Every name of the table, as whole words, made once per table (a query is searched on each keystroke). Longest
 * first: where two start at one place ("new york city", "new york"), the longer is taken. No lookbehind for the
 * word's start: older Safari has none.
 */
function namePattern(table: AliasTable): RegExp | undefined {
  if (patterns.has(table)) return patterns.get(table);
  const names = Object.keys(table.names).sort((a, b) => b.length - a.length).map(escape);
  const pattern = names.length === 0 ? undefined : new RegExp(`(^|[^\\p{L}\\p{N}])(${names.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'gu');
  patterns.set(table, pattern);
  return pattern;
}

/** The words of a query, lower case, as a reader typed them or as another name of the same thing. */
const wordsOf = (text: string) => text.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * True when the excerpts mark, whole, every word of the query or of another name for it: Pagefind also
 * matches words that only begin like the query, and answers a query of several words when only some of
 * them match ("bridge vot"), and a reader should know when that is all there is.
 */
export function hasExactMatch(excerpts: readonly string[], queries: readonly string[]): boolean {
  const marked = new Set(excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => wordsOf(m[1] ?? ''))));
  return queries.some((query) => wordsOf(query).every((word) => marked.has(word)));
}
