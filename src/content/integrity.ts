/**
 * Integrity checks across a whole story, run after every file has passed its
 * schema: references resolve, quotes are verbatim, dates are coherent. These
 * are ours rather than Astro's `reference()`, which has silently accepted
 * broken ids in past releases.
 */
import type { Citation } from '../schemas/common.ts';
import { formatPartialDate, parsePartialDate, partialDate } from '../shared/dates.ts';
import { findComponentUses } from './mdx-components.ts';
import type { Problem } from './problems.ts';
import { findQuote } from './quotes.ts';
import type { Story } from './story.ts';
import { FOLDERS } from './read.ts';
import { sectionIdClashes } from './section-ids.ts';

/** Ids that exist on disk, even where the file itself has problems. */
export interface KnownIds {
  sources: ReadonlySet<string>;
  events: ReadonlySet<string>;
  places: ReadonlySet<string>;
  systems: ReadonlySet<string>;
  glossary: ReadonlySet<string>;
  explainers: ReadonlySet<string>;
}

const KIND_NAMES = { sources: 'source', events: 'event', places: 'place', systems: 'system', glossary: 'glossary term', explainers: 'explainer' };

export function checkIntegrity(story: Story, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const sourceText = new Map(story.sources.map((s) => [s.id, s.body]));
  const sourcePublished = new Map(story.sources.map((s) => [s.id, s.data.published]));
  const categories = new Set(story.site.categories.map((c) => c.id));
  const { start: coverageStart, end: coverageEnd } = story.site.coverage;

  const ref = (file: string, field: string, folder: keyof KnownIds, id: string) => {
    if (known[folder].has(id)) return true;
    problems.push({
      file,
      field,
      message: `refers to ${KIND_NAMES[folder]} "${id}", which does not exist`,
      fix: `correct the id, or add ${folder}/${id}${FOLDERS[folder]}.`,
    });
    return false;
  };

  const quote = (file: string, field: string, sourceId: string, words: string) => {
    const stored = sourceText.get(sourceId);
    if (stored === undefined || findQuote(stored, words)) return;
    problems.push({
      file,
      field,
      message: `is not in the stored text of source "${sourceId}"`,
      fix: `copy the words exactly from sources/${sourceId}.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.`,
    });
  };

  const cite = (file: string, at: string, citation: Citation) => {
    if (ref(file, `${at}.source`, 'sources', citation.source) && citation.quote !== undefined) {
      quote(file, `${at}.quote`, citation.source, citation.quote);
    }
  };
  const citations = (file: string, field: string, list: readonly Citation[]) =>
    list.forEach((citation, i) => cite(file, `${field}[${i}]`, citation));

  const ordered = (file: string, field: string, start: string, end: string, what: string) => {
    if (partialDate(end).last < partialDate(start).first) {
      problems.push({ file, field, message: `${end} is before ${what} ${start}`, fix: 'swap the dates or correct one of them.' });
      return false;
    }
    return true;
  };

  const site = 'site.yaml';
  // With a reversed window every event would be "outside" it; report the window alone.
  const coverageValid = ordered(site, 'coverage.end', coverageStart, coverageEnd, 'coverage.start');
  const unique = (field: 'categories' | 'eras', what: string) => {
    const seen = new Set<string>();
    story.site[field].forEach(({ id }, i) => {
      if (seen.has(id)) problems.push({ file: site, field: `${field}[${i}].id`, message: `"${id}" is used by another ${what}`, fix: `give each ${what} its own id.` });
      seen.add(id);
    });
  };
  unique('categories', 'category');
  unique('eras', 'era');
  story.site.eras.forEach((era, i) => ordered(site, `eras[${i}].end`, era.start, era.end, 'its start'));
  story.site.mapDistances.forEach((pair, i) =>
    pair.split('/').forEach((id) => {
      if (id !== 'border') ref(site, `mapDistances[${i}]`, 'places', id);
    }),
  );

  for (const source of story.sources) {
    if (source.body.trim() === '') {
      problems.push({
        file: source.file,
        field: '(text)',
        message: 'has no stored text',
        fix: 'paste the document (or, for an excerpt, the passages relied on) below the closing "---".',
      });
    }
  }

  for (const event of story.events) {
    const { file, data } = event;
    if (!categories.has(data.category)) {
      problems.push({
        file,
        field: 'category',
        message: `"${data.category}" is not a category of this site`,
        fix: `use one of: ${[...categories].join(', ')} (or add it to site.yaml).`,
      });
    }
    data.places.forEach((id, i) => ref(file, `places[${i}]`, 'places', id));
    data.systems.forEach((id, i) => ref(file, `systems[${i}]`, 'systems', id));
    citations(file, 'sources', data.sources);

    const start = partialDate(data.date);
    const end = data.end === undefined ? start : partialDate(data.end);
    if (data.end !== undefined) ordered(file, 'end', data.date, data.end, 'the start date');
    if (coverageValid && (start.first < coverageStart || end.last > coverageEnd)) {
      problems.push({
        file,
        field: data.end !== undefined && end.last > coverageEnd ? 'end' : 'date',
        message: `falls outside the story's coverage, ${formatPartialDate(coverageStart)} to ${formatPartialDate(coverageEnd)}`,
        fix: 'correct the date, or widen coverage in site.yaml if the story now covers it.',
      });
    }

    const published = data.sources.map((c) => sourcePublished.get(c.source)).filter((p) => p !== undefined);
    const predates = (p: string) => partialDate(p).last < start.first;
    if (published.length === data.sources.length && published.every(predates) && !data.sources.some((c) => c.anticipated)) {
      problems.push({
        file,
        field: 'sources',
        message: `every source was published before the event (${formatPartialDate(data.date)}), so none can report it`,
        fix: 'cite a report from after the event, or, if a source announced it in advance, mark that citation "anticipated: true".',
      });
    }
    data.sources.forEach((citation, i) => {
      const p = sourcePublished.get(citation.source);
      if (citation.anticipated && p !== undefined && !predates(p)) {
        problems.push({
          file,
          field: `sources[${i}].anticipated`,
          message: `source "${citation.source}" was published ${formatPartialDate(p)}, not before the event`,
          fix: 'remove "anticipated: true": the source reports the event rather than announcing it.',
        });
      }
    });
  }

  for (const system of story.systems) {
    citations(system.file, 'sources', system.data.sources);
    system.data.variants.forEach((variant, i) => cite(system.file, `variants[${i}].source`, variant.source));
  }

  for (const term of story.glossary) citations(term.file, 'sources', term.data.sources);

  const timeline = (file: string, field: string, attributes: Record<string, string>) => {
    const { from, to, highlight, categories: wanted } = attributes;
    for (const [name, day] of [['from', from], ['to', to]] as const) {
      if (day === undefined) continue;
      const parsed = parsePartialDate(day);
      if ('error' in parsed || parsed.precision !== 'day' || day < coverageStart || day > coverageEnd) {
        problems.push({ file, field, message: `${name}="${day}" is not a day inside the story's coverage`, fix: `write a day between ${coverageStart} and ${coverageEnd}, as YYYY-MM-DD.` });
      }
    }
    if (from !== undefined && to !== undefined && to < from) problems.push({ file, field, message: `to="${to}" is before from="${from}"`, fix: 'swap the two dates.' });
    if (highlight !== undefined) ref(file, field, 'events', highlight);
    for (const id of (wanted ?? '').split(',').map((c) => c.trim()).filter(Boolean)) {
      if (!categories.has(id)) problems.push({ file, field, message: `categories names "${id}", which is not a category of this site`, fix: `use ids from site.yaml: ${[...categories].join(', ')}.` });
    }
  };

  for (const explainer of story.explainers) {
    const { file, data } = explainer;
    data.sources.forEach((id, i) => ref(file, `sources[${i}]`, 'sources', id));
    data.events.forEach((id, i) => ref(file, `events[${i}]`, 'events', id));
    if (data.updated !== undefined) ordered(file, 'updated', data.published, data.updated, 'published');
    const found = findComponentUses(explainer.body, file, explainer.bodyLine);
    problems.push(...found.problems, ...sectionIdClashes(explainer.body, file, explainer.bodyLine));
    for (const use of found.uses) {
      const field = `<${use.name}> on line ${use.line}`;
      if (use.name === 'Term') {
        ref(file, field, 'glossary', use.attributes['id'] ?? '');
        continue;
      }
      if (use.name === 'Timeline') {
        timeline(file, field, use.attributes);
        continue;
      }
      if (use.name === 'Map') {
        const { place, event, origin, systems, distances } = use.attributes;
        for (const id of (distances ?? '').split(/[\s,/]+/).filter((d) => d && d !== 'border')) ref(file, field, 'places', id);
        if (place !== undefined) ref(file, field, 'places', place);
        if (event !== undefined) ref(file, field, 'events', event);
        if (origin !== undefined && origin !== 'border') ref(file, field, 'places', origin);
        for (const id of (systems ?? '').split(/[\s,]+/).filter(Boolean)) ref(file, field, 'systems', id);
        continue;
      }
      const sourceId = use.attributes['source'] ?? '';
      if (!ref(file, field, 'sources', sourceId)) continue;
      const words = use.name === 'Quote' ? use.text : use.attributes['quote'];
      if (words !== undefined) quote(file, field, sourceId, words);
    }
  }
  for (const { file, data } of story.corrections) {
    const [folder, id] = data.target.split('/') as [keyof KnownIds, string];
    ref(file, 'target', folder, id);
    if (data.date < coverageStart) {
      problems.push({ file, field: 'date', message: `${data.date} is before the story began`, fix: 'write the day the correction was made.' });
    }
  }
  return problems;
}
