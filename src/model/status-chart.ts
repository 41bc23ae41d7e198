/**
 * The status chart's layout: one row per rule, each a run of dated states
 * coloured by site.yaml's ruleStates, on a shared time axis over the story's
 * coverage, with the events that changed a state marked on the row. Pure
 * maths; positions are fractions of the chart's width (0 at the first day,
 * 1 after the last), which the template writes as SVG percentages, so the bars
 * fill any width while their labels stay at reading size. The template also
 * writes the legend and the table that is the chart's text alternative.
 */
import type { RuleData, RuleStep } from '../schemas/rule.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { Entry } from '../content/story.ts';
import { partialDate } from '../shared/dates.ts';
import { addDays, timeScale, dayToDate } from '../shared/timeline/time-scale.ts';
import { timelineTicks, type Tick } from '../shared/timeline/ticks.ts';
import { UI } from '../shared/ui.ts';

/** The narrowest the chart is drawn (a phone's column), in pixels: axis labels are chosen to fit it. */
const NARROWEST = 320;

export interface StatusSegment {
  step: RuleStep;
  /** First and last day the state held, as ISO days. */
  first: string;
  last: string;
  /** Whether the state ran to the end of the chart (no end given and no later state). */
  ongoing: boolean;
  /** Where it starts and how wide it is, as fractions of the chart's width. */
  x: number;
  width: number;
  colour: string;
  label: string;
}

export interface StatusMark {
  /** The events the mark stands for: one, or several too close in time to draw apart. */
  events: string[];
  /** As a fraction of the chart's width. */
  x: number;
}

/** A mark's width (6 px) as a fraction of the narrowest chart: marks closer than this would overlap. */
const MARK_SPAN = 6 / NARROWEST;

/**
 * Marks that would overlap at the narrowest width drawn as one, at the middle of the events it stands for:
 * two dots a day apart read as a smudge.
 */
export function mergeMarks(marks: readonly { event: string; x: number }[]): StatusMark[] {
  const merged: StatusMark[] = [];
  let first = 0;
  for (const mark of [...marks].sort((a, b) => a.x - b.x)) {
    const last = merged[merged.length - 1];
    if (last && mark.x - first < MARK_SPAN) {
      last.events.push(mark.event);
      last.x = round((first + mark.x) / 2);
    } else {
      merged.push({ events: [mark.event], x: mark.x });
      first = mark.x;
    }
  }
  return merged;
}

export interface StatusRow {
  rule: Entry<RuleData>;
  segments: StatusSegment[];
  marks: StatusMark[];
}

export interface StatusChartLayout {
  from: string;
  to: string;
  /** Axis labels, `x` as a fraction of the width. */
  ticks: Tick[];
  rows: StatusRow[];
  /** The states the chart uses, in site.yaml's order (least to most permissive): the legend. */
  states: SiteSettings['ruleStates'];
}

/**
 * Lays out `rules` over the coverage. A state without `to` runs until the
 * next state begins, or to the end of the coverage. Event marks sit at the
 * first day of each event a state names, found in `eventDates` (id → date).
 */
export function statusChart(site: SiteSettings, rules: readonly Entry<RuleData>[], eventDates: ReadonlyMap<string, string>): StatusChartLayout {
  const { start: from, end: to } = site.coverage;
  const x = timeScale(from, to, 1);
  const stateById = new Map(site.ruleStates.map((s) => [s.id, s]));
  const clampDay = (day: string) => (day < from ? from : day > to ? to : day);
  const rows = rules.map((rule): StatusRow => {
    const steps = rule.data.states;
    const segments = steps.map((step, k): StatusSegment => {
      const next = steps[k + 1];
      const first = clampDay(partialDate(step.from).first);
      const last = clampDay(step.to ? partialDate(step.to).last : next ? addDays(partialDate(next.from).first, -1) : to);
      const x0 = x(dayToDate(first));
      const x1 = x(dayToDate(addDays(last, 1)));
      const state = stateById.get(step.state);
      return { step, first, last, ongoing: !step.to && !next, x: round(x0), width: round(Math.max(0.002, x1 - x0)), colour: state?.colour ?? '#8a8a8a', label: state?.label ?? step.state };
    });
    const marks = mergeMarks(
      [...new Set(steps.flatMap((s) => s.events))].flatMap((event) => {
        const date = eventDates.get(event);
        return date ? [{ event, x: round(x(dayToDate(clampDay(partialDate(date).first)))) }] : [];
      }),
    );
    return { rule, segments, marks };
  });
  const used = new Set(rules.flatMap((r) => r.data.states.map((s) => s.state)));
  const pixels = timeScale(from, to, NARROWEST);
  return {
    from,
    to,
    ticks: timelineTicks(pixels, UI.dates.axisMonths).map((tick) => ({ ...tick, x: round(tick.x / NARROWEST) })),
    rows,
    states: site.ruleStates.filter((s) => used.has(s.id)),
  };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
