/**
 * Story components in the fixture's explainer, as built: <Person> cards take
 * the person's name and posts from people/, cite each post's source in the
 * explainer's numbered notes, keep the explainer's own words and link to the
 * person's page; <Figures> show each number with what it measures, cited.
 */
import { expect, test } from 'vitest';
import { read } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

test("a person card shows the name and dated post from people/, each post cited in the explainer's notes, and the explainer's own words", () => {
  const html = read(siteDir('fixture'), 'explainers/the-bridge/index.html');
  const card = /<section class="person-card"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  expect(card).toContain('<h3 id="person-ada-lovell" class="person-name"><a href="/people/ada-lovell/">Ada Lovell</a></h3>');
  expect(card).toMatch(/<li>Mayor of Riverton<span class="meta"> \(from <span class="date"><time datetime="2018">2018<\/time>/);
  // The post's source is the explainer's note 1 (the gazette), and the note quotes the words relied on.
  expect(card).toMatch(/<sup class="cite" data-pagefind-ignore><a id="cite-1-\d" href="#note-1"/);
  expect(html).toMatch(/id="note-1"[\s\S]*?Mayor Ada Lovell, in office since 2018/);
  expect(card).toContain('<div class="person-text"><p>She put the length of the work at a year.</p></div>');
  expect(card).toContain('<p class="person-more" data-pagefind-ignore><a href="/people/ada-lovell/">2 quotes · 1 event</a></p>');
});

test('key figures show each number with its unit and what it measures, in a description list, each cited', () => {
  const html = read(siteDir('fixture'), 'explainers/the-bridge/index.html');
  const figures = /<figure class="key-figures">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  expect(figures).toContain('<figcaption class="key-figures-title">The bridge in numbers</figcaption><dl>');
  const items = [...figures.matchAll(/<dt>([^<]*)<\/dt><dd>[\s\S]*?<span class="figure-value">([^<]*)<\/span>(?:<span class="figure-unit"> ([^<]*)<\/span>)?<sup class="cite" data-pagefind-ignore><a id="cite-\d+-\d+" href="#note-(\d+)"/g)].map((m) => m.slice(1));
  expect(items).toEqual([
    ['The last day of the storm', '12', 'May', expect.any(String)],
    ['The year the mayor took office', '2018', undefined, '1'],
  ]);
});
