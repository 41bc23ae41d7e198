/**
 * Events: a known category; places, people and systems that exist; verbatim
 * quotes; dates in order and inside the coverage; a source that could report
 * the event (or says it announced it); a standing, with who claims a claim;
 * and at least one source that is not a copy.
 */
import { partialDate } from '../../shared/dates.ts';
import { idDate } from '../../shared/ids.ts';
import { messageDate } from '../problems.ts';
import type { CheckContext } from './context.ts';

export function checkEvents(ctx: CheckContext, coverageValid: boolean): void {
  const { site } = ctx.story;
  const categories = new Set(site.categories.map((c) => c.id));
  const holders = new Set(site.holders.map((h) => h.id));
  /** "place day" → who took it, and in which file, to find two events of one day that disagree. */
  const changes = new Map<string, { to: string; file: string }>();
  const { start: coverageStart, end: coverageEnd } = site.coverage;

  for (const { id, file, data } of ctx.story.events) {
    if (!categories.has(data.category)) {
      ctx.report(file, 'category', `"${data.category}" is not a category of this site`, `use one of: ${[...categories].join(', ')} (or add it to site.yaml).`);
    }
    data.places.forEach((id, i) => ctx.ref(file, `places[${i}]`, 'places', id));
    data.people.forEach((id, i) => ctx.ref(file, `people[${i}]`, 'people', id));
    data.systems.forEach((id, i) => ctx.ref(file, `systems[${i}]`, 'systems', id));
    ctx.citations(file, 'sources', data.sources);
    ctx.primary(file, 'sources', data.sources, 'the event');
    data.control.forEach((change, i) => {
      ctx.ref(file, `control[${i}].place`, 'places', change.place);
      for (const side of ['from', 'to'] as const) {
        const holder = change[side];
        if (holder !== undefined && !holders.has(holder)) {
          ctx.report(
            file,
            `control[${i}].${side}`,
            `"${holder}" is not a holder of this site`,
            holders.size > 0 ? `use one of: ${[...holders].join(', ')} (or add it to holders in site.yaml).` : 'list who can hold a place under holders in site.yaml.',
          );
        }
      }
      const key = `${change.place} ${data.date}`;
      const other = changes.get(key);
      if (other && other.to !== change.to) {
        ctx.report(file, `control[${i}]`, `says ${change.place} passed to "${change.to}" on ${data.date}, but ${other.file} says to "${other.to}" that day`, 'correct one of them, or date them apart if control changed twice.');
      }
      changes.set(key, { to: change.to, file });
    });

    if (data.standing === 'claimed' && data.claimedBy === undefined) {
      ctx.report(file, 'claimedBy', 'is missing: a claimed event says who claims it', 'add claimedBy: naming the party, e.g. "The river authority".');
    }
    if (data.standing !== 'claimed' && data.claimedBy !== undefined) {
      ctx.report(file, 'claimedBy', `is only for a claimed event, and this one is "${data.standing}"`, 'remove claimedBy:, or set standing: claimed if a party to the events claims it.');
    }

    // The id leads the event's address with its date ("2020-03-02-bridge-vote"), so it must not say another day.
    const dated = idDate(id);
    if (dated !== undefined && !data.date.startsWith(dated) && !dated.startsWith(data.date)) {
      ctx.report(
        file,
        'date',
        `${data.date} is not the date the file name begins with (${dated}), which readers see in the event's address`,
        `correct the date, or rename the file to begin with ${data.date} and list "${id}" under formerIds so its old address still works.`,
      );
    }
    const start = partialDate(data.date);
    const end = data.end === undefined ? start : partialDate(data.end);
    if (data.end !== undefined) ctx.ordered(file, 'end', data.date, data.end, 'the start date');
    if (coverageValid && (start.first < coverageStart || end.last > coverageEnd)) {
      ctx.report(
        file,
        data.end !== undefined && end.last > coverageEnd ? 'end' : 'date',
        `falls outside the story's coverage, ${messageDate(coverageStart)} to ${messageDate(coverageEnd)}`,
        'correct the date, or widen coverage in site.yaml if the story now covers it.',
      );
    }

    const published = data.sources.map((c) => ctx.source(c.source)?.data.published).filter((p) => p !== undefined);
    const predates = (p: string) => partialDate(p).last < start.first;
    if (published.length === data.sources.length && published.every(predates) && !data.sources.some((c) => c.anticipated)) {
      ctx.report(
        file,
        'sources',
        `every source was published before the event (${messageDate(data.date)}), so none can report it`,
        'cite a report from after the event, or, if a source announced it in advance, mark that citation "anticipated: true".',
      );
    }
    data.sources.forEach((citation, i) => {
      const p = ctx.source(citation.source)?.data.published;
      if (citation.anticipated && p !== undefined && !predates(p)) {
        ctx.report(
          file,
          `sources[${i}].anticipated`,
          `source "${citation.source}" was published ${messageDate(p)}, not before the event`,
          'remove "anticipated: true": the source reports the event rather than announcing it.',
        );
      }
    });
  }
}
