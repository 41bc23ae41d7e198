import { expect, test } from 'vitest';
import { passesFilters, readViewState, writeViewState } from '../../src/shared/view-state.ts';

test('a view state survives a round trip through the URL', () => {
  const state = { event: '2024-09-10-london', place: 'kyiv', at: '2024-06-17', from: '2024-09-01', to: '2024-09-30', categories: ['weapons', 'diplomacy'], tags: ['atacms'], standings: ['claimed', 'reported'] as ('claimed' | 'reported')[] };
  const query = writeViewState(state);
  expect(query).toBe('?event=2024-09-10-london&place=kyiv&at=2024-06-17&from=2024-09-01&to=2024-09-30&category=diplomacy,weapons&tag=atacms&standing=reported,claimed');
  expect(readViewState(query)).toEqual({ ...state, categories: ['diplomacy', 'weapons'], standings: ['reported', 'claimed'] });
});

test('malformed values are dropped, not trusted', () => {
  expect(readViewState('?at=2024-06&event=<script>&from=2024-02-30&to=2024-09&category=ok,Bad One,ok&tag=&standing=rumoured,reported')).toEqual({ categories: ['ok'], tags: [], standings: ['reported'] });
  expect(readViewState('?from=2024-09-30&to=2024-09-01')).toEqual({ categories: [], tags: [], standings: [] });
  expect(writeViewState({ categories: [], tags: [], standings: [] })).toBe('');
});

test('an event passes the filters when its category, one of its tags and its standing are chosen, each empty list choosing all', () => {
  const reported = { category: 'weapons', tags: ['atacms', 'us-policy'], standing: 'reported' as const };
  const confirmed = { category: 'diplomacy', tags: [] };
  const none = { categories: [], tags: [], standings: [] };
  expect([reported, confirmed].map((e) => passesFilters(e, none))).toEqual([true, true]);
  expect([reported, confirmed].map((e) => passesFilters(e, { ...none, categories: ['weapons'] }))).toEqual([true, false]);
  expect([reported, confirmed].map((e) => passesFilters(e, { ...none, tags: ['us-policy', 'crimea'] }))).toEqual([true, false]);
  // No standing written means confirmed.
  expect([reported, confirmed].map((e) => passesFilters(e, { ...none, standings: ['confirmed'] }))).toEqual([false, true]);
  // Leaving one filter out, as a box's own count does.
  expect(passesFilters(confirmed, { ...none, categories: ['weapons'], standings: ['confirmed'] }, 'categories')).toBe(true);
  expect(passesFilters(confirmed, { ...none, categories: ['weapons'], standings: ['confirmed'] }, 'standings')).toBe(false);
});
