/**
 * Explainers: sources, events and key points that exist and are cited, an
 * update after publication, no heading that takes a page section's id, and
 * every story component in the MDX checked as if it were data.
 */
import { parsePartialDate } from '../../shared/dates.ts';
import { citationOf, findComponentUses, findMdxPitfalls, type ComponentUse } from '../mdx-components.ts';
import { sectionIdClashes } from '../section-ids.ts';
import type { CheckContext } from './context.ts';

/** `uses`: every component the explainer uses, to tell which holds which. */
type ComponentCheck = (ctx: CheckContext, file: string, field: string, use: ComponentUse, uses: readonly ComponentUse[]) => void;

const ids = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** A <Term> names a glossary term or a system (the glossary lists both). */
const term: ComponentCheck = (ctx, file, field, { attributes }) => {
  const id = attributes['id'] ?? '';
  if (ctx.known.glossary.has(id) || ctx.known.systems.has(id)) return;
  ctx.report(file, field, `refers to glossary term or system "${id}", which does not exist`, `correct the id, or add glossary/${id}.yaml.`);
};

const timeline: ComponentCheck = (ctx, file, field, { attributes }) => {
  const { start, end } = ctx.story.site.coverage;
  const categories = new Set(ctx.story.site.categories.map((c) => c.id));
  const { from, to, highlight } = attributes;
  for (const [name, day] of [['from', from], ['to', to]] as const) {
    if (day === undefined) continue;
    const parsed = parsePartialDate(day);
    if ('error' in parsed || parsed.precision !== 'day' || day < start || day > end) {
      ctx.report(file, field, `${name}="${day}" is not a day inside the story's coverage`, `write a day between ${start} and ${end}, as YYYY-MM-DD.`);
    }
  }
  if (from !== undefined && to !== undefined && to < from) ctx.report(file, field, `to="${to}" is before from="${from}"`, 'swap the two dates.');
  if (highlight !== undefined) ctx.ref(file, field, 'events', highlight);
  for (const id of ids(attributes['categories'])) {
    if (!categories.has(id)) ctx.report(file, field, `categories names "${id}", which is not a category of this site`, `use ids from site.yaml: ${[...categories].join(', ')}.`);
  }
};

const map: ComponentCheck = (ctx, file, field, { attributes }) => {
  const { place, event, origin, systems, distances, extent, at, compare } = attributes;
  const frames = ctx.story.site.map.frames.map((f) => f.id);
  if (extent !== undefined && !frames.includes(extent)) {
    const box = extent.split(',').map((n) => Number(n.trim()));
    const [west, south, east, north] = box;
    if (box.length !== 4 || box.some((n) => !Number.isFinite(n)) || west! >= east! || south! >= north!) {
      ctx.report(
        file,
        field,
        `extent="${extent}" is neither a frame of the story nor a box`,
        `use ${frames.length > 0 ? `one of ${frames.join(', ')} (map.frames in site.yaml), ` : ''}"west,south,east,north" in degrees, or leave it out for the site map's frame.`,
      );
    }
  }
  if (at !== undefined) {
    const { start, end } = ctx.story.site.coverage;
    const parsed = parsePartialDate(at);
    if ('error' in parsed || parsed.precision !== 'day' || at < start || at > end) ctx.report(file, field, `at="${at}" is not a day inside the story's coverage`, `write a day between ${start} and ${end}, as YYYY-MM-DD.`);
  }
  if (compare !== undefined) {
    const { start, end } = ctx.story.site.coverage;
    const days = compare.split(',').map((d) => d.trim());
    const bad = days.filter((d) => {
      const parsed = parsePartialDate(d);
      return 'error' in parsed || parsed.precision !== 'day' || d < start || d > end;
    });
    if (bad.length > 0) ctx.report(file, field, `compare names ${bad.map((d) => `"${d}"`).join(', ')}, not days inside the story's coverage`, `write days between ${start} and ${end}, as YYYY-MM-DD, separated by commas.`);
    else if (days.length < 2 || days.some((d, i) => i > 0 && d <= days[i - 1]!)) ctx.report(file, field, `compare="${compare}" needs two or more days, earliest first`, 'write e.g. compare="2024-05-29,2024-06-18".');
    if (at !== undefined) ctx.report(file, field, 'has both at and compare', 'use at for one map on one day, or compare for the same map on several days.');
  }
  for (const id of (distances ?? '').split(/[\s,/]+/).filter((d) => d && d !== 'border')) ctx.ref(file, field, 'places', id);
  if (place !== undefined) ctx.ref(file, field, 'places', place);
  if (event !== undefined) ctx.ref(file, field, 'events', event);
  if (origin !== undefined && origin !== 'border') ctx.ref(file, field, 'places', origin);
  for (const id of ids(systems)) ctx.ref(file, field, 'systems', id);
};

/**
 * MDX makes a line that starts with a component a block of its own: a <Cite> that opens a line ends the
 * paragraph before it (whose sentence then loses its full stop to a stray "(Publisher, date)" paragraph).
 */
const citeInline: ComponentCheck = (ctx, file, field, use) => {
  if (use.name !== 'Cite' || !use.alone) return;
  ctx.report(
    file,
    field,
    'stands alone on its line, so MDX makes it a paragraph of its own and splits it from the sentence it supports',
    'put it on the line of the words it supports, before the full stop: "… the words <Cite … />."',
  );
};

/** <Quote>, <Cite> and <Figure>: a source that exists, words that stand in it, and a person who exists. */
const quotation: ComponentCheck = (ctx, file, field, use) => {
  const cited = citationOf(use);
  if (!cited) return;
  if (cited.speaker !== undefined) ctx.ref(file, field, 'people', cited.speaker);
  if (!ctx.ref(file, field, 'sources', cited.source)) return;
  if (cited.quote !== undefined) ctx.quote(file, field, cited.source, cited.quote);
};

