/**
 * A status chart follows the day the page shows: `?at=` in the URL, or the
 * day a map's scrubber moves to on the same page (its `view-state-change`
 * event). A line through every row marks that day, so the rules in force
 * then read straight off the chart, and the line under the title says which
 * day it is. No day, no line: the chart as the server drew it.
 */
import { formatPartialDate } from '../shared/dates.ts';
import { percent } from '../shared/svg-tree.ts';
import { fill } from '../shared/text-template.ts';
import { dayToDate, timeScale } from '../shared/timeline/time-scale.ts';
import { readViewState, type ViewState } from '../shared/view-state.ts';

export function followDay(): void {
  for (const chart of document.querySelectorAll<HTMLElement>('[data-status-chart]')) {
    const from = chart.dataset['from'] ?? '';
    const to = chart.dataset['to'] ?? '';
    const x = timeScale(from, to, 1);
    const lines = [...chart.querySelectorAll<SVGLineElement>('.status-day')];
    const note = chart.querySelector<HTMLElement>('[data-day-note]');
    const show = (day: string | undefined) => {
      const on = day !== undefined && day >= from && day <= to;
      // The middle of the day, as the chart's bands run from a day's start to the next day's.
      const at = on ? percent((x(dayToDate(day)) + x(new Date(dayToDate(day).getTime() + 86_400_000))) / 2) : '0';
      for (const line of lines) {
        line.setAttribute('x1', at);
        line.setAttribute('x2', at);
        line.classList.toggle('is-on', on);
      }
      chart.toggleAttribute('data-day', on);
      if (note) note.textContent = on ? fill(note.dataset['dayNote'] ?? '', formatPartialDate(day, document.documentElement.lang)) : '';
    };
    show(readViewState(location.search).at);
    document.addEventListener('view-state-change', (e) => show((e as CustomEvent<ViewState>).detail.at));
  }
}
