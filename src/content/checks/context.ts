/**
 * What every integrity check needs: the story, the ids that exist on disk,
 * and one way each to report a reference, a quote, a citation or a pair of
 * dates, so every kind's check words its problems the same way.
 */
import type { Citation } from '../../schemas/common.ts';
import { PRIMARY_STANDINGS } from '../../schemas/source.ts';
import { closestName } from '../../shared/closest-name.ts';
import { partialDate } from '../../shared/dates.ts';
import type { Problem } from '../problems.ts';
import { findQuote } from '../quotes.ts';
import { FOLDERS, formerIdsOf, KINDS, type Folder } from '../registry.ts';
import type { Story } from '../story.ts';

export class CheckContext {
  readonly problems: Problem[] = [];
  readonly story: Story;
  /** Ids with a file on disk, even where the file itself has problems. */
  readonly known: Readonly<Record<Folder, ReadonlySet<string>>>;
  private readonly sources: Map<string, Story['sources'][number]>;
  /** For each folder, the id each former id (`formerIds`) now goes by. */
  private readonly renamed: Record<string, Map<string, string>>;

  constructor(story: Story, known: Readonly<Record<Folder, ReadonlySet<string>>>) {
    this.story = story;
    this.known = known;
    this.sources = new Map(story.sources.map((s) => [s.id, s]));
    // Reversed, so that where two entries claim one former id the first keeps it, as checkFormerIds says.
    this.renamed = Object.fromEntries(
      FOLDERS.map((folder) => [folder, new Map(story[folder].flatMap(({ id, data }) => formerIdsOf(data).map((former) => [former, id] as const)).reverse())]),
    );
  }

  report(file: string, field: string, message: string, fix: string): void {
    this.problems.push({ file, field, message, fix });
  }

  source(id: string) {
    return this.sources.get(id);
  }

  /** True when `id` names an entry of `folder`; reports it otherwise. */
  ref(file: string, field: string, folder: Folder, id: string): boolean {
    if (this.known[folder].has(id)) return true;
    const now = this.renamed[folder]?.get(id);
    if (now !== undefined) {
      this.report(file, field, `refers to ${KINDS[folder].noun} "${id}", which was renamed to "${now}"`, `write "${now}".`);
      return false;
    }
    const meant = closestName(id, this.known[folder]);
    this.report(
      file,
      field,
      `refers to ${KINDS[folder].noun} "${id}", which does not exist`,
      `${meant ? `write "${meant}" if that is the one meant, or correct the id` : 'correct the id'}, or add ${folder}/${id}${KINDS[folder].extension}.`,
    );
    return false;
  }

  /** Reports `words` unless they stand in the stored text of source `sourceId` (a missing source is reported by `ref`). */
  quote(file: string, field: string, sourceId: string, words: string): void {
    const stored = this.sources.get(sourceId)?.body;
    if (stored === undefined || findQuote(stored, words)) return;
    this.report(
      file,
      field,
      `is not in the stored text of source "${sourceId}"`,
      `copy the words exactly from sources/${sourceId}.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.`,
    );
  }

  cite(file: string, at: string, citation: Citation): void {
    if (this.ref(file, `${at}.source`, 'sources', citation.source) && citation.quote !== undefined) {
      this.quote(file, `${at}.quote`, citation.source, citation.quote);
    }
    if (citation.speaker !== undefined) {
      this.ref(file, `${at}.speaker`, 'people', citation.speaker);
      if (citation.quote === undefined) this.report(file, `${at}.speaker`, 'names whose words are quoted, but there is no quote', 'add the quote: the speaker\'s exact words from the stored source.');
    }
  }

  citations(file: string, field: string, list: readonly Citation[]): void {
    list.forEach((citation, i) => this.cite(file, `${field}[${i}]`, citation));
  }

  /**
   * A fact must not rest on copies alone: at least one citation in `list` is an original report, an
   * official record or a credited wire report (see SOURCE_STANDINGS).
   */
  primary(file: string, field: string, list: readonly Citation[], what: string): void {
    const cited = list.map((c) => this.sources.get(c.source)).filter((s) => s !== undefined);
    if (cited.length < list.length || cited.length === 0) return;
    if (cited.some((s) => PRIMARY_STANDINGS.includes(s.data.standing))) return;
    const copies = [...new Set(cited.map((s) => `${s.id} (a copy${s.data.via ? ` of ${s.data.via}` : ''})`))].join(', ');
    this.report(
      file,
      field,
      `${what} rests only on copies: ${copies}`,
      'add a citation of the original report or an official record (a wire report republished with credit by an established outlet counts); keep the copy only if the original cannot be stored.',
    );
  }

  /** True when `end` is not before `start`; reports it otherwise. */
  ordered(file: string, field: string, start: string, end: string, what: string): boolean {
    if (partialDate(end).last >= partialDate(start).first) return true;
    this.report(file, field, `${end} is before ${what} ${start}`, 'swap the dates or correct one of them.');
    return false;
  }
}
