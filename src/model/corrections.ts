/** Where each correction points, and the corrections of one page, newest first. */
import type { CorrectionData } from '../schemas/correction.ts';
import type { Entry, Story } from '../content/story.ts';
import { isFolder, KINDS, nameOf } from '../content/registry.ts';
import { paths } from '../shared/urls.ts';

/** The page a correction's target names, e.g. "events/x" → "/timeline/x/": the page the registry gives its kind. */
export function correctionPath(target: string): string {
  const [folder = '', id = ''] = target.split('/');
  return isFolder(folder) ? KINDS[folder].page(id) : paths.about();
}

/** What a correction's target is called, for a link to it: its headline or name, else the target as written. */
export function correctionTitle(story: Story, target: string): string {
  const [folder = '', id = ''] = target.split('/');
  const entry = isFolder(folder) ? (story[folder] as readonly Entry<unknown>[]).find((e) => e.id === id) : undefined;
  return (entry && nameOf(entry.data)) || target;
}

export function newestFirst(corrections: readonly Entry<CorrectionData>[]): Entry<CorrectionData>[] {
  return [...corrections].sort((a, b) => (a.data.date === b.data.date ? (a.id < b.id ? -1 : 1) : a.data.date < b.data.date ? 1 : -1));
}

export function correctionsOf(story: Story, folder: string, id: string): Entry<CorrectionData>[] {
  return newestFirst(story.corrections.filter((c) => c.data.target === `${folder}/${id}`));
}
