/**
 * One fixture per kind of bad input, each pinning the exact report a
 * maintainer sees from `npm run check`: the file, the field, what is wrong
 * and how to fix it. A failed build prints the same report, saying that
 * nothing was built; a check never speaks of a build.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { ContentError, formatProblems } from '../../src/content/problems.ts';
import { ROOT } from '../support/sites.ts';
import { FIXTURE_STORY, siteYamlWithout, storyWith } from '../support/story-fixture.ts';

const original = (file: string) => readFile(join(FIXTURE_STORY, file), 'utf8');

async function report(changes: Record<string, string | null>): Promise<string> {
  const { problems } = await checkContent(await storyWith(changes));
  return formatProblems(problems, 'content', 'check');
}

const event = (fields: string) => `title: A test event
date: 2020-05-20
summary: Something happened.
standing: confirmed
category: politics
sources:
  - source: weather-office-2020-05-storm
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
      "Content check found 1 problem in content/.

      content/explainers/the-bridge.mdx
        heading on line 22: "Sources" would get the id "sources", which the page already gives its own section
          Fix: reword the heading, e.g. "Where this comes from" instead of "Sources".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('invalid YAML names the line', async () => {
    expect(await report({ 'events/bad.yaml': 'title: A\nsummary: "unclosed\ndate: 2020-06-01\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        (file): is not valid YAML at line 4: Missing closing "quote
          Fix: check the indentation and quoting on that line; text containing ": " or starting with a quote mark needs quotes around it.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a missing field says what to add', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('summary: Something happened.\n', '') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        summary: is missing
          Fix: add "summary:" with text.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a misspelt field lists the fields that exist', async () => {
    expect(await report({ 'events/bad.yaml': event('sumary: typo') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        sumary: is not a field this kind of entry has
          Fix: write "summary" if that is what you meant, or remove it; the fields are: title, date, end, summary, standing, claimedBy, category, places, people, control, systems, sources, tags, importance, formerIds.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a value of the wrong type says what is expected', async () => {
    expect(await report({ 'places/bad.yaml': 'name: X\nkind: city\ncountry: UA\nlat: "fifty"\nlon: 30\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/places/bad.yaml
        lat: must be a number, not the text "fifty"
          Fix: write a number here.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an impossible calendar date is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('2020-05-20', '2020-02-30') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        date: "2020-02-30" is not a real calendar date (2020-02 has 29 days)
          Fix: write a date that exists, as YYYY-MM-DD, YYYY-MM or YYYY (quotes are optional).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an end before the start is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('end: 2020-05-01') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        end: 2020-05-01 is before the start date 2020-05-20
          Fix: swap the dates or correct one of them.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a date outside the coverage window is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('2020-05-20', '2021-01') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/events/bad.yaml
        date: falls outside the story's coverage, 1 January 2020 to 31 December 2020
          Fix: correct the date, or widen coverage in site.yaml if the story now covers it.
        sources: every source was published before the event (January 2021), so none can report it
          Fix: cite a report from after the event, or, if a source announced it in advance, mark that citation "anticipated: true".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a tag label for a tag no event has is named, as it is most likely misspelt', async () => {
    const site = (await original('site.yaml')) + 'tagLabels:\n  bridge: The bridge\n  brigde: The bridge\n';
    expect(await report({ 'site.yaml': site })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/site.yaml
        tagLabels.brigde: no event has the tag "brigde"
          Fix: spell it as the events do (tags: in events/), or remove the label.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an unknown category lists the known ones', async () => {
    expect(await report({ 'events/bad.yaml': event('').replace('category: politics', 'category: sport') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        category: "sport" is not a category of this site
          Fix: use one of: politics, weather (or add it to site.yaml).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('references to places, systems and sources that do not exist are reported', async () => {
    expect(await report({ 'events/bad.yaml': `places: [atlantis]\nsystems: [death-ray]\n${event('  - source: nowhere')}` })).toMatchInlineSnapshot(`
      "Content check found 3 problems in content/.

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
    expect(await report({ 'events/bad.yaml': 'title: A\ndate: 2020-06-01\nsummary: B\nstanding: confirmed\ncategory: politics\nsources: []\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        sources: needs at least one source: every event cites where it comes from
          Fix: add at least one entry to the list.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a quote that is not in the stored source is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('    quote: the lightest rain of the year') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        sources[0].quote: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an event dated after every source must say the source anticipated it', async () => {
    const vote = await original('events/2020-03-02-bridge-vote.yaml');
    expect(await report({ 'events/2020-03-02-bridge-vote.yaml': vote.replace('2020-03-02', '2020-03-20') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/events/2020-03-02-bridge-vote.yaml
        date: 2020-03-20 is not the date the file name begins with (2020-03-02), which readers see in the event's address
          Fix: correct the date, or rename the file to begin with 2020-03-20 and list "2020-03-02-bridge-vote" under formerIds so its old address still works.
        sources: every source was published before the event (20 March 2020), so none can report it
          Fix: cite a report from after the event, or, if a source announced it in advance, mark that citation "anticipated: true".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('"anticipated" on a source published after the event is rejected', async () => {
    expect(await report({ 'events/bad.yaml': event('    anticipated: true').replace('2020-05-20', '2020-05-03') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/bad.yaml
        sources[0].anticipated: source "weather-office-2020-05-storm" was published May 2020, not before the event
          Fix: remove "anticipated: true": the source reports the event rather than announcing it.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('coordinates out of range, a non-web URL and an unknown kind are rejected', async () => {
    const source = (await original('sources/weather-office-2020-05-storm.md')).replace('kind: official-statement', 'kind: rumour\nurl: "javascript:alert(1)"');
    expect(
      await report({ 'places/bad.yaml': 'name: X\nkind: city\ncountry: Ukraine\nlat: 91\nlon: -181\n', 'sources/weather-office-2020-05-storm.md': source }),
    ).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/.

      content/places/bad.yaml
        lat: must be between -90 and 90
          Fix: write a number inside that range.
        lon: must be between -180 and 180
          Fix: write a number inside that range.
        country: "Ukraine" is not a two-letter country code
          Fix: write the country's ISO 3166-1 code: two capital letters, e.g. FR for France or KE for Kenya.

      content/sources/weather-office-2020-05-storm.md
        url: "javascript:alert(1)" is not an http(s) URL
          Fix: give the full address starting with https:// (or http://), or leave the field out.
        kind: the text "rumour" is not one of the allowed values
          Fix: use one of: "news-report", "official-statement", "transcript", "dataset".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('file names that cannot be ids and files of the wrong type are reported, not ignored', async () => {
    expect(await report({ 'events/Kyiv Visit.yaml': event(''), 'events/note.yml': event('') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

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
      "Content check found 3 problems in content/.

      content/explainers/the-bridge.mdx
        events[0]: refers to event "2020-03-03-no-such-event", which does not exist
          Fix: correct the id, or add events/2020-03-03-no-such-event.yaml.
        <Quote> on line 30: is not in the stored text of source "gazette-2020-03-02-bridge"
          Fix: copy the words exactly from sources/gazette-2020-03-02-bridge.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        <Term> on line 40: refers to glossary term or system "hurricane", which does not exist
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
      "Content check found 4 problems in content/.

      content/explainers/the-bridge.mdx
        <Timeline> on line 38: from="2020-02-30" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2020-12-31, as YYYY-MM-DD.
        <Timeline> on line 38: to="2021-05-31" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2020-12-31, as YYYY-MM-DD.
        <Timeline> on line 38: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.
        <Timeline> on line 38: categories names "sport", which is not a category of this site
          Fix: use ids from site.yaml: politics, weather.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a <Map> in an explainer and the map distances in site.yaml must name places, events and systems that exist', async () => {
    const explainer = (await original('explainers/the-bridge.mdx')).replace(
      '<Map id="bridge-map" layers="places, events, labels" distances="" />',
      '<Map place="atlantis" event="2020-05-hurricane" origin="el-dorado" systems="crane death-ray" distances="riverton/shangri-la, border/northgate" />',
    );
    const site = siteYamlWithout(await original('site.yaml'), ['map']) + 'map:\n  distances: [riverton/northgate, border/lilliput, riverton-northgate]\n';
    expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/.

      content/explainers/the-bridge.mdx
        <Map> on line 44: refers to place "shangri-la", which does not exist
          Fix: correct the id, or add places/shangri-la.yaml.
        <Map> on line 44: refers to place "atlantis", which does not exist
          Fix: correct the id, or add places/atlantis.yaml.
        <Map> on line 44: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.
        <Map> on line 44: refers to place "el-dorado", which does not exist
          Fix: correct the id, or add places/el-dorado.yaml.
        <Map> on line 44: refers to system "death-ray", which does not exist
          Fix: correct the id, or add systems/death-ray.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    expect(await report({ 'site.yaml': site })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/site.yaml
        map.distances[2]: must be two ids joined by "/", like "riverton/northgate" or "border/northgate"
          Fix: correct the value as described.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    expect(await report({ 'site.yaml': site.replace(', riverton-northgate]', ']') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/site.yaml
        map.distances[1]: "border" names no border: map.border is not set
          Fix: add map.border (the two countries and how to name their border), or measure from a place.
        map.distances[1]: refers to place "lilliput", which does not exist
          Fix: correct the id, or add places/lilliput.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a <Steps> needs two steps or more, each inside it with a title and a day of the story, naming places and events that exist', async () => {
    const steps = (await original('explainers/the-bridge.mdx'))
      .replace('<Step at="2020-03-02" title="The vote" event="2020-03-02-bridge-vote">', '<Step at="2021-03-02" title="The vote" event="2020-03-02-bridge-voted">')
      .replace('<Step at="2020-05-11" title="The storm" place="northgate">', '<Step title="" place="atlantis">')
      .replace('<Steps id="storm-steps" title="The storm at Northgate" layers="areas, places">', '<Steps id="storm-steps" extent="north">');
    expect(await report({ 'explainers/the-bridge.mdx': steps })).toMatchInlineSnapshot(`
      "Content check found 4 problems in content/.

      content/explainers/the-bridge.mdx
        <Step> on line 54: is missing at="…"
          Fix: add at="YYYY-MM-DD": the day the map shows while the reader is on this step.
        <Steps> on line 48: extent="north" is neither a frame of the story nor a box
          Fix: use "west,south,east,north" in degrees, or leave it out for the site map's frame.
        <Step> on line 49: at="2021-03-02" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2020-12-31, as YYYY-MM-DD.
        <Step> on line 49: refers to event "2020-03-02-bridge-voted", which does not exist
          Fix: write "2020-03-02-bridge-vote" if that is the one meant, or correct the id, or add events/2020-03-02-bridge-voted.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    const alone = (await original('explainers/the-bridge.mdx')).replace(/<Steps[\s\S]*<\/Steps>/, '<Steps>\n<Step at="2020-05-11" title="The storm">\n\nText.\n\n</Step>\n</Steps>\n\n<Step at="2020-05-11" title="Lost">\n\nText.\n\n</Step>');
    expect(await report({ 'explainers/the-bridge.mdx': alone })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/explainers/the-bridge.mdx
        <Steps> on line 48: has only one <Step>: a graphic that follows the text needs two steps or more
          Fix: put each passage in <Step at="YYYY-MM-DD" title="…">…</Step>, or use <Map at="…"> for one map.
        <Step> on line 56: is not inside a <Steps>
          Fix: put the steps between <Steps …> and </Steps>.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a <Figure> must be one number that stands in the quoted words of its source, inside a <Figures> of two or more', async () => {
    const explainer = (await original('explainers/the-bridge.mdx'))
      .replace('value="2018"', 'value="2019"')
      .replace('value="12" unit="May"', 'value="twelve" unit="May"')
      .replace('<Figures title="The bridge in numbers">', '<Figures>\n<Figure value="3" label="Three" source="gazette-2020-03-02-bridge" quote="three" />\n</Figures>\n\n<Figures>');
    expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/.

      content/explainers/the-bridge.mdx
        <Figures> on line 17: has only one <Figure>
          Fix: put two figures or more in it, or write the one number in the text.
        <Figure> on line 18: value="3" is not in its quote "three"
          Fix: quote the words of the source that state this number, or correct the number.
        <Figure> on line 18: is not in the stored text of source "gazette-2020-03-02-bridge"
          Fix: copy the words exactly from sources/gazette-2020-03-02-bridge.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        <Figure> on line 22: value="twelve" is not one number
          Fix: write the number alone, as the source gives it ("300", "1,000"); put "km" in unit and "about" in qualifier.
        <Figure> on line 23: value="2019" is not in its quote "Mayor Ada Lovell, in office since 2018"
          Fix: quote the words of the source that state this number, or correct the number.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a <Person> card must name someone in people/', async () => {
    const explainer = (await original('explainers/the-bridge.mdx')).replace('<Person id="ada-lovell">', '<Person id="ada-lovelace">');
    expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/explainers/the-bridge.mdx
        <Person> on line 24: refers to person "ada-lovelace", which does not exist
          Fix: write "ada-lovell" if that is the one meant, or correct the id, or add people/ada-lovelace.yaml.

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
      "Content check found 2 problems in content/.

      content/corrections/bad.yaml
        target: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.

      content/corrections/worse.yaml
        target: must be "<folder>/<id>", with the folder one of explainers, events, sources, places, people, systems, glossary
          Fix: correct the value as described.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a source without stored text and an explainer without frontmatter are reported', async () => {
    const source = (await original('sources/weather-office-2020-05-storm.md')).replace(/---\n[^-]*$/, '---\n');
    expect(await report({ 'sources/weather-office-2020-05-storm.md': source, 'explainers/plain.mdx': '# Just text\n' })).toMatchInlineSnapshot(`
      "Content check found 9 problems in content/.

      content/events/2020-05-storm.yaml
        sources[0].quote: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/explainers/plain.mdx
        (file): has no frontmatter
          Fix: start the file with a line "---", the fields, then another "---" line before the text.

      content/explainers/the-bridge.mdx
        <Figure> on line 18: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        <Cite> on line 40: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        <Cite> on line 56: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        <Cite> on line 61: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/glossary/storm.yaml
        sources[0].quote: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/layers/storm-area.yaml
        sources[0].quote: is not in the stored text of source "weather-office-2020-05-storm"
          Fix: copy the words exactly from sources/weather-office-2020-05-storm.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.

      content/sources/weather-office-2020-05-storm.md
        (text): has no stored text
          Fix: paste the document (or, for an excerpt, the passages relied on) below the closing "---".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('site settings are checked: a missing file, or duplicate categories and reversed coverage', async () => {
    expect(await report({ 'site.yaml': null })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/site.yaml
        (file): is missing
          Fix: create site.yaml with the title, description, language, coverage and categories (see content/README.md).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
    const site = (await original('site.yaml')).replace('end: 2020-12-31', 'end: 2019-12-31').replace('id: weather', 'id: politics');
    expect(await report({ 'site.yaml': site })).toMatchInlineSnapshot(`
      "Content check found 9 problems in content/.

      content/events/2020-05-storm.yaml
        category: "weather" is not a category of this site
          Fix: use one of: politics (or add it to site.yaml).

      content/explainers/the-bridge.mdx
        <Timeline> on line 38: from="2020-03-01" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.
        <Timeline> on line 38: to="2020-05-31" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.
        <Step> on line 49: at="2020-03-02" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.
        <Step> on line 54: at="2020-05-11" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.
        <Step> on line 59: at="2020-06-01" is not a day inside the story's coverage
          Fix: write a day between 2020-01-01 and 2019-12-31, as YYYY-MM-DD.
        <Map> on line 66: compare names "2020-05-01", "2020-05-11", not days inside the story's coverage
          Fix: write days between 2020-01-01 and 2019-12-31, as YYYY-MM-DD, separated by commas.

      content/site.yaml
        coverage.end: 2019-12-31 is before coverage.start 2020-01-01
          Fix: swap the dates or correct one of them.
        categories[1].id: "politics" is used by another category
          Fix: give each category its own id.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });
});

/** A copy of a source, reworded so it is the fixture's gazette story stored from another site. */
const copyOf = (id: string, extra = '') =>
  `---\ntitle: Bridge vote\npublisher: Aggregator Weekly\nurl: https://aggregator.example/bridge\npublished: 2020-03-03\nretrieved: 2020-03-04\nkind: news-report\nlanguage: en\nstored: excerpt\nstanding: copy\n${extra}---\nCouncil votes to rebuild the bridge (${id}).\n`;

