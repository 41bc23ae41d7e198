/**
 * One fixture per kind of bad input, each pinning the exact report a
 * maintainer sees: the file, the field, what is wrong and how to fix it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatProblems } from '../../src/content/problems.ts';
import { FIXTURE_STORY, storyWith } from '../support/story-fixture.ts';

const original = (file: string) => readFile(join(FIXTURE_STORY, file), 'utf8');

async function report(changes: Record<string, string | null>): Promise<string> {
  const { problems } = await checkContent(await storyWith(changes));
  return formatProblems(problems, 'content');
}

const event = (fields: string) => `title: A test event
date: 2020-05-20
summary: Something happened.
category: politics
sources:
  - source: bulletin-2020-05-storm
${fields}`;

describe('content check', () => {
  test('the fixture story passes', async () => {
    const { problems, story } = await checkContent(FIXTURE_STORY);
    expect(problems).toEqual([]);
    expect(story?.events.map((e) => e.id)).toEqual(['2020-03-02-bridge-vote', '2020-03-09-mayor-visit', '2020-04-work-begins', '2020-05-storm']);
  });

  test('an explainer heading that would take the id of a page section is named with its line', async () => {
    const mdx = (await original('explainers/the-bridge.mdx')).replace('## What the mayor said', '## Sources\n\n```md\n## Events\n```\n\n## What the mayor said');
    expect(await report({ 'explainers/the-bridge.mdx': mdx })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/explainers/the-bridge.mdx
        heading on line 12: "Sources" would get the id "sources", which the page already gives its own section
          Fix: reword the heading, e.g. "Where this comes from" instead of "Sources".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('invalid YAML names the line', async () => {
    expect(await report({ 'events/bad.yaml': 'title: A\nsummary: "unclosed\ndate: 2020-06-01\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        (file): is not valid YAML at line 4: Missing closing "quote
          Fix: check the indentation and quoting on that line; text containing ": " or starting with a quote mark needs quotes around it.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a missing field says what to add', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('summary: Something happened.\n', '') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        summary: is missing
          Fix: add "summary:" with text.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a misspelt field lists the fields that exist', async () => {
    expect(await report({ 'events/bad.yaml': event('sumary: typo') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        sumary: is not a field this kind of entry has
          Fix: remove it or correct its spelling; the fields are: title, date, end, summary, category, places, systems, sources, tags, importance.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a value of the wrong type says what is expected', async () => {
    expect(await report({ 'places/bad.yaml': 'name: X\nkind: city\ncountry: UA\nlat: "fifty"\nlon: 30\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/places/bad.yaml
        lat: must be a number, not the text "fifty"
          Fix: write a number here.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an impossible calendar date is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('2020-05-20', '2020-02-30') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        date: "2020-02-30" is not a real calendar date (2020-02 has 29 days)
          Fix: write a date that exists, as YYYY-MM-DD, YYYY-MM or YYYY (quotes are optional).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an end before the start is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('end: 2020-05-01') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        end: 2020-05-01 is before the start date 2020-05-20
          Fix: swap the dates or correct one of them.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a date outside the coverage window is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('2020-05-20', '2021-01') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/. Nothing was built.

      content/events/bad.yaml
        date: falls outside the story's coverage, 1 January 2020 to 31 December 2020
          Fix: correct the date, or widen coverage in site.yaml if the story now covers it.
        sources: every source was published before the event (January 2021), so none can report it
          Fix: cite a report from after the event, or, if a source announced it in advance, mark that citation "anticipated: true".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an unknown category lists the known ones', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('category: politics', 'category: sport') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        category: "sport" is not a category of this site
          Fix: use one of: politics, weather (or add it to site.yaml).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('references to places, systems and sources that do not exist are reported', async () => {
    expect(await report({ 'events/bad.yaml': `places: [atlantis]\nsystems: [death-ray]\n${event('  - source: nowhere')}` })).toMatchInlineSnapshot(`
      "Content check found 3 problems in content/. Nothing was built.

      content/events/bad.yaml
        places[0]: refers to place "atlantis", which does not exist
          Fix: correct the id, or add places/atlantis.yaml.
        systems[0]: refers to system "death-ray", which does not exist
          Fix: correct the id, or add systems/death-ray.yaml.
        sources[1].source: refers to source "nowhere", which does not exist
          Fix: correct the id, or add sources/nowhere.md.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an event without sources is rejected', async () => {
    expect(await report({ 'events/bad.yaml': 'title: A\ndate: 2020-06-01\nsummary: B\ncategory: politics\nsources: []\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        sources: needs at least one source: every event cites where it comes from
          Fix: add at least one entry to the list.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a quote that is not in the stored source is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('    quote: the lightest rain of the year') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        sources[0].quote: is not in the stored text of source "bulletin-2020-05-storm"
          Fix: copy the words exactly from sources/bulletin-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an event dated after every source must say the source anticipated it', async () => {
    const vote = await original('events/2020-03-02-bridge-vote.yaml');
    expect(await report({ 'events/2020-03-02-bridge-vote.yaml': vote.replace('2020-03-02', '2020-03-20') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/2020-03-02-bridge-vote.yaml
        sources: every source was published before the event (20 March 2020), so none can report it
          Fix: cite a report from after the event, or, if a source announced it in advance, mark that citation "anticipated: true".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('"anticipated" on a source published after the event is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('    anticipated: true').replace('2020-05-20', '2020-05-03') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/events/bad.yaml
        sources[0].anticipated: source "bulletin-2020-05-storm" was published May 2020, not before the event
          Fix: remove "anticipated: true": the source reports the event rather than announcing it.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('coordinates out of range, a non-web URL and an unknown kind are rejected', async () => {
    const source = (await original('sources/bulletin-2020-05-storm.md')).replace('kind: official-statement', 'kind: rumour\nurl: "javascript:alert(1)"');
    expect(
      await report({ 'places/bad.yaml': 'name: X\nkind: city\ncountry: Ukraine\nlat: 91\nlon: -181\n', 'sources/bulletin-2020-05-storm.md': source }),
    ).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/. Nothing was built.

      content/places/bad.yaml
        lat: must be between -90 and 90
          Fix: correct the value as described.
        lon: must be between -180 and 180
          Fix: correct the value as described.
        country: must be a two-letter ISO country code like "UA" or "RU"
          Fix: correct the value as described.

      content/sources/bulletin-2020-05-storm.md
        url: "javascript:alert(1)" is not an http(s) URL
          Fix: give the full address starting with https:// (or http://), or leave the field out.
        kind: the text "rumour" is not one of the allowed values
          Fix: use one of: "news-report", "official-statement", "transcript", "dataset".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('file names that cannot be ids and files of the wrong type are reported, not ignored', async () => {
    expect(await report({ 'events/Kyiv Visit.yaml': event(''), 'events/note.yml': event('') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/. Nothing was built.

      content/events/Kyiv Visit.yaml
        (file name): "Kyiv Visit" cannot be used as an id, which is taken from the file name
          Fix: rename the file using lower-case letters, digits and single hyphens, e.g. events/kyiv-visit.yaml.

      content/events/note.yml
        (file): is not a .yaml file, so it would be ignored
          Fix: rename it to end in .yaml, or move it out of events/.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('explainer quotes, terms and related events are checked', async () => {
    const explainer = (await original('explainers/the-bridge.mdx'))
      .replace('will take about a year — perhaps longer', 'will take a decade')
      .replace('<Term id="storm">', '<Term id="hurricane">')
      .replace('events: [2020-03-02-bridge-vote', 'events: [2020-03-03-no-such-event');
    expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 3 problems in content/. Nothing was built.

      content/explainers/the-bridge.mdx
        events[0]: refers to event "2020-03-03-no-such-event", which does not exist
          Fix: correct the id, or add events/2020-03-03-no-such-event.yaml.
        <Quote> on line 14: is not in the stored text of source "gazette-2020-03-02-bridge"
          Fix: copy the words exactly from sources/gazette-2020-03-02-bridge.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        <Term> on line 22: refers to glossary term "hurricane", which does not exist
          Fix: correct the id, or add glossary/hurricane.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a <Timeline> in an explainer is checked: its window, highlighted event and categories', async () => {
    const explainer = (await original('explainers/the-bridge.mdx')).replace(
      '<Timeline from="2020-03-01" to="2020-05-31" id="spring" highlight="2020-05-storm" />',
      '<Timeline from="2020-02-30" to="2021-05-31" highlight="2020-05-hurricane" categories="politics,sport" filters={false} />',
    );
    expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 4 problems in content/. Nothing was built.

      content/explainers/the-bridge.mdx
        <Timeline> on line 20: from="2020-02-30" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2020-12-31, as YYYY-MM-DD.
        <Timeline> on line 20: to="2021-05-31" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2020-12-31, as YYYY-MM-DD.
        <Timeline> on line 20: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.
        <Timeline> on line 20: categories names "sport", which is not a category of this site
          Fix: use ids from site.yaml: politics, weather.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a <Map> in an explainer and the map distances in site.yaml must name places, events and systems that exist', async () => {
    const explainer = (await original('explainers/the-bridge.mdx')).replace(
      '<Map id="bridge-map" layers="places, events, labels" distances="" />',
      '<Map place="atlantis" event="2020-05-hurricane" origin="el-dorado" systems="crane death-ray" distances="riverton/shangri-la, border/northgate" />',
    );
    const site = (await original('site.yaml')) + 'mapDistances: [riverton/northgate, border/lilliput, riverton-northgate]\n';
    expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/. Nothing was built.

      content/explainers/the-bridge.mdx
        <Map> on line 26: refers to place "shangri-la", which does not exist
          Fix: correct the id, or add places/shangri-la.yaml.
        <Map> on line 26: refers to place "atlantis", which does not exist
          Fix: correct the id, or add places/atlantis.yaml.
        <Map> on line 26: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.
        <Map> on line 26: refers to place "el-dorado", which does not exist
          Fix: correct the id, or add places/el-dorado.yaml.
        <Map> on line 26: refers to system "death-ray", which does not exist
          Fix: correct the id, or add systems/death-ray.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    expect(await report({ 'site.yaml': site })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/site.yaml
        mapDistances[2]: must be two ids joined by "/", like "kyiv/moscow" or "border/moscow"
          Fix: correct the value as described.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    expect(await report({ 'site.yaml': site.replace(', riverton-northgate]', ']') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/site.yaml
        mapDistances[1]: refers to place "lilliput", which does not exist
          Fix: correct the id, or add places/lilliput.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a correction must name a page that exists', async () => {
    expect(
      await report({
        'corrections/bad.yaml': 'date: 2020-06-04\ntarget: events/2020-05-hurricane\nchange: A.\nreason: B.\n',
        'corrections/worse.yaml': 'date: 2020-06-04\ntarget: timeline/2020-05-storm\nchange: A.\nreason: B.\n',
      }),
    ).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/. Nothing was built.

      content/corrections/bad.yaml
        target: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.

      content/corrections/worse.yaml
        target: must be "<folder>/<id>", with the folder one of explainers, events, sources, places, systems, glossary
          Fix: correct the value as described.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a source without stored text and an explainer without frontmatter are reported', async () => {
    const source = (await original('sources/bulletin-2020-05-storm.md')).replace(/---\n[^-]*$/, '---\n');
    expect(await report({ 'sources/bulletin-2020-05-storm.md': source, 'explainers/plain.mdx': '# Just text\n' })).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/. Nothing was built.

      content/events/2020-05-storm.yaml
        sources[0].quote: is not in the stored text of source "bulletin-2020-05-storm"
          Fix: copy the words exactly from sources/bulletin-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/explainers/plain.mdx
        (file): has no frontmatter
          Fix: start the file with a line "---", the fields, then another "---" line before the text.

      content/explainers/the-bridge.mdx
        <Cite> on line 22: is not in the stored text of source "bulletin-2020-05-storm"
          Fix: copy the words exactly from sources/bulletin-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/glossary/storm.yaml
        sources[0].quote: is not in the stored text of source "bulletin-2020-05-storm"
          Fix: copy the words exactly from sources/bulletin-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/sources/bulletin-2020-05-storm.md
        (text): has no stored text
          Fix: paste the document (or, for an excerpt, the passages relied on) below the closing "---".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('site settings are checked: a missing file, or duplicate categories and reversed coverage', async () => {
    expect(await report({ 'site.yaml': null })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/. Nothing was built.

      content/site.yaml
        (file): is missing
          Fix: create site.yaml with the title, description, language, coverage and categories (see content/README.md).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    const site = (await original('site.yaml')).replace('end: 2020-12-31', 'end: 2019-12-31').replace('id: weather', 'id: politics');
    expect(await report({ 'site.yaml': site })).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/. Nothing was built.

      content/events/2020-05-storm.yaml
        category: "weather" is not a category of this site
          Fix: use one of: politics (or add it to site.yaml).

      content/explainers/the-bridge.mdx
        <Timeline> on line 20: from="2020-03-01" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.
        <Timeline> on line 20: to="2020-05-31" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.

      content/site.yaml
        coverage.end: 2019-12-31 is before coverage.start 2020-01-01
          Fix: swap the dates or correct one of them.
        categories[1].id: "politics" is used by another category
          Fix: give each category its own id.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });
});
