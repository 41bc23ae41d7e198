/**
 * The words the map's browser script writes (src/client/map.ts), as
 * templates: the script fills them instead of importing every string of the
 * site (src/shared/ui.ts). MapFigure.astro hands them over in a JSON block.
 */
import { countTemplates, template, type CountTemplates } from '../../shared/text-template.ts';
import { UI } from '../../shared/ui.ts';

export interface MapText {
  /** "as of {0}". */
  asOf: string;
  /** What the map shows on its day, for screen readers: with the areas in force ({1}) and without any. */
  summary: { areas: CountTemplates; none: CountTemplates };
  /** Between two areas in force in the summary: the summary's own, read off it. */
  areaSeparator: string;
  /** A place's marker: "{0}, {1}: {2} events". */
  placeLabel: CountTemplates;
  /** The selected place's panel: "{2} events from {0} to {1}". */
  placeEvents: CountTemplates;
  close: string;
}

export function mapText(): MapText {
  const m = UI.map;
  return {
    asOf: template(m.asOf),
    summary: {
      areas: countTemplates((date: string, area: string, events: number) => m.summary(date, [area], events), 2),
      none: countTemplates((date: string, events: number) => m.summary(date, [], events), 1),
    },
    areaSeparator: /\{1\}(.*)\{2\}/.exec(m.summary('{0}', ['{1}', '{2}'], 0))?.[1] ?? '; ',
    placeLabel: countTemplates(m.placeLabel, 2),
    // Its count comes first in the interface's words; here it goes last, like every count.
    placeEvents: countTemplates((from: string, to: string, events: number) => m.placeEvents(events, from, to), 2),
    close: m.close,
  };
}
