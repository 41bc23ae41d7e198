/** `npm run check`: validates the content folder without building the site. */
import { checkContent } from '../src/content/check.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/problems.ts';

const dir = contentDir();
const started = performance.now();
const { problems, story } = await checkContent(dir.path);
if (problems.length > 0) {
  console.error(formatProblems(problems, dir.label));
  process.exit(1);
}
const counts = story
  ? `${story.events.length} events, ${story.sources.length} sources, ${story.places.length} places, ` +
    `${story.systems.length} systems, ${story.glossary.length} terms, ${story.explainers.length} explainers`
  : '';
console.log(`Content check passed for ${dir.label}/: ${counts} (${Math.round(performance.now() - started)} ms).`);
