/** `npm run check`: validates the content folder without building the site. */
import { checkContent } from '../src/content/check.ts';
import { contentDir } from '../src/content/content-dir.ts';
import { formatProblems } from '../src/content/problems.ts';
import { FOLDERS, KINDS } from '../src/content/registry.ts';
import { plural } from '../src/shared/words.ts';

const dir = contentDir();
const started = performance.now();
const { problems, story } = await checkContent(dir.path);
if (problems.length > 0) {
  console.error(formatProblems(problems, dir.label, 'check'));
  process.exit(1);
}
const counts = story
  ? FOLDERS.filter((folder) => story[folder].length > 0)
      .map((folder) => plural(story[folder].length, KINDS[folder].noun, KINDS[folder].nounPlural))
      .join(', ')
  : '';
console.log(`Content check passed for ${dir.label}/: ${counts} (${Math.round(performance.now() - started)} ms).`);
