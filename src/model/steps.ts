/**
 * `<Steps>`: a graphic that follows the text. Each `<Step>` renders as an
 * ordinary section that carries its graphic's state in data attributes
 * (Step.astro); Steps.astro renders its children, reads the states back with
 * `readSteps()`, and draws each step's own static graphic before its text.
 * Pure string work on markup this project writes, tested without a DOM.
 */

/** What a step asks its graphic to show. */
export interface StepState {
  /** The day the map shows, YYYY-MM-DD. */
  at: string;
  /** A place to pick out, by id. */
  place: string | undefined;
  /** An event whose place to pick out, by id. */
  event: string | undefined;
}

export interface ReadSteps {
  /** Markup before the first step (whitespace, normally). */
  before: string;
  /** Each step's own markup, in order, with its state. */
  steps: { html: string; state: StepState }[];
}

/** How Step.astro opens a step: the class first, then its state (Astro writes an empty attribute bare). */
export const STEP_OPENING = /<section class="step" data-step-at="([^"]*)" data-step-place(?:="([^"]*)")? data-step-event(?:="([^"]*)")?/g;

/** The attributes Step.astro writes on its section, in the order readSteps() reads them. */
export function stepAttributes(state: StepState): Record<string, string> {
  return { 'data-step-at': state.at, 'data-step-place': state.place ?? '', 'data-step-event': state.event ?? '' };
}

/** Splits the rendered children of a `<Steps>` into its steps. Anything between steps stays with the step before it. */
export function readSteps(html: string): ReadSteps {
  const starts = [...html.matchAll(STEP_OPENING)];
  const steps = starts.map((match, i) => ({
    html: html.slice(match.index, starts[i + 1]?.index ?? html.length),
    state: { at: match[1] ?? '', place: match[2] || undefined, event: match[3] || undefined },
  }));
  return { before: starts.length > 0 ? html.slice(0, starts[0]!.index) : html, steps };
}

/**
 * An area's name in a step's legend: without the words the graphic's title already says
 * ("Flood warnings: the river towns" under the title "Flood warnings").
 */
export function legendLabel(label: string, title: string): string {
  const prefix = `${title}: `;
  if (title === '' || !label.startsWith(prefix) || label.length === prefix.length) return label;
  const rest = label.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}
