/**
 * `npm run new`: every kind in the content registry can be created; each new
 * file explains every field of its schema in the schema's own words, and the
 * check refuses it, naming each placeholder, until the placeholders are
 * replaced; each refusal says what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { PLACEHOLDER } from '../../src/content/problems.ts';
import { FOLDERS, KINDS } from '../../src/content/registry.ts';
import { COMMANDS, parseNewArgs, scaffold, ScaffoldError, type ScaffoldInput } from '../../src/content/scaffold.ts';
import { FIXTURE_STORY, storyWith } from '../support/story-fixture.ts';
import { ROOT } from '../support/sites.ts';

const TODAY = '2024-10-01';
let base: Omit<ScaffoldInput, 'kind'>;

beforeAll(async () => {
  const { story } = await checkContent(FIXTURE_STORY);
  if (!story) throw new Error('the fixture story must pass the check');
  base = { today: TODAY, site: story.site, sources: story.sources.map((s) => ({ id: s.id, published: s.data.published })) };
});

/** The message of the ScaffoldError `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScaffoldError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** What a journalist would write over the placeholders of the text kinds. */
const filledIn = (text: string) =>
  text
    .replace(/"Replace this: the title"/g, '"The bridge reopens"')
    .replace(/"Replace this: the [a-z ]+"/g, '"Words of our own."')
    .replace(/^Replace this:.*$/gm, 'The council voted to rebuild the old bridge.')
    .replace(/ # ← Replace this.*$/gm, '');

describe('each scaffold', () => {
  test('every kind in the registry can be created', () => {
    expect(COMMANDS).toEqual(FOLDERS.map((f) => KINDS[f].command));
    expect(COMMANDS).toEqual(['source', 'event', 'place', 'person', 'system', 'term', 'rule', 'layer', 'explainer', 'correction']);
  });

  test.each(COMMANDS)('a new %s is refused by the check, each placeholder named, until it is filled in', async (kind) => {
    const created = scaffold({ ...base, kind });
    const { problems } = await checkContent(await storyWith({ [created.path]: created.text }));
    const here = problems.filter((p) => p.file === created.path);
    expect(here.length).toBeGreaterThan(0);
    expect(here.filter((p) => p.message.includes('placeholder')).length).toBeGreaterThan(0);
  });

  test('a placeholder in a number or a code is one problem, not also a wrong type', async () => {
    const created = scaffold({ ...base, kind: 'place', id: 'weir' });
    const { problems } = await checkContent(await storyWith({ [created.path]: created.text }));
    const fields = problems.filter((p) => p.file === created.path).map((p) => p.field);
    expect(fields.filter((f) => f === 'lat' || f === 'country')).toEqual(['lat', 'country']);
  });

  test.each(['source', 'event', 'term', 'explainer'])('a new %s passes the check once its placeholders and marks are replaced and it is named', async (kind) => {
    const created = scaffold({ ...base, kind, id: 'the-bridge-reopens' });
    const { problems, story } = await checkContent(await storyWith({ [created.path]: filledIn(created.text) }));
    expect(problems).toEqual([]);
    expect(story?.[created.folder].map((entry) => entry.id)).toContain(created.id);
  });

  test.each(COMMANDS)('a new %s explains every field of its schema in the schema\'s words', (kind) => {
    const created = scaffold({ ...base, kind });
    const lines = created.text.split('\n');
    const shape = (KINDS[created.folder].schema as unknown as { shape: Record<string, { description?: string }> }).shape;
    for (const [key, field] of Object.entries(shape)) {
      const at = lines.findIndex((line) => new RegExp(`^(?:# )?${key}:`).test(line));
      expect(at, `field "${key}"`).toBeGreaterThan(0);
      expect(lines[at - 1], `the explanation of "${key}"`).toMatch(/^# /);
      const words = (field.description ?? '').split(' ').slice(1, 4).join(' ');
      expect(lines.slice(Math.max(0, at - 8), at).join(' ').replace(/\s*#\s*/g, ' '), `"${key}" is explained in its schema's words`).toContain(words);
    }
    expect(created.text).toContain(PLACEHOLDER);
    expect(created.text).not.toMatch(/\n\n\n/);
    expect(lines.every((line) => !line.trimStart().startsWith('#') || line.length <= 80), 'comments fit in 80 columns').toBe(true);
  });

  test('ids are derived from the kind, and for an event from the date it is given; an event id typed with its day gives the date', () => {
    expect(COMMANDS.map((kind) => scaffold({ ...base, kind }).path)).toEqual([
      'sources/new-source.md',
      'events/2020-12-31-new-event.yaml',
      'places/new-place.yaml',
      'people/new-person.yaml',
      'systems/new-system.yaml',
      'glossary/new-term.yaml',
      'rules/new-rule.yaml',
      'layers/new-layer.yaml',
      'explainers/new-explainer.mdx',
      'corrections/new-correction.yaml',
    ]);
    expect(scaffold({ ...base, kind: 'place', id: 'kyiv' }).path).toBe('places/kyiv.yaml');
    expect(scaffold({ ...base, kind: 'event', id: '2020-06-02-bridge-opens' }).text).toMatch(/^date: 2020-06-02$/m);
  });

  test('the same input always gives the same file', () => {
    for (const kind of COMMANDS) expect(scaffold({ ...base, kind }).text).toBe(scaffold({ ...base, kind }).text);
  });

  test('an event is dated at the coverage end when a source can report it, else when its latest source was published', () => {
    const date = (sources: ScaffoldInput['sources']) => {
      const { text } = scaffold({ ...base, kind: 'event', sources });
      return [/^date: (\S+)/m.exec(text)?.[1], /^ {2}- source: (\S+)/m.exec(text)?.[1]];
    };
    expect(date([{ id: 'b-later', published: '2021' }, { id: 'a-later', published: '2021-02' }])).toEqual(['2020-12-31', 'a-later']);
    expect(date([{ id: 'a-march', published: '2020-03-02' }, { id: 'b-may', published: '2020-05' }])).toEqual(['2020-05-31', 'b-may']);
  });
});

describe('refusals say what is wrong and how to fix it', () => {
  test('an unknown kind lists the kinds', () => {
    expect(refusal(() => scaffold({ ...base, kind: 'widget' }))).toMatchInlineSnapshot(`""widget" is not a kind of content npm run new can create. Use one of: source, event, place, person, system, term, rule, layer, explainer, correction, e.g. npm run new -- event."`);
    expect(refusal(() => parseNewArgs(['glossary']))).toMatchInlineSnapshot(`""glossary" is not a kind of content npm run new can create (did you mean "term"?). Use one of: source, event, place, person, system, term, rule, layer, explainer, correction, e.g. npm run new -- term."`);
    expect(refusal(() => parseNewArgs(['toString']))).toContain('"toString" is not a kind');
    expect(refusal(() => parseNewArgs(['Places']))).toMatchInlineSnapshot(`""Places" is not a kind of content npm run new can create (did you mean "place"?). Use one of: source, event, place, person, system, term, rule, layer, explainer, correction, e.g. npm run new -- place."`);
  });

  test('an id that cannot be a file name suggests one that can', () => {
    expect(refusal(() => scaffold({ ...base, kind: 'event', id: 'events/2020-06-01 Bridge Opens.yaml' }))).toMatchInlineSnapshot(`""events/2020-06-01 Bridge Opens.yaml" cannot be an id: ids are file names and appear in URLs, so they use only lower-case letters, digits and single hyphens, without the .yaml extension. Try npm run new -- event 2020-06-01-bridge-opens."`);
  });

  test('an existing file is never overwritten', () => {
    expect(refusal(() => scaffold({ ...base, kind: 'place', existing: ['places/new-place.yaml'], root: 'stories/bridge' }))).toMatchInlineSnapshot(`"stories/bridge/places/new-place.yaml already exists; choose another id, e.g. npm run new -- place <new-id>. Nothing was written."`);
  });

  test('an entry that must cite a source needs one to exist', () => {
    expect(refusal(() => scaffold({ ...base, kind: 'term', sources: [] }))).toMatchInlineSnapshot(`"A new term must cite at least one source, and content/sources/ has no valid source yet. Add the source first with npm run new -- source (run npm run check if one is there but has problems)."`);
    expect(refusal(() => scaffold({ ...base, kind: 'event', sources: [{ id: 'old', published: '2019-12' }] }))).toMatchInlineSnapshot(`"Every source in content/sources/ was published before the story's coverage starts (2020-01-01), so none can report a new event. Add the source that reports it first with npm run new -- source."`);
  });

  test('the arguments are a kind and at most one id', () => {
    expect(refusal(() => parseNewArgs(['place', 'kyiv', 'lviv'])).split('\n')[0]).toMatchInlineSnapshot(`"Too many arguments (3): give a kind and at most one id, e.g. npm run new -- place riverton."`);
    expect(refusal(() => parseNewArgs(['event', '--force'])).split('\n')[0]).toMatchInlineSnapshot(`"Unknown option --force: npm run new takes only a kind and an id."`);
    expect(refusal(() => parseNewArgs([]))).toContain('Usage: npm run new -- <kind> [id]');
  });
});

test('the command writes a new event into CONTENT_DIR, which the check refuses until it is filled in', async () => {
  const dir = await storyWith({});
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'new.ts'), 'event'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const created = (await readdir(join(dir, 'events'))).filter((name) => name.endsWith('-new-event.yaml'));
  expect(created).toHaveLength(1);
  expect(created[0]).toMatch(/^\d{4}-\d{2}-\d{2}-new-event\.yaml$/);
  expect(run.stdout).toContain(`/events/${created[0]}.`);
  expect(await readFile(join(dir, 'events', created[0] ?? ''), 'utf8')).toContain(PLACEHOLDER);
  const { problems } = await checkContent(dir);
  expect(problems.map((p) => `${p.field}: ${p.message.replace(/: npm run new .*/, '')}`)).toMatchInlineSnapshot(`
    [
      "(file name): "2020-12-31-new-event" is the name npm run new gives a new event, and the id (the page's address) is taken from it",
      "date, line 14: still carries the mark "# ← Replace this: the real date"",
      "standing, line 28: still carries the mark "# ← Replace this with how it stands"",
      "category, line 35: still carries the mark "# ← Replace this if another category fits better"",
      "source, line 56: still carries the mark "# ← Replace this: the id of the source that reports this event"",
      "title: still holds the placeholder "Replace this: the title"",
      "summary: still holds the placeholder "Replace this: the summary"",
    ]
  `);
});
