/**
 * Integrity checks across a whole story, run after every file has passed its
 * schema: references resolve, quotes are verbatim, dates are coherent, facts
 * rest on sources that are not copies. These are ours rather than Astro's
 * `reference()`, which has silently accepted broken ids in past releases.
 * Each kind's checks are in src/content/checks/.
 */
import type { Problem } from './problems.ts';
import type { Folder } from './registry.ts';
import type { Story } from './story.ts';
import { CheckContext } from './checks/context.ts';
import { checkCorrections } from './checks/corrections.ts';
import { checkEvents } from './checks/events.ts';
import { checkExplainers } from './checks/explainers.ts';
import { checkFormerIds } from './checks/former-ids.ts';
import { checkLayers, checkRules } from './checks/over-time.ts';
import { checkGlossary, checkPeople, checkSystems } from './checks/reference-works.ts';
import { checkSite } from './checks/site.ts';
import { checkSources } from './checks/sources.ts';

export function checkIntegrity(story: Story, known: Readonly<Record<Folder, ReadonlySet<string>>>): Problem[] {
  const ctx = new CheckContext(story, known);
  const coverageValid = checkSite(ctx);
  checkSources(ctx);
  checkEvents(ctx, coverageValid);
  checkSystems(ctx);
  checkGlossary(ctx);
  checkPeople(ctx);
  checkRules(ctx);
  checkLayers(ctx);
  checkExplainers(ctx);
  checkCorrections(ctx);
  checkFormerIds(ctx);
  return ctx.problems;
}
