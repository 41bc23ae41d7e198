/**
 * The timeline's interface words in the browser. The words live in
 * src/shared/ui.ts (UI.timeline); importing that module here would ship every
 * string of the site with the chart, so the server hands the script the few
 * it needs as templates with numbered holes ("Showing {0} · {1}"), built by
 * timelineText() in src/model/timeline-data.ts.
 */

export interface TimelineText {
  /** "{0} event" and "{0} events": a count of events, in running text. */
  eventsOne: string;
  eventsMany: string;
  showing: string;
  announce: string;
  cluster: string;
  shownOf: string;
  more: string;
  enlarged: string;
  detailsEmpty: string;
  outOfView: string;
  showAgain: string;
  close: string;
  closeDetails: string;
  where: string;
  sources: string;
  anticipated: string;
  seePassage: string;
  explainedIn: string;
  openEvent: string;
}

/** Fills a template's holes in one pass, so a value that itself reads "{1}" stays as written. */
export const fill = (template: string, ...values: (string | number)[]): string =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));

/** "1 event", "12 events". */
export const eventCount = (text: Pick<TimelineText, 'eventsOne' | 'eventsMany'>, n: number): string => fill(n === 1 ? text.eventsOne : text.eventsMany, n);
