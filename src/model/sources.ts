/**
 * Sources as their two pages show them: the list, newest first, with how many
 * pages cite each; and for one source, the pages that cite it, grouped by
 * kind, each once, with the passages it quotes. Pure data from the story and
 * the citation index (src/model/story-index.ts).
 */
import { quoteAnchorId } from '../content/quotes.ts';
import type { Entry, Story } from '../content/story.ts';
import { SOURCE_STANDINGS, type SourceData, type SourceStanding } from '../schemas/source.ts';
import { compareText, sortOrder } from '../shared/table-sort.ts';
import type { Citing } from './story-index.ts';

export interface SourceRow {
  source: Entry<SourceData>;
  /** How many pages cite it: each page once, however often it cites it. */
  usedBy: number;
}

/** The pages that cite a source, each counted once. */
export const usedBy = (citing: readonly Citing[] | undefined): number => new Set((citing ?? []).map((c) => c.path)).size;

/**
 * Every source, newest first (dates compared at their own precision), then
 * by title: the order the list is written in, which its sort script falls
 * back to for rows that tie.
 */
export function sourceRows(story: Story, citations: ReadonlyMap<string, readonly Citing[]>): SourceRow[] {
  const locale = story.site.language;
  const byTitle = [...story.sources].sort((a, b) => compareText(a.data.title, b.data.title, locale) || (a.id < b.id ? -1 : 1));
  return sortOrder(
    byTitle.map((s) => s.data.published),
    'date',
    'descending',
    locale,
  ).map((i) => {
    const source = byTitle[i]!;
    return { source, usedBy: usedBy(citations.get(source.id)) };
  });
}

/** How many sources there are of each standing, and in all. */
export function standingCounts(sources: readonly Entry<SourceData>[]): Record<SourceStanding | 'all', number> {
  const counts = Object.fromEntries([...SOURCE_STANDINGS, 'all'].map((k) => [k, 0])) as Record<SourceStanding | 'all', number>;
  for (const { data } of sources) {
    counts[data.standing] += 1;
    counts.all += 1;
  }
  return counts;
}

/** The order kinds of citing page are listed in: our own writing first, then the reference pages. */
export const CITING_KINDS: readonly Citing['kind'][] = ['explainer', 'event', 'person', 'rule', 'system', 'term', 'layer', 'home'];

export interface CitingPage {
  title: string;
  path: string;
  /** The passages the page quotes, each once, with the anchor of the passage on the source page. */
  quotes: { words: string; anchor: string }[];
}

export interface CitingGroup {
  kind: Citing['kind'];
  pages: CitingPage[];
}

/**
 * The pages citing one source, by kind, each page once (in the index's
 * order: by path, so events run in date order), with the passages it quotes.
 * Quotes typeset differently but with the same words share one anchor, so
 * they are listed once.
 */
export function citedBy(citing: readonly Citing[]): CitingGroup[] {
  const pages = new Map<string, CitingPage & { kind: Citing['kind'] }>();
  for (const c of citing) {
    const page = pages.get(c.path) ?? pages.set(c.path, { kind: c.kind, title: c.title, path: c.path, quotes: [] }).get(c.path)!;
    const anchor = c.quote ? quoteAnchorId(c.quote) : undefined;
    if (c.quote && anchor && !page.quotes.some((q) => q.anchor === anchor)) page.quotes.push({ words: c.quote, anchor });
  }
  return CITING_KINDS.map((kind) => ({
    kind,
    pages: [...pages.values()].filter((p) => p.kind === kind).map(({ title, path, quotes }) => ({ title, path, quotes })),
  })).filter((group) => group.pages.length > 0);
}

/** A web address as link text: without its scheme, which every one shares, and a bare trailing slash. */
export const shownUrl = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
