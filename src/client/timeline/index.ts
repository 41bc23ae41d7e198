/** Enhances every server-rendered timeline on the page. */
import { TimelineView } from './view.ts';

export function enhanceTimelines(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-timeline]')) new TimelineView(figure).start();
}
