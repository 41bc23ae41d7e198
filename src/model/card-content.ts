/**
 * What a social card says, from the story: the site card (every page
 * without its own) and one per explainer, with the explainer's events
 * picked out on the story's strip.
 */
import { formatPartialDate } from '../shared/dates.ts';
import type { ExplainerData } from '../schemas/explainer.ts';
import type { CardInput, CardMark } from '../render/social-card.ts';
import type { Entry, Story } from '../content/story.ts';
import { storyStrip } from './story-strip.ts';
import { UI } from '../shared/ui.ts';

const monthYear = (story: Story, day: string) => formatPartialDate(day.slice(0, 7), story.site.language);

function marks(story: Story, highlighted: ReadonlySet<string>): CardMark[] {
  return storyStrip(story).marks.map(({ at, colour, id }) => ({ at, colour, highlighted: highlighted.has(id) }));
}

function common(story: Story) {
  return {
    site: story.site.shortTitle ?? story.site.title,
    from: monthYear(story, story.site.coverage.start),
    to: monthYear(story, story.site.coverage.end),
  };
}

const siteCards = new WeakMap<Story, CardInput>();

/** The card for pages without their own: the story as a whole. Made once per story, as every page names it. */
export function siteCard(story: Story): CardInput {
  const made = siteCards.get(story);
  if (made) return made;
  const card: CardInput = {
    ...common(story),
    kind: UI.card.siteKind,
    title: story.site.title,
    summary: story.site.description,
    footer: UI.card.siteFooter(story.events.length, story.sources.length, formatPartialDate(story.site.coverage.end, story.site.language)),
    marks: marks(story, new Set()),
  };
  siteCards.set(story, card);
  return card;
}

/** One explainer's card: its headline, dates and the events it discusses. */
export function explainerCard(story: Story, { data }: Pick<Entry<ExplainerData>, 'data'>): CardInput {
  const day = (date: string) => formatPartialDate(date, story.site.language);
  const dates = UI.card.dates(day(data.published), data.updated && day(data.updated));
  return {
    ...common(story),
    kind: UI.card.explainerKind,
    title: data.title,
    summary: data.summary,
    footer: UI.card.explainerFooter(dates, data.sources.length),
    marks: marks(story, new Set(data.events)),
  };
}

/** The card's text alternative: what it says, and what its strip shows. */
export function cardAlt(card: CardInput): string {
  return UI.card.alt(card.kind, card.title, card.footer, card.from, card.to, card.marks.filter((m) => m.highlighted).length);
}
