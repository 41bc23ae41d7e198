/**
 * What a timeline needs from the story, prepared once on the server: the
 * events in a window (optionally by category and tag), with the date text
 * and link each mark shows. Serialised into the page for the client script.
 */
import type { EventData } from '../schemas/event.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { formatDateRange, partialDate } from '../shared/dates.ts';
import { sortEvents } from './story-index.ts';
import type { Entry } from '../content/story.ts';
import type { TimelineEra, TimelineEvent, TimelineLane } from '../shared/timeline/layout.ts';
import type { TimelineText } from '../shared/timeline/text.ts';
import { countTemplates, template } from '../shared/text-template.ts';
import { UI } from '../shared/ui.ts';

export interface TimelineItem extends TimelineEvent {
  tags: string[];
  dateText: string;
  href: string;
  /** Only for an event that is not confirmed: how it stands, in words and as a kind (see MarkInfo in chart-tree.ts). */
  standing?: 'reported' | 'claimed' | undefined;
  standingText?: string | undefined;
}

export interface TimelineData {
  /** The whole window the chart can show (the overview strip). */
  coverage: { from: string; to: string };
  /** The window shown first. */
  window: { from: string; to: string };
  lanes: TimelineLane[];
  eras: TimelineEra[];
  events: TimelineItem[];
  highlight?: string | undefined;
  laneHeight?: number | undefined;
}

export interface TimelineSelection {
  from?: string | undefined;
  to?: string | undefined;
  categories?: string[] | undefined;
  tags?: string[] | undefined;
}

/** An event's date as the chart's marks and details write it; `language` is site.yaml's. */
export function dateText(date: string, end: string | undefined, language: string): string {
  const precision = partialDate(date).precision;
  const text = formatDateRange(date, end, language);
  return precision === 'day' ? text : `${text} (${UI.dates.knownTo[precision]})`;
}

export function timelineData(
  site: SiteSettings,
  events: readonly Entry<EventData>[],
  selection: TimelineSelection,
  eventHref: (id: string) => string,
): Omit<TimelineData, 'highlight' | 'laneHeight'> {
  const from = selection.from ?? site.coverage.start;
  const to = selection.to ?? site.coverage.end;
  const lanes = site.categories.filter((c) => !selection.categories?.length || selection.categories.includes(c.id));
  const laneIds = new Set(lanes.map((l) => l.id));
  const chosen = sortEvents(events).filter(
    ({ data }) =>
      laneIds.has(data.category) &&
      (!selection.tags?.length || data.tags.some((t) => selection.tags!.includes(t))) &&
      partialDate(data.end ?? data.date).last >= from &&
      partialDate(data.date).first <= to,
  );
  return {
    coverage: { from, to },
    window: { from, to },
    lanes: lanes.map(({ id, label, colour }) => ({ id, label, colour })),
    eras: site.eras.map(({ id, label, start, end }) => ({ id, label, start, end })),
    events: chosen.map(({ id, data }) => ({
      id,
      title: data.title,
      date: data.date,
      end: data.end,
      category: data.category,
      importance: data.importance,
      tags: data.tags,
      dateText: dateText(data.date, data.end, site.language),
      href: eventHref(id),
      ...(data.standing === 'confirmed' ? {} : { standing: data.standing, standingText: UI.standing.badge(data.standing, data.claimedBy) }),
    })),
  };
}

/** The words the browser script needs, from UI.timeline (see src/shared/timeline/text.ts). */
export function timelineText(): TimelineText {
  const t = UI.timeline;
  return {
    months: UI.dates.axisMonths,
    events: countTemplates(t.events, 0),
    showing: template(t.showing),
    announce: template(t.announce),
    cluster: template(t.cluster),
    shownOf: template(t.shownOf),
    more: template(t.more),
    enlarged: template(t.enlarged),
    detailsEmpty: t.detailsEmpty,
    outOfView: t.outOfView,
    showAgain: t.showAgain,
    close: t.close,
    closeDetails: t.closeDetails,
    where: t.where,
    sources: t.sources,
    anticipated: UI.citations.anticipated,
    seePassage: UI.citations.seePassage,
    explainedIn: t.explainedIn,
    openEvent: t.openEvent,
  };
}