describe('trust rules', () => {
  test('a copy or a syndicated report names its original outlet, and only they carry an original address', async () => {
    expect(await report({ 'sources/aggregator-weekly-2020-03-03-bridge.md': copyOf('a'), 'sources/aggregator-weekly-2020-03-04-bridge.md': copyOf('b', 'via: Riverton Gazette\n').replace('standing: copy', 'standing: original\noriginal: https://gazette.example/bridge') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/sources/aggregator-weekly-2020-03-03-bridge.md
        via: is missing: a copy must name the outlet whose report it is
          Fix: add via: with the original outlet, e.g. "via: AP", and original: with its address if known.

      content/sources/aggregator-weekly-2020-03-04-bridge.md
        original: is only for a syndicated report or a copy, and this source is "original"
          Fix: remove original:, or correct standing:.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a source id may name only the outlet that published the stored text, or the one it relays', async () => {
    expect(await report({ 'sources/daily-planet-2020-03-03-bridge.md': copyOf('c', 'via: Riverton Gazette\n'), 'sources/riverton-gazette-2020-03-03-bridge.md': copyOf('d', 'via: Riverton Gazette\n') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/sources/daily-planet-2020-03-03-bridge.md
        (file name): begins "daily-planet", which does not name the publisher "Aggregator Weekly" or the outlet it relays, "Riverton Gazette"
          Fix: name the file after who published the stored text (or, for a syndicated report or a copy, the original outlet in via:), e.g. sources/aggregator-weekly-2020-03-03-bridge.md, and update the citations; if the text is really the other outlet's, store it from that outlet.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an event, a range, a definition or a key point resting only on copies is refused', async () => {
    const copy = copyOf('e', 'via: Riverton Gazette\n');
    const onCopy = event('').replace('weather-office-2020-05-storm', 'aggregator-weekly-2020-03-03-bridge').replace('2020-05-20', '2020-03-03');
    const term = 'term: Span\ndefinition: A length of bridge.\nsources:\n  - source: aggregator-weekly-2020-03-03-bridge\n';
    expect(await report({ 'sources/aggregator-weekly-2020-03-03-bridge.md': copy, 'events/on-copy.yaml': onCopy, 'glossary/span.yaml': term })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/events/on-copy.yaml
        sources: the event rests only on copies: aggregator-weekly-2020-03-03-bridge (a copy of Riverton Gazette)
          Fix: add a citation of the original report or an official record (a wire report republished with credit by an established outlet counts); keep the copy only if the original cannot be stored.

      content/glossary/span.yaml
        sources: the definition rests only on copies: aggregator-weekly-2020-03-03-bridge (a copy of Riverton Gazette)
          Fix: add a citation of the original report or an official record (a wire report republished with credit by an established outlet counts); keep the copy only if the original cannot be stored.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test("a weapon's range and an explainer's key point resting only on copies are refused too", async () => {
    const copy = copyOf('f', 'via: Riverton Gazette\n');
    const crane = (await original('systems/crane.yaml')).replace('    source:\n      source: gazette-2020-03-02-bridge', '    source:\n      source: aggregator-weekly-2020-03-03-bridge');
    const mdx = (await original('explainers/the-bridge.mdx')).replace(
      '      - source: gazette-2020-03-02-bridge\n        quote: The council voted on Monday to rebuild the old bridge',
      '      - source: aggregator-weekly-2020-03-03-bridge\n        quote: Council votes to rebuild the bridge',
    );
    expect(await report({ 'sources/aggregator-weekly-2020-03-03-bridge.md': copy, 'systems/crane.yaml': crane, 'explainers/the-bridge.mdx': mdx })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/explainers/the-bridge.mdx
        keyPoints[0].sources: the key point rests only on copies: aggregator-weekly-2020-03-03-bridge (a copy of Riverton Gazette)
          Fix: add a citation of the original report or an official record (a wire report republished with credit by an established outlet counts); keep the copy only if the original cannot be stored.

      content/systems/crane.yaml
        variants[0].source: the range of TC-1 short jib rests only on copies: aggregator-weekly-2020-03-03-bridge (a copy of Riverton Gazette)
          Fix: add a citation of the original report or an official record (a wire report republished with credit by an established outlet counts); keep the copy only if the original cannot be stored.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an event or a source that does not say how it stands is refused, never given a default', async () => {
    const source = (await original('sources/gazette-2020-03-02-bridge.md')).replace(/^standing: .*\n/m, '');
    expect(await report({ 'events/unsaid.yaml': event('').replace('standing: confirmed\n', ''), 'sources/gazette-2020-03-02-bridge.md': source })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/events/unsaid.yaml
        standing: is missing
          Fix: add "standing:" with one of: "confirmed", "reported", "claimed".

      content/sources/gazette-2020-03-02-bridge.md
        standing: is missing
          Fix: add "standing:" with one of: "original", "official", "syndicated", "copy".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a claimed event says who claims it, and only a claim does', async () => {
    expect(
      await report({
        'events/claim.yaml': event('').replace('standing: confirmed', 'standing: claimed'),
        'events/not-a-claim.yaml': event('').replace('standing: confirmed', 'standing: reported\nclaimedBy: The mayor'),
      }),
    ).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/events/claim.yaml
        claimedBy: is missing: a claimed event says who claims it
          Fix: add claimedBy: naming the party, e.g. "The river authority".

      content/events/not-a-claim.yaml
        claimedBy: is only for a claimed event, and this one is "reported"
          Fix: remove claimedBy:, or set standing: claimed if a party to the events claims it.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an archived copy cannot predate the document', async () => {
    const source = (await original('sources/gazette-2020-03-02-bridge.md')).replace('stored: full', 'stored: full\narchived:\n  url: https://web.archive.org/web/2019/https://gazette.example/bridge\n  date: 2019-12-01');
    expect(await report({ 'sources/gazette-2020-03-02-bridge.md': source })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/sources/gazette-2020-03-02-bridge.md
        archived.date: 2019-12-01 is before the document was published (2020-03-02)
          Fix: give the day the archived copy was made.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a placeholder left from npm run new is refused, in a field or in the text', async () => {
    const source = (await original('sources/gazette-2020-03-02-bridge.md')).replace('title: Council votes to rebuild the bridge', 'title: "Replace this: the title"') + '\nReplace this: paste the stored text here.\n';
    expect(await report({ 'sources/gazette-2020-03-02-bridge.md': source })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/sources/gazette-2020-03-02-bridge.md
        title: still holds the placeholder "Replace this: the title"
          Fix: write the real value (the scaffold's comment above the field says what it is), or delete the field if it is optional.
        text, line 20: still holds a placeholder paragraph
          Fix: write the text, or delete the placeholder paragraph.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a glossary term that repeats a system is refused, and <Term> may name a system', async () => {
    const term = 'term: TC-1\ndefinition: A crane.\nsources:\n  - source: gazette-2020-03-02-bridge\n';
    const explainer = (await original('explainers/the-bridge.mdx')).replace('<Term id="storm">storm</Term>', '<Term id="crane">crane</Term>');
    expect(await report({ 'glossary/tc-1.yaml': term, 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/glossary/tc-1.yaml
        term: "TC-1" is also system "crane", so the glossary would list it twice with two definitions
          Fix: delete this term and let <Term id="crane"> link to the system (a <Term> may name a system), or give the term a name that is not the system's.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });
});

describe('clearer errors', () => {
  test('a file whose name differs from another only in case is reported as a duplicate of it', async () => {
    expect(await report({ 'places/Riverton.yaml': await original('places/riverton.yaml') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/places/Riverton.yaml
        (file name): differs from places/riverton.yaml only in upper and lower case, so both would have the id "riverton"
          Fix: merge it into places/riverton.yaml or delete it; if it is a different entry, give it a different name.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a YAML syntax error does not also make every reference to that file an error', async () => {
    expect(await report({ 'places/riverton.yaml': 'name: Riverton\nkind: city: town\n' })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/places/riverton.yaml
        (file): is not valid YAML at line 2: Nested mappings are not allowed in compact mappings
          Fix: check the indentation and quoting on that line; text containing ": " or starting with a quote mark needs quotes around it.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test("a renamed entry's former id is refused where it is still in use, and a reference to it names the new id", async () => {
    const storm = await original('events/2020-05-storm.yaml');
    const vote = await original('events/2020-03-02-bridge-vote.yaml');
    const bridge = await original('explainers/the-bridge.mdx');
    expect(
      await report({
        'events/2020-05-storm.yaml': storm.replace('formerIds: [2020-05-flood]', 'formerIds: [2020-05-flood, 2020-05-storm]'),
        'events/2020-03-02-bridge-vote.yaml': `${vote}formerIds: [2020-05-flood, 2020-04-work-begins]\n`,
        'corrections/storm.yaml': 'date: 2020-06-04\ntarget: events/2020-05-flood\nchange: A.\nreason: B.\n',
        'explainers/the-bridge.mdx': bridge.replace('events: [', 'events: [2020-05-flood, '),
      }),
    ).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/.

      content/corrections/storm.yaml
        target: refers to event "2020-05-flood", which was renamed to "2020-03-02-bridge-vote"
          Fix: write "2020-03-02-bridge-vote".

      content/events/2020-03-02-bridge-vote.yaml
        formerIds[1]: "2020-04-work-begins" is the id of events/2020-04-work-begins.yaml, which still exists
          Fix: remove it from formerIds, or rename or delete that file: one address cannot show two events.

      content/events/2020-05-storm.yaml
        formerIds[0]: "2020-05-flood" is also a former id of events/2020-03-02-bridge-vote.yaml
          Fix: keep it on one of them: an old address can send readers to one page only.
        formerIds[1]: "2020-05-storm" is this event's own id
          Fix: remove it: formerIds lists the ids the file had before it was renamed.

      content/explainers/the-bridge.mdx
        events[0]: refers to event "2020-05-flood", which was renamed to "2020-03-02-bridge-vote"
          Fix: write "2020-03-02-bridge-vote".

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });
});

describe('what npm run new leaves and slips a check would miss', () => {
  test("a value still marked by npm run new, or a file still under the name it gave, is refused", async () => {
    const marked = event('').replace('date: 2020-05-20', 'date: 2020-05-20 # ← Replace this: the real date').replace('  - source: weather-office-2020-05-storm', '  - source: weather-office-2020-05-storm # ← Replace this: the id of the source that reports this event');
    expect(await report({ 'events/2020-05-20-new-event.yaml': marked })).toMatchInlineSnapshot(`
      "Content check found 3 problems in content/.

      content/events/2020-05-20-new-event.yaml
        (file name): "2020-05-20-new-event" is the name npm run new gives a new event, and the id (the page's address) is taken from it
          Fix: rename the file to say what it is, e.g. events/<date>-<a-few-words>.yaml.
        date, line 2: still carries the mark "# ← Replace this: the real date": npm run new wrote this value as a guess
          Fix: make sure the value is right for this entry, then delete the mark (from "#" to the end of the line).
        source, line 7: still carries the mark "# ← Replace this: the id of the source that reports this event": npm run new wrote this value as a guess
          Fix: make sure the value is right for this entry, then delete the mark (from "#" to the end of the line).

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a file or folder the site does not read is named, with the name it most likely meant', async () => {
    // Writers' notes, editors' backups and the system's files are nobody's content, and are let be.
    expect(await report({ 'event/2020-05-20-x.yaml': event(''), 'site.yml': 'title: x\n', 'notes/plan.txt': 'x', 'plan.md': 'x', 'site.yaml~': 'x', 'Thumbs.db': 'x' })).toMatchInlineSnapshot(`
      "Content check found 3 problems in content/.

      content/event/
        (folder name): is not a folder the site reads, so what it holds would be left out
          Fix: rename it to events/, if that is what it is meant to be, or move it out of the story folder.

      content/notes/
        (folder name): is not a folder the site reads, so what it holds would be left out
          Fix: move it out of the story folder; the folders the site reads are sources/, events/, places/, people/, systems/, glossary/, rules/, layers/, explainers/, corrections/, beside site.yaml.

      content/site.yml
        (file name): is not a file the site reads, so it would be left out
          Fix: rename it to site.yaml, if that is what it is meant to be, or move it out of the story folder.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('an unknown reference suggests the id it most likely meant', async () => {
    expect(await report({ 'events/2020-05-20-x.yaml': event('places:\n  - rivertn\n'), 'events/1000-sandbags.yaml': event('') })).toMatchInlineSnapshot(`
      "Content check found 1 problem in content/.

      content/events/2020-05-20-x.yaml
        places[0]: refers to place "rivertn", which does not exist
          Fix: write "riverton" if that is the one meant, or correct the id, or add places/rivertn.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test("a source retrieved before it was published, and an event dated another day than its file name, are refused", async () => {
    const source = (await original('sources/gazette-2020-03-02-bridge.md')).replace(/retrieved: .*/, 'retrieved: 2020-02-28');
    expect(await report({ 'sources/gazette-2020-03-02-bridge.md': source, 'events/2020-05-21-x.yaml': event('') })).toMatchInlineSnapshot(`
      "Content check found 2 problems in content/.

      content/events/2020-05-21-x.yaml
        date: 2020-05-20 is not the date the file name begins with (2020-05-21), which readers see in the event's address
          Fix: correct the date, or rename the file to begin with 2020-05-20 and list "2020-05-21-x" under formerIds so its old address still works.

      content/sources/gazette-2020-03-02-bridge.md
        retrieved: 2020-02-28 is before the document was published (2020-03-02)
          Fix: give the day the text was stored (retrieved), and check published: against the document.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('in an explainer, a tag that is no component, a bare "<" and braces are named with their lines before the build would fail on them', async () => {
    const mdx = (await original('explainers/the-bridge.mdx')).replace('## What the mayor said', '## What the mayor said {draft}\n\nLess than <30 per cent.<Citation source="x" />\n\n`{code}` and <abbr title="a > b {c}">ok</abbr> {/* a note */}, \\{escaped\\}, a < b.\n\n<!-- a note --> <https://example.org> and<br>\n\n````md\n```\n<Nothing>{}\n```\n````');
    expect(await report({ 'explainers/the-bridge.mdx': mdx })).toMatchInlineSnapshot(`
      "Content check found 6 problems in content/.

      content/explainers/the-bridge.mdx
        line 22: has "{draft}", which MDX runs as code, so the build would fail
          Fix: write \\{ and \\} for the braces themselves, or delete them (a heading's link id is made from its words).
        line 24: has a "<" that starts no tag, which MDX cannot read
          Fix: write \\< or &lt; for the sign, or the words "less than".
        <Citation> on line 24: is not a component this site knows, so the build would fail
          Fix: write <Cite> if that is what you meant; the components are <Quote>, <Cite>, <Term>, <Timeline>, <StatusChart>, <Map>, <Steps>, <Step>, <Figures>, <Figure>, <Person>.
        line 28: has an HTML comment, which MDX cannot read
          Fix: write a comment as {/* … */}.
        line 28: has the address <https://example.org>, which MDX cannot read between < and >
          Fix: write it as a link: [words](address).
        line 28: has <br>, which MDX needs closed
          Fix: write <br /> instead.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });
});

describe('people, control, rules and map layers', () => {
  const person = 'name: The Mayor\nroles:\n  - title: Mayor of Riverton\n    from: 2020-05\n    to: 2020-03\n    sources:\n      - source: gazette-2020-03-02-bridge\n        quote: not in the text\n';
  const holders = '\nholders:\n  - id: council\n    label: The council\n    colour: "#0072b2"\n  - id: builders\n    label: The builders\n    colour: "#b07800"\nruleStates:\n  - id: closed\n    label: Closed\n    colour: "#999999"\n  - id: open\n    label: Open\n    colour: "#009e73"\n';

  test('a person\'s posts are sourced, their dates in order, and events and quotes name people who exist', async () => {
    const quoted = event('people: [the-mayor, nobody]\n').replace('  - source: weather-office-2020-05-storm', '  - source: weather-office-2020-05-storm\n    speaker: nobody');
    expect(await report({ 'people/the-mayor.yaml': person, 'events/quoted.yaml': quoted })).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/.

      content/events/quoted.yaml
        people[1]: refers to person "nobody", which does not exist
          Fix: correct the id, or add people/nobody.yaml.
        sources[0].speaker: refers to person "nobody", which does not exist
          Fix: correct the id, or add people/nobody.yaml.
        sources[0].speaker: names whose words are quoted, but there is no quote
          Fix: add the quote: the speaker's exact words from the stored source.

      content/people/the-mayor.yaml
        roles[0].sources[0].quote: is not in the stored text of source "gazette-2020-03-02-bridge"
          Fix: copy the words exactly from sources/gazette-2020-03-02-bridge.md (only spacing, quote marks and dashes may differ), or add the passage to that file's text.
        roles[0].to: 2020-03 is before from 2020-05
          Fix: swap the dates or correct one of them.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a change of control names a place and holders that exist, and two the same day must agree', async () => {
    const site = siteYamlWithout(await original('site.yaml'), ['holders', 'ruleStates']) + holders;
    const a = event('control:\n  - place: riverton\n    to: council\n  - place: atlantis\n    from: pirates\n    to: council\n');
    const b = event('control:\n  - place: riverton\n    to: nobody\n');
    expect(await report({ 'site.yaml': site, 'events/a.yaml': a, 'events/b.yaml': b })).toMatchInlineSnapshot(`
      "Content check found 4 problems in content/.

      content/events/a.yaml
        control[1].place: refers to place "atlantis", which does not exist
          Fix: correct the id, or add places/atlantis.yaml.
        control[1].from: "pirates" is not a holder of this site
          Fix: use one of: council, builders (or add it to holders in site.yaml).

      content/events/b.yaml
        control[0].to: "nobody" is not a holder of this site
          Fix: use one of: council, builders (or add it to holders in site.yaml).
        control[0]: says riverton passed to "nobody" on 2020-05-20, but events/a.yaml says to "council" that day
          Fix: correct one of them, or date them apart if control changed twice.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a rule\'s states are known, cited, in order and never overlap', async () => {
    const site = siteYamlWithout(await original('site.yaml'), ['holders', 'ruleStates']) + holders;
    const rule = [
      'label: The old bridge',
      'states:',
      '  - state: closed',
      '    from: 2020-03-02',
      '    to: 2020-05-12',
      '    standing: confirmed',
      '    sources:',
      '      - source: gazette-2020-03-02-bridge',
      '  - state: ajar',
      '    from: 2020-05-10',
      '    standing: claimed',
      '    events: [2020-05-hurricane]',
      '    sources:',
      '      - source: weather-office-2020-05-storm',
      '',
    ].join('\n');
    expect(await report({ 'site.yaml': site, 'rules/old-bridge.yaml': rule })).toMatchInlineSnapshot(`
      "Content check found 4 problems in content/.

      content/rules/old-bridge.yaml
        states[1].state: "ajar" is not a rule state of this site
          Fix: use one of: closed, open (or add it to ruleStates in site.yaml).
        states[1].from: 2020-05-10 is not after the state before it, which runs to 2020-05-12
          Fix: list states earliest first, and end each before the next begins.
        states[1].claimedBy: is missing: a claim says who claims it
          Fix: add claimedBy: naming the party.
        states[1].events[0]: refers to event "2020-05-hurricane", which does not exist
          Fix: correct the id, or add events/2020-05-hurricane.yaml.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });

  test('a map layer is built from places that exist, or from closed GeoJSON rings in range', async () => {
    const layer = (geometry: string) => `label: Flooded area\nrole: area\nstanding: confirmed\nschematic: true\ngeometry:\n${geometry}\nsources:\n  - source: weather-office-2020-05-storm\n`;
    expect(
      await report({
        'layers/band.yaml': layer('  band:\n    between: [UA, RU]\n    side: BY\n    depthKm: 30\n    from: riverton'),
        'layers/circle.yaml': layer('  circle:\n    place: atlantis\n    radiusKm: 10'),
        'layers/shape.yaml': layer('  geojson:\n    type: Polygon\n    coordinates: [[[30, 50], [31, 50], [200, 51]]]'),
      }),
    ).toMatchInlineSnapshot(`
      "Content check found 5 problems in content/.

      content/layers/band.yaml
        geometry.band.side: BY is not one of the two countries of the border, UA and RU
          Fix: write one of UA, RU.
        geometry.band: names only one end of the stretch
          Fix: give both from: and to:, or neither for the whole border.

      content/layers/circle.yaml
        geometry.circle.place: refers to place "atlantis", which does not exist
          Fix: correct the id, or add places/atlantis.yaml.

      content/layers/shape.yaml
        geometry.geojson: has a point outside -180 to 180 longitude or -90 to 90 latitude
          Fix: write [longitude, latitude], in that order, in degrees.
        geometry.geojson: has a ring that is not closed
          Fix: repeat the first point at the end of each ring; a ring needs at least four points.

      Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
    `);
  });
});

test('a <Cite> alone on its line is refused with its line, since MDX would make it a paragraph of its own', async () => {
  const explainer = (await original('explainers/the-bridge.mdx')).replace(
    'The council voted to rebuild the <Term id="bridge">bridge</Term> <Cite source="gazette-2020-03-02-bridge" />.',
    'The council voted to rebuild the <Term id="bridge">bridge</Term>\n<Cite source="gazette-2020-03-02-bridge" />\nand the storm came <Cite source="weather-office-2020-05-storm" />.',
  );
  expect(await report({ 'explainers/the-bridge.mdx': explainer })).toMatchInlineSnapshot(`
    "Content check found 1 problem in content/.

    content/explainers/the-bridge.mdx
      <Cite> on line 16: stands alone on its line, so MDX makes it a paragraph of its own and splits it from the sentence it supports
        Fix: put it on the line of the words it supports, before the full stop: "… the words <Cite … />."

    Fix these, then run \`npm run check\` again (the content guide is content/README.md)."
  `);
});

test('npm run check reports its problems without speaking of a build, and only a failed build says nothing was built', async () => {
  const dir = await storyWith({ 'events/2020-05-storm.yaml': 'title: Broken\ndate: 2020-02-30\n' });
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir, FORCE_COLOR: '0' }, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^Content check found 5 problems in .+\.\n/);
  expect(run.stderr).not.toMatch(/\bbuil[dt]\b/i);

  const { problems } = await checkContent(dir);
  expect(formatProblems(problems, 'content', 'check').split('\n')[0]).toBe('Content check found 5 problems in content/.');
  expect(new ContentError(problems, 'content').message.split('\n')[0]).toBe('Content check found 5 problems in content/. Nothing was built.');
});
