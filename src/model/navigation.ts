/**
 * The site's sections, as the header and footer list them: every page kind
 * the story has content for, so a story without people or rules gets no
 * empty section.
 */
import type { Story } from '../content/story.ts';
import { UI } from '../shared/ui.ts';
import { paths } from '../shared/urls.ts';

export interface NavLink {
  path: string;
  label: string;
}

export function sections(story: Story): NavLink[] {
  return [
    { path: paths.explainers(), label: UI.nav.explainers, show: story.explainers.length > 0 },
    { path: paths.timeline(), label: UI.nav.timeline, show: true },
    { path: paths.map(), label: UI.nav.map, show: story.places.length > 0 },
    { path: paths.rules(), label: story.site.rulesChart?.menu ?? UI.nav.rules, show: story.rules.length > 0 },
    { path: paths.people(), label: UI.nav.people, show: story.people.length > 0 },
    { path: paths.sources(), label: UI.nav.sources, show: true },
    { path: paths.glossary(), label: UI.nav.glossary, show: story.glossary.length + story.systems.length > 0 },
    { path: paths.about(), label: UI.nav.about, show: true },
  ].flatMap(({ show, ...link }) => (show ? [link] : []));
}
