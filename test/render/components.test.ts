/** Container render tests: components render what `lib` computes, with data as text. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import CategoryLabel from '../../src/components/CategoryLabel.astro';
import DateText from '../../src/components/DateText.astro';
import SourceText from '../../src/components/SourceText.astro';
import Words from '../../src/components/Words.astro';
import { quoteAnchorId } from '../../src/content/quotes.ts';

const container = await AstroContainer.create();

test("an event's date known to the month says so in words, in a valid <time> element; other dates say it by their form", async () => {
  const html = await container.renderToString(DateText, { props: { date: '2022-03', precision: true } });
  expect(html).toBe('<span class="date"><time datetime="2022-03">March 2022</time> <span class="precision">date known to the month</span></span>');
  expect(await container.renderToString(DateText, { props: { date: '2022-03' } })).toBe('<span class="date"><time datetime="2022-03">March 2022</time></span>');
});

test('a span renders both ends', async () => {
  const html = await container.renderToString(DateText, { props: { date: '2024-05-10', end: '2024-05-12' } });
  expect(html).toContain('<time datetime="2024-05-10">10 May 2024</time> – <time datetime="2024-05-12">12 May 2024</time>');
});

test('stored text is escaped and quoted passages are anchored', async () => {
  const html = await container.renderToString(SourceText, {
    props: { text: 'He said “yes”.\n<script>alert(1)</script> <img src=x onerror=alert(2)>', quotes: ['"yes"'] },
  });
  expect(html).toContain(`<mark id="${quoteAnchorId('"yes"')}">“yes”</mark>`);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;');
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
});

test('a category label carries its colour', async () => {
  const html = await container.renderToString(CategoryLabel, { props: { category: { id: 'a', label: 'Diplomacy', colour: '#009e73' } } });
  expect(html).toContain('<circle cx="5" cy="5" r="5" fill="#009e73"></circle></svg>Diplomacy</span>');
  expect(html).not.toContain('style=');
});

test('<Words> writes a sentence of UI with markup from its slots and text values escaped', async () => {
  const words = (list: string, who: string) => `See ${list} by ${who}: it's "new" & <short>.`;
  const html = await container.renderToString(Words, { props: { words, values: [undefined, "O'Brien <b>"] }, slots: { '0': '<a href="/x">the list</a>' } });
  // The sentence's own text as a template's text would be; the value as an expression would be.
  expect(html).toBe('See <a href="/x">the list</a> by O&#39;Brien &lt;b&gt;: it\'s "new" &amp; &lt;short&gt;.');
});
