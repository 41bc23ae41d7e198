/**
 * A small story with places in Ukraine and Russia and map settings like the
 * shipped story's (a frame, a named frame, the border, labels, notes,
 * holders), an occupied area, a schematic zone along the border and a claimed
 * change of control: what the map's model and component tests draw.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent } from '../../src/content/check.ts';
import type { Story } from '../../src/content/story.ts';
import { FIXTURE_STORY, siteYamlWithout, storyWith } from './story-fixture.ts';

export const MAP_SETTINGS = `
map:
  title: Ukraine and western Russia
  frame: [22, 44.2, 41.2, 57.2]
  frames:
    - id: border
      label: the Ukrainian–Russian border
      box: [31.5, 48.4, 39.8, 53]
  border:
    between: [UA, RU]
    label: the Ukrainian–Russian border
  distances: [border/moscow, kyiv/moscow]
  labels:
    - { name: Black Sea, kind: sea, lon: 32, lat: 43.9 }
    - { name: Minsk, kind: capital, lon: 27.56, lat: 53.9 }
  notes:
    - text: Front lines are not drawn.
holders:
  - { id: ua, label: Ukraine, colour: "#0057b7" }
  - { id: ru, label: Russia, colour: "#b03a2e" }
`;

export async function mapStory(): Promise<Story> {
  const site = siteYamlWithout(await readFile(join(FIXTURE_STORY, 'site.yaml'), 'utf8'), ['map', 'holders']) + MAP_SETTINGS;
  // The fixture's own change of control uses its own holders; this story has Ukraine and Russia instead.
  const workBegins = (await readFile(join(FIXTURE_STORY, 'events/2020-04-work-begins.yaml'), 'utf8')).replace(/^control:\n(?: {2}.*\n)+/m, '');
  const dir = await storyWith({
    'site.yaml': site,
    'events/2020-04-work-begins.yaml': workBegins,
    'layers/occupied.yaml': 'label: Crimea, occupied\nrole: occupied\nstanding: confirmed\ngeometry:\n  deFacto: { country: RU, within: UA }\nsources:\n  - source: gazette-2020-03-02-bridge\n',
    'layers/zone.yaml':
      'label: A zone along the border\nrole: permitted\nstanding: reported\nschematic: true\nfrom: 2020-05-10\ngeometry:\n  band: { between: [UA, RU], side: RU, depthKm: 40 }\nsources:\n  - source: weather-office-2020-05-storm\n',
    'events/2020-05-20-riverton-taken.yaml': [
      'title: Riverton changes hands',
      'date: 2020-05-20',
      'summary: The bulletin says so.',
      'standing: claimed',
      'claimedBy: The council',
      'category: politics',
      'places: [riverton]',
      'control:',
      '  - { place: riverton, from: ua, to: ru }',
      'sources:',
      '  - source: weather-office-2020-05-storm',
      '',
    ].join('\n'),
    'places/kyiv.yaml': 'name: Kyiv\nkind: capital\ncountry: UA\nlat: 50.45\nlon: 30.523\n',
    'places/moscow.yaml': 'name: Moscow\nkind: capital\ncountry: RU\nlat: 55.752\nlon: 37.617\n',
    'places/far-away.yaml': 'name: Far Away\nkind: city\ncountry: US\nlat: 40\nlon: -74\n',
    'systems/launcher.yaml': [
      'name: Launcher',
      'type: ballistic-missile',
      'description: A test launcher.',
      'variants:',
      '  - name: Long',
      '    rangeKm: 300',
      '    qualifier: up to',
      '    source:',
      '      source: gazette-2020-03-02-bridge',
      '      quote: will take about a year',
      'sources:',
      '  - source: gazette-2020-03-02-bridge',
      '',
    ].join('\n'),
  });
  const result = await checkContent(dir);
  if (!result.story) throw new Error(JSON.stringify(result.problems));
  return result.story;
}
