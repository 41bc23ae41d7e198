/**
 * How an event's tag is shown to readers: the label site.yaml gives it
 * (tagLabels), else its id with spaces for hyphens. Ids stay in addresses,
 * filters' values and the open data.
 */
import type { SiteSettings } from '../schemas/site.ts';

export const tagLabel = (site: Pick<SiteSettings, 'tagLabels'>, tag: string): string => site.tagLabels[tag] ?? tag.replace(/-/g, ' ');
