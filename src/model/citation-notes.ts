/**
 * An explainer's citations as numbered notes, the way a reader meets them:
 * each source gets a number at its first citation (key points first, then
 * the text, in order), every later citation of it reuses the number, and the
 * note at the end lists the passages quoted from it. Worked out from the
 * frontmatter and the MDX source before anything renders, so the markers in
 * the text and the notes at the end always agree.
 */
import { passageHomes } from '../shared/quote-text.ts';
import type { Citation } from '../schemas/common.ts';
import type { ExplainerData } from '../schemas/explainer.ts';
import { citationOf, findComponentUses } from '../content/mdx-components.ts';
import type { Entry } from '../content/story.ts';

export interface CitationNote {
  n: number;
  source: string;
  /** The words quoted from the source, each once, in order of first use. */
  passages: string[];
  /** How many markers point here: marker k (from 1) has the id `cite-<n>-<k>`. */
  markers: number;
  /** What the citations' notes say about the source (a key point's citation may carry one), each once. */
  remarks: string[];
}

export interface CitationNotes {
  notes: CitationNote[];
  number: ReadonlyMap<string, number>;
  /** Sources the explainer lists as relied on but never cites in its text. */
  alsoRelied: string[];
}

/** A citation of a person's post; `unmarked` when the card's marker for an earlier passage of its source stands for it. */
export type PostCitation = Citation & { unmarked?: boolean };

/**
 * The citations of a `<Person>` card's posts, in the card's order: a post's sources each get one marker
 * (src/components/Person.astro cites each source of a post once), and a second passage of one source
 * joins the note of the first without a marker of its own.
 */
export const postCitations = (roles: readonly { sources: readonly Citation[] }[]): PostCitation[] => roles.flatMap((role) => markRepeats(role.sources));

/** One list's citations, each after the first of its source `unmarked`: the list shows one marker a source. */
const markRepeats = (list: readonly Citation[]): PostCitation[] => list.map((c, i) => (list.findIndex((d) => d.source === c.source) < i ? { ...c, unmarked: true } : c));

/**
 * `postsOf(id)`: the citations a `<Person id>` card shows for the person's posts, in the card's order (the
 * card cites them before the explainer's own words about the person).
 */
export function citationNotes(explainer: Pick<Entry<ExplainerData>, 'data' | 'body' | 'file'>, postsOf: (person: string) => readonly PostCitation[] = () => []): CitationNotes {
  // A key point, like a person's post, shows one marker a source (src/components/KeyPoints.astro).
  const uses: PostCitation[] = explainer.data.keyPoints.flatMap((p) => markRepeats(p.sources));
  for (const use of findComponentUses(explainer.body, explainer.file).uses) {
    if (use.name === 'Person') uses.push(...postsOf(use.attributes['id'] ?? ''));
    const cited = citationOf(use);
    if (cited) uses.push({ source: cited.source, ...(cited.quote ? { quote: cited.quote } : {}) });
  }
  const bySource = new Map<string, CitationNote>();
  for (const use of uses) {
    let note = bySource.get(use.source);
    if (!note) bySource.set(use.source, (note = { n: bySource.size + 1, source: use.source, passages: [], markers: 0, remarks: [] }));
    if (!use.unmarked) note.markers += 1;
    if (use.note !== undefined && !note.remarks.includes(use.note)) note.remarks.push(use.note);
    if (use.quote !== undefined) note.passages.push(use.quote);
  }
  const notes = [...bySource.values()].map((note) => ({ ...note, passages: distinctPassages(note.passages) }));
  return {
    notes,
    number: new Map(notes.map((n) => [n.source, n.n])),
    alsoRelied: explainer.data.sources.filter((id) => !bySource.has(id)),
  };
}

/**
 * Each passage once, in order of first use: the same words quoted with and without the source's own quotation
 * marks are one passage, and words that lie inside a longer passage quoted from the same source are read there
 * (one sentence cited in full by a key point and in part by the text is shown once, in full).
 */
export function distinctPassages(quotes: readonly string[]): string[] {
  const homes = passageHomes(quotes);
  return quotes.filter((_, i) => homes[i] === i);
}

/** Markers handed out so far, per note: the page counts key points, then each <Cite> and <Quote> as it renders. */
export class MarkerCounter {
  private readonly given = new Map<number, number>();
  next(n: number): string {
    const k = (this.given.get(n) ?? 0) + 1;
    this.given.set(n, k);
    return `cite-${n}-${k}`;
  }
}
