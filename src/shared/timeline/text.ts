/**
 * The timeline's interface words in the browser. The words live in
 * src/shared/ui.ts (UI.timeline); importing that module here would ship every
 * string of the site with the chart, so the server hands the script the few
 * it needs as templates with numbered holes ("Showing {0} · {1}"), built by
 * timelineText() in src/model/timeline-data.ts (see src/shared/text-template.ts).
 */
import { fill, fillCount, type CountTemplates } from '../text-template.ts';

export { fill };

export interface TimelineText {
  /** The months on the axis, January first. */
  months: readonly string[];
  /** A count of events, in running text: "1 event", "{0} events". */
  events: CountTemplates;
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

/** "1 event", "12 events". */
export const eventCount = (text: Pick<TimelineText, 'events'>, n: number): string => fillCount(text.events, n);
