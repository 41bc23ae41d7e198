/**
 * site.yaml: a coverage window that runs forwards; unique ids for
 * categories, eras, holders, rule states and map frames; a reading order of
 * explainers that exist; tag labels for tags some event has; map distances between places that exist; map
 * moments inside the coverage, in order; and notes for after the story that
 * come after it and are sourced.
 */
import { partialDate } from '../../shared/dates.ts';
import { messageDate } from '../problems.ts';
import type { CheckContext } from './context.ts';

const SITE = 'site.yaml';

/** Checks site.yaml; returns whether its coverage window is usable for checking dates against it. */
export function checkSite(ctx: CheckContext): boolean {
  const { site } = ctx.story;
  // With a reversed window every event would be "outside" it; report the window alone.
  const coverageValid = ctx.ordered(SITE, 'coverage.end', site.coverage.start, site.coverage.end, 'coverage.start');
  const unique = (field: string, list: readonly { id: string }[], what: string) => {
    const seen = new Set<string>();
    list.forEach(({ id }, i) => {
      if (seen.has(id)) ctx.report(SITE, `${field}[${i}].id`, `"${id}" is used by another ${what}`, `give each ${what} its own id.`);
      seen.add(id);
    });
  };
  unique('categories', site.categories, 'category');
  unique('eras', site.eras, 'era');
  unique('holders', site.holders, 'holder');
  unique('ruleStates', site.ruleStates, 'rule state');
  unique('map.frames', site.map.frames, 'frame');
  site.eras.forEach((era, i) => ctx.ordered(SITE, `eras[${i}].end`, era.start, era.end, 'its start'));
  site.readingOrder.forEach((id, i) => ctx.ref(SITE, `readingOrder[${i}]`, 'explainers', id));
  site.map.distances.forEach((pair, i) =>
    pair.split('/').forEach((id) => {
      if (id === 'border' && site.map.border === undefined) {
        ctx.report(SITE, `map.distances[${i}]`, '"border" names no border: map.border is not set', 'add map.border (the two countries and how to name their border), or measure from a place.');
      } else if (id !== 'border') ctx.ref(SITE, `map.distances[${i}]`, 'places', id);
    }),
  );
  // A label for a tag no event has is most likely a typo of one that some event has.
  const tags = new Set(ctx.story.events.flatMap((e) => e.data.tags));
  for (const tag of Object.keys(site.tagLabels)) {
    if (!tags.has(tag)) ctx.report(SITE, `tagLabels.${tag}`, `no event has the tag "${tag}"`, 'spell it as the events do (tags: in events/), or remove the label.');
  }
  site.map.moments.forEach((moment, i) => {
    const { start, end } = site.coverage;
    // Against a reversed window every day would be "outside"; the window is reported alone.
    if (coverageValid && (moment.date < start || moment.date > end)) {
      ctx.report(SITE, `map.moments[${i}].date`, `${moment.date} is outside the story's coverage`, `pick a day from ${start} to ${end}.`);
    }
    const before = site.map.moments[i - 1];
    if (before && moment.date <= before.date) ctx.report(SITE, `map.moments[${i}].date`, `${moment.date} is not after the moment before it (${before.date})`, 'list moments earliest first, each on its own day.');
  });
  site.after.forEach((note, i) => {
    if (partialDate(note.date).first <= site.coverage.end) {
      ctx.report(SITE, `after[${i}].date`, `${note.date} is not after the story's coverage, which ends ${messageDate(site.coverage.end)}`, 'tell it as an event instead; "after" is for what came later.');
    }
    ctx.citations(SITE, `after[${i}].sources`, note.sources);
    ctx.primary(SITE, `after[${i}].sources`, note.sources, 'the note');
  });
  return coverageValid;
}
