/** Where each correction points, and the corrections of one page, newest first. */
import type { CorrectionData } from '../schemas/correction.ts';
import type { Entry, Story } from '../content/story.ts';
import { paths } from '../shared/urls.ts';

const PATH_OF: Record<string, (id: string) => string> = {
  explainers: paths.explainer,
  events: paths.event,
  sources: (id) => paths.source(id),
  places: paths.place,
  systems: paths.system,
  glossary: paths.term,
};

/** The page a correction's target names, e.g. "events/x" → "/timeline/x/". */
export function correctionPath(target: string): string {
  const [folder = '', id = ''] = target.split('/');
  return (PATH_OF[folder] ?? paths.about)(id);
}

/** What each folder's entries are called, beside PATH_OF: their headline, name or term. */
const TITLE_OF: Record<string, (story: Story, id: string) => string | undefined> = {
  explainers: (story, id) => story.explainers.find((e) => e.id === id)?.data.title,
  events: (story, id) => story.events.find((e) => e.id === id)?.data.title,
  sources: (story, id) => story.sources.find((e) => e.id === id)?.data.title,
  places: (story, id) => story.places.find((e) => e.id === id)?.data.name,
  systems: (story, id) => story.systems.find((e) => e.id === id)?.data.name,
  glossary: (story, id) => story.glossary.find((e) => e.id === id)?.data.term,
};

/** What a correction's target is called, for a link to it: its headline or name, else the target as written. */
export function correctionTitle(story: Story, target: string): string {
  const [folder = '', id = ''] = target.split('/');
  return TITLE_OF[folder]?.(story, id) ?? target;
}

export function newestFirst(corrections: readonly Entry<CorrectionData>[]): Entry<CorrectionData>[] {
  return [...corrections].sort((a, b) => (a.data.date === b.data.date ? (a.id < b.id ? -1 : 1) : a.data.date < b.data.date ? 1 : -1));
}

export function correctionsOf(story: Story, folder: string, id: string): Entry<CorrectionData>[] {
  return newestFirst(story.corrections.filter((c) => c.data.target === `${folder}/${id}`));
}
