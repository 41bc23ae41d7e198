/** The sources list and a source's page, as built from the fixture story. */
import { describe, expect, test } from 'vitest';
import { quoteAnchorId } from '../../src/content/quotes.ts';
import { attributes, ids, read } from '../support/dist.ts';
import { siteDir } from '../support/sites.ts';

const dist = siteDir('fixture');

/** The text of some HTML, tags dropped and spaces collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

/** Each body row of the page's table, as the text of its cells. */
function tableRows(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => textOf(cell[1] ?? '')));
}

/** The part of a page from the element opening with `start` to the end of `<tag>`. */
const section = (html: string, start: string, tag: string) => {
  const from = html.indexOf(start);
  return from < 0 ? '' : html.slice(from, html.indexOf(`</${tag}>`, from) + tag.length + 3);
};

describe('the sources list', () => {
  const page = read(dist, 'sources/index.html');

  test('lists every source newest first, with its publisher, date, what it is and how many pages use it', () => {
    expect(tableRows(page)).toEqual([
      ['Riverton Gazette', '15 March 2021', 'New bridge opens a year late', 'Original report', '1'],
      ['Northgate Evening News', '12 May 2020', 'Storm floods bridge works at Riverton', 'Agency report via Wire Service', '0'],
      ['Weather Office', 'May 2020', 'Storm bulletin', 'Official record', '4'],
      ['Riverton Gazette', '2 March 2020', 'Council votes to rebuild the bridge', 'Original report', '8'],
    ]);
  });

  test('each title links to its source page and each date is a time element at its own precision', () => {
    expect(page).toContain('<th scope="row"><a href="/sources/weather-office-2020-05-storm/">Storm bulletin</a></th>');
    expect(page).toContain('<time datetime="2020-05">May 2020</time>');
    expect(page).toContain('<time datetime="2021-03-15">15 March 2021</time>');
  });

  test('the header counts the sources by what they are', () => {
    expect(page).toContain('<p class="kicker">Fixture story</p>');
    expect(page).toMatch(/<h1>Sources<\/h1>/);
    expect(textOf(/<p class="standfirst">([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '')).toMatch(
      /^4 sources: 2 original reports, 1 official record, 1 agency report republished by other outlets and 0 copies of other outlets’ reports\./,
    );
  });

  test('the columns are marked for the sort script, which ships as a file, and the table says it is sorted newest first', () => {
    expect(attributes(page, 'data-sort')).toEqual(['text', 'date', 'text', 'text', 'number']);
    expect(page).toContain('<th scope="col" data-sort="date" aria-sort="descending">Date</th>');
    expect(page).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });
});

describe('a source page', () => {
  const cited = read(dist, 'sources/gazette-2020-03-02-bridge/index.html');
  const syndicated = read(dist, 'sources/evening-news-2020-05-12-storm-floods-works/index.html');

  test('says what the source is, in one sentence', () => {
    expect(syndicated).toContain('<p class="standfirst source-is">Wire Service’s report, republished by Northgate Evening News.</p>');
    expect(cited).toContain('<p class="standfirst source-is">Riverton Gazette’s own report.</p>');
    expect(read(dist, 'sources/weather-office-2020-05-storm/index.html')).toContain('An official record by Weather Office.');
  });

  test('links its own address, the original and the archived copy, with the day it was archived', () => {
    const facts = section(syndicated, '<section class="rail source-facts"', 'section');
    const links = [...facts.matchAll(/<a href="([^"]+)" rel="external noopener">/g)].map((m) => m[1]);
    expect(links).toEqual([
      'https://evening-news.example/2020/05/12/storm-floods-bridge-works',
      'https://wire.example/2020/05/12/storm',
      'https://web.archive.org/web/20200601000000/https://evening-news.example/2020/05/12/storm-floods-bridge-works',
    ]);
    expect(textOf(facts)).toContain('Archived copy web.archive.org/web/20200601000000/https://evening-news.example/2020/05/12/storm-floods-bridge-works (saved 1 June 2020 )');
    expect(textOf(facts)).toContain('Authors B. Reporter');
    // A source without an original or an archived copy names neither.
    expect(cited).not.toContain('Archived copy');
    expect(cited).not.toContain('The original');
  });

  test('lists the pages citing it by kind, each once, each with links to the passages it quotes', () => {
    const citedBy = section(cited, '<section class="cited-by"', 'section');
    expect([...citedBy.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual(['Explainers', 'Events', 'People', 'Rules', 'Weapons and platforms', 'Glossary']);
    const pages = attributes(citedBy, 'href').filter((h) => !h.startsWith('#'));
    expect(pages).toEqual([
      '/explainers/the-bridge/',
      '/timeline/2020-03-02-bridge-vote/',
      '/timeline/2020-03-09-mayor-visit/',
      '/timeline/2020-04-work-begins/',
      '/people/ada-lovell/',
      '/rules/#rule-old-bridge-lorries',
      '/glossary/#system-crane',
      '/glossary/#bridge',
    ]);
    expect(cited).toContain('<a href="#cited-by">Cited by 8 pages</a>');
    const passages = attributes(citedBy, 'href').filter((h) => h.startsWith('#'));
    const anchors = ids(cited);
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages) expect(anchors.has(passage.slice(1)), passage).toBe(true);
    expect(passages).toContain(`#${quoteAnchorId('Heavy lorries used the old bridge until the end of February')}`);
    expect(citedBy).toContain(`<a href="#${quoteAnchorId('Mayor Ada Lovell, in office since 2018')}">“Mayor Ada Lovell, in office since 2018”</a>`);
  });

  test("an excerpt's passages are set apart, and the page says the original may have more between them", () => {
    expect(syndicated).toMatch(/<div class="stored-text is-excerpt" data-pagefind-weight="0.3">/);
    expect(syndicated).toContain('the original may have more between them');
    expect(cited).not.toContain('is-excerpt');
  });

  test('an uncited source says so', () => {
    expect(syndicated).toContain('<a href="#cited-by">Cited by 0 pages</a>');
    expect(section(syndicated, '<section class="cited-by"', 'section')).toContain('No page cites this source yet.');
  });

  test('search indexes its title, its sentence and its text, not its facts or the pages citing it', () => {
    expect(cited).toContain('<h1 data-pagefind-weight="1">Council votes to rebuild the bridge</h1>');
    expect(cited).toContain('data-pagefind-filter="type:Source"');
    for (const start of ['<section class="rail source-facts"', '<section class="cited-by"', '<p class="dateline"', '<h2 id="stored-text"', '<p class="kicker"']) {
      expect(/^<[^>]*\sdata-pagefind-ignore[\s>]/.test(section(cited, start, 'p')), start).toBe(true);
    }
    expect(cited).not.toMatch(/<p class="standfirst source-is"[^>]*data-pagefind-ignore/);
    expect(cited).toMatch(/<div class="stored-text" data-pagefind-weight="0.3">/);
  });
});
