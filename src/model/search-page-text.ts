/**
 * The words the /search/ page's script needs, as templates (see
 * src/shared/text-template.ts), so the script does not ship every string of
 * the site. search.astro writes them into the page as JSON.
 */
import { template } from '../shared/text-template.ts';
import { UI } from '../shared/ui.ts';

export interface SearchPageText {
  filters: { type: string; category: string; year: string; standing: string };
  /** "1 result for “{0}”" */
  resultOne: string;
  /** "{0} results for “{1}”" */
  resultsMany: string;
  noResults: string;
  loose: string;
  /** "Did you mean “{0}”?" */
  didYouMean: string;
  toFilters: string;
  more: string;
}

export function searchPageText(): SearchPageText {
  const words = UI.searchPage;
  return {
    filters: words.filters,
    resultOne: template(words.resultOne),
    resultsMany: template(words.resultsMany),
    noResults: template(words.noResults),
    loose: template(words.loose),
    didYouMean: template(words.didYouMean),
    toFilters: words.toFilters,
    more: template(words.more),
  };
}
