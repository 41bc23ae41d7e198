/**
 * Writes a synthetic story of any size into a content folder, for the
 * benchmarks: valid content (it passes `npm run check`) whose events spread
 * over the real story's window and categories. Deterministic for a seed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from './seeded-random.ts';
import { addDays } from '../../src/shared/timeline/time-scale.ts';

const CATEGORIES = ['military', 'weapons', 'diplomacy', 'statements'];
const WORDS = ['strike', 'border', 'missile', 'talks', 'offensive', 'aid', 'warning', 'permission', 'visit', 'report', 'front', 'range'];

export async function writeSyntheticStory(dir: string, options: { events: number; explainers: number; places?: number; layers?: number; seed?: number }): Promise<void> {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  await rm(dir, { recursive: true, force: true });
  for (const folder of ['sources', 'events', 'places', 'systems', 'glossary', 'explainers', 'layers']) await mkdir(join(dir, folder), { recursive: true });
  await writeFile(
    join(dir, 'site.yaml'),
    `title: Synthetic story\ndescription: A generated story for benchmarks.\nlanguage: en\ncoverage:\n  start: 2022-02-24\n  end: 2024-09-30\ncategories:\n${CATEGORIES.map((id, i) => `  - id: ${id}\n    label: ${id}\n    colour: "${['#0072b2', '#d55e00', '#009e73', '#cc79a7'][i]}"\n`).join('')}eras:\n  - id: first\n    label: First period\n    start: 2022-02-24\n    end: 2023-06-30\n`,
  );
  const sourceText = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}: the ${pick(WORDS)} and the ${pick(WORDS)} were reported on the day.`).join('\n');
  await writeFile(join(dir, 'sources', 'wire.md'), `---\ntitle: Wire report\npublisher: Wire\npublished: 2024-09-30\nretrieved: 2024-10-01\nkind: news-report\nlanguage: en\nstored: full\nstanding: original\n---\n${sourceText}\n`);
  const placeCount = options.places ?? 20;
  for (let i = 0; i < placeCount; i++) {
    await writeFile(join(dir, 'places', `place-${i}.yaml`), `name: Place ${i}\naliases: [Alias ${i}]\nkind: town\ncountry: UA\nlat: ${(46 + random() * 6).toFixed(3)}\nlon: ${(24 + random() * 14).toFixed(3)}\n`);
  }
  await writeFile(join(dir, 'glossary', 'term.yaml'), `term: Term\ndefinition: A word.\nsources:\n  - source: wire\n`);
  const ids: string[] = [];
  for (let i = 0; i < options.events; i++) {
    const day = addDays('2022-02-24', Math.floor(random() * 949));
    // One event in ten is dated to the month only, except in the coverage's first month:
    // February 2022 as a whole starts before 24 February, and the content check rightly refuses it.
    const monthOnly = random() < 0.1;
    const date = monthOnly && day.slice(0, 7) !== '2022-02' ? day.slice(0, 7) : day;
    const id = `${day}-event-${i}`;
    ids.push(id);
    const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} number ${i}`;
    await writeFile(
      join(dir, 'events', `${id}.yaml`),
      `title: ${title}\ndate: "${date}"\nsummary: A generated event about the ${pick(WORDS)} near place ${i % placeCount}.\nstanding: ${pick(['confirmed', 'reported'])}\ncategory: ${pick(CATEGORIES)}\nplaces: [place-${i % placeCount}]\ntags: [${pick(WORDS)}]\nimportance: ${1 + Math.floor(random() * 3)}\nsources:\n  - source: wire\n    quote: "Paragraph ${i % 20}:"\n`,
    );
  }
  // Areas that come and go: circles round places, each in force for a while, as a story's map layers are.
  for (let i = 0; i < (options.layers ?? 0); i++) {
    const from = addDays('2022-02-24', Math.floor(random() * 800));
    const to = addDays(from, 30 + Math.floor(random() * 300));
    await writeFile(
      join(dir, 'layers', `area-${i}.yaml`),
      `label: Area ${i}\nrole: ${pick(['area', 'permitted'])}\ngeometry:\n  circle:\n    place: place-${i % placeCount}\n    radiusKm: ${20 + Math.floor(random() * 80)}\nfrom: ${from}\nto: ${to < '2024-09-30' ? to : '2024-09-30'}\nschematic: true\nstanding: confirmed\nsources:\n  - source: wire\n`,
    );
  }
  for (let i = 0; i < options.explainers; i++) {
    const body = Array.from({ length: 12 }, () => `The ${pick(WORDS)} came before the ${pick(WORDS)} <Cite source="wire" />.`).join('\n\n');
    await writeFile(
      join(dir, 'explainers', `explainer-${i}.mdx`),
      `---\ntitle: Explainer ${i}\nsummary: A generated explainer.\npublished: 2024-09-30\nsources: [wire]\nevents: [${ids.slice(i * 3, i * 3 + 3).join(', ')}]\n---\n\n## Part one\n\n${body}\n\n<Quote source="wire">Paragraph 1:</Quote>\n`,
    );
  }
}
