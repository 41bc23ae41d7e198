/** The validated content of one story, as the checks and the pages see it. */
import type { SiteSettings } from '../schemas/site.ts';
import type { DataOf, Folder } from './registry.ts';

export interface Entry<T> {
  /** The file name without its extension. */
  id: string;
  /** Path relative to the content folder, e.g. "events/2020-03-02-bridge-vote.yaml". */
  file: string;
  data: T;
  /** Stored text for sources, MDX for explainers, empty otherwise. */
  body: string;
  /** Line of the file on which the body starts, so problems in it name file lines. */
  bodyLine?: number;
}

/** The site settings and every entry of every kind in the registry, each list sorted by id. */
export type Story = { site: SiteSettings } & { [F in Folder]: Entry<DataOf<F>>[] };