const cite: ComponentCheck = (ctx, file, field, use, uses) => {
  citeInline(ctx, file, field, use, uses);
  quotation(ctx, file, field, use, uses);
};

/** <StatusChart>: every rule it names exists, and the story has rules to show. */
const statusChart: ComponentCheck = (ctx, file, field, use) => {
  const wanted = use.attributes['rules'];
  if (wanted === undefined) {
    if (ctx.story.rules.length === 0) ctx.report(file, field, 'has no rules to show: the story has no files in rules/', 'add rules in rules/, or remove the <StatusChart>.');
    return;
  }
  for (const id of wanted.split(',').map((s) => s.trim())) ctx.ref(file, `${field} rules`, 'rules', id);
};

/** <Steps>: a map's settings, checked as <Map>'s, and two steps or more inside it. */
const steps: ComponentCheck = (ctx, file, field, use, uses) => {
  map(ctx, file, field, use, uses);
  const inside = uses.filter((u) => u.start > use.start && u.end <= use.end);
  if (inside.some((u) => u.name === 'Steps')) ctx.report(file, field, 'holds another <Steps>', 'end the first <Steps> before the second begins.');
  const count = inside.filter((u) => u.name === 'Step').length;
  if (count < 2) ctx.report(file, field, `has ${count === 0 ? 'no <Step>' : 'only one <Step>'}: a graphic that follows the text needs two steps or more`, 'put each passage in <Step at="YYYY-MM-DD" title="…">…</Step>, or use <Map at="…"> for one map.');
};

/** <Step>: inside a <Steps>, with a title and a day of the story; the place or event it picks out exists. */
const step: ComponentCheck = (ctx, file, field, use, uses) => {
  if (!uses.some((u) => u.name === 'Steps' && u.start < use.start && u.end >= use.end)) {
    ctx.report(file, field, 'is not inside a <Steps>', 'put the steps between <Steps …> and </Steps>.');
  }
  if (!use.attributes['title']) ctx.report(file, field, 'has no title', 'add title="…": the step\'s heading, which screen readers and the page list.');
  map(ctx, file, field, { ...use, attributes: { at: use.attributes['at'] ?? '', ...(use.attributes['place'] ? { place: use.attributes['place'] } : {}), ...(use.attributes['event'] ? { event: use.attributes['event'] } : {}) } }, uses);
};

/** The digits of a number as written ("1,000", "2.5", "300km"), for comparing a figure with its source's words. */
const numbersIn = (text: string) => [...text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1').matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);

/** <Figure>: inside a <Figures>, with a label, and a number that stands in the quoted words of an existing source. */
const figure: ComponentCheck = (ctx, file, field, use, uses) => {
  if (!uses.some((u) => u.name === 'Figures' && u.start < use.start && u.end >= use.end)) ctx.report(file, field, 'is not inside a <Figures>', 'put the figures between <Figures> and </Figures>.');
  const { value, label, quote } = use.attributes;
  if (!label) ctx.report(file, field, 'has no label', 'add label="…": what the number measures.');
  if (!value || numbersIn(value).length !== 1) {
    ctx.report(file, field, `value="${value ?? ''}" is not one number`, 'write the number alone, as the source gives it ("300", "1,000"); put "km" in unit and "about" in qualifier.');
  } else if (quote === undefined) {
    ctx.report(file, field, 'has no quote', 'add quote="…": the words of the source that state the number, copied exactly.');
  } else if (!numbersIn(quote).includes(numbersIn(value)[0]!)) {
    ctx.report(file, field, `value="${value}" is not in its quote "${quote}"`, 'quote the words of the source that state this number, or correct the number.');
  }
  quotation(ctx, file, field, use, uses);
};

/** <Figures>: a row of two figures or more. */
const figures: ComponentCheck = (ctx, file, field, use, uses) => {
  const count = uses.filter((u) => u.name === 'Figure' && u.start > use.start && u.end <= use.end).length;
  if (count < 2) ctx.report(file, field, `has ${count === 0 ? 'no <Figure>' : 'only one <Figure>'}`, 'put two figures or more in it, or write the one number in the text.');
};

/** <Person>: someone in people/. */
const person: ComponentCheck = (ctx, file, field, use) => {
  ctx.ref(file, field, 'people', use.attributes['id'] ?? '');
};

const COMPONENT_CHECKS: Record<ComponentUse['name'], ComponentCheck> = { Term: term, Timeline: timeline, Map: map, Quote: quotation, Cite: cite, StatusChart: statusChart, Steps: steps, Step: step, Person: person, Figures: figures, Figure: figure };

export function checkExplainers(ctx: CheckContext): void {
  for (const { file, data, body, bodyLine } of ctx.story.explainers) {
    data.sources.forEach((id, i) => ctx.ref(file, `sources[${i}]`, 'sources', id));
    data.events.forEach((id, i) => ctx.ref(file, `events[${i}]`, 'events', id));
    data.keyPoints.forEach((point, i) => {
      ctx.citations(file, `keyPoints[${i}].sources`, point.sources);
      ctx.primary(file, `keyPoints[${i}].sources`, point.sources, 'the key point');
    });
    if (data.updated !== undefined) ctx.ordered(file, 'updated', data.published, data.updated, 'published');
    const found = findComponentUses(body, file, bodyLine);
    ctx.problems.push(...found.problems, ...findMdxPitfalls(body, file, bodyLine), ...sectionIdClashes(body, file, bodyLine));
    for (const use of found.uses) COMPONENT_CHECKS[use.name](ctx, file, `<${use.name}> on line ${use.line}`, use, found.uses);
  }
}
