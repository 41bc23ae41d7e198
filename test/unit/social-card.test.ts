import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-wasm';
import { describe, expect, test } from 'vitest';
import { cardAlt, explainerCard, siteCard } from '../../src/model/card-content.ts';
import { cardPng, cardSvg } from '../../src/render/card-image.ts';
import { fontMeasure } from '../../src/render/font-metrics.ts';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';
import { CARD_HEIGHT, CARD_WIDTH, fitLine, fitTitle, wrapText, type CardInput } from '../../src/render/social-card.ts';
import { checkContent } from '../../src/content/check.ts';
import { FIXTURE_STORY } from '../support/story-fixture.ts';

const require = createRequire(import.meta.url);
const font = (weight: string) => readFileSync(require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`));
const bold = font('700Bold');
const boldWidth = fontMeasure(bold);

/** The width resvg actually inks for one line of bold text. */
function inkWidth(line: string, size: number): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" font-family="Inter" font-weight="700" font-size="${size}">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text></svg>`;
  const resvg = new Resvg(svg, { font: { fontBuffers: [bold], defaultFontFamily: 'Inter' } });
  const box = resvg.getBBox();
  const width = box ? box.x + box.width : 0;
  resvg.free();
  return width;
}

const card: CardInput = {
  site: 'Deep strikes',
  kind: 'Explainer',
  title: 'The weapons and their reach',
  summary: 'HIMARS, ATACMS and Storm Shadow: how far each could reach.',
  footer: 'Published 30 September 2024 · 28 sources',
  marks: [
    { at: 0, colour: '#0072b2', highlighted: false },
    { at: 0.5, colour: '#d55e00', highlighted: true },
  ],
  from: 'February 2022',
  to: 'September 2024',
};

describe('social cards', () => {
  test('text widths read from the font match what the rasteriser draws', async () => {
    await cardSvg(card); // initialises the WebAssembly module
    const random = seededRandom(7);
    const words = ['Storm', 'Shadow', 'ATACMS', 'Kyiv', 'Київ', 'missiles', 'Washington', 'hesitated', '“why”', 'W', 'i', '—', '2024'];
    for (let i = 0; i < 40; i++) {
      const line = Array.from({ length: 2 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]).join(' ');
      const measured = boldWidth(line, 64);
      const drawn = inkWidth(line, 64);
      // Never narrower than the ink (or a line would overflow), and not much wider (or lines would break early).
      expect(drawn, line).toBeLessThanOrEqual(measured + 2);
      expect(measured, line).toBeLessThanOrEqual(drawn * 1.08 + 16);
    }
  });

  test('a headline wraps to fit, shrinks when long, and is cut with an ellipsis only when it cannot fit', () => {
    expect(fitTitle('The weapons and their reach', boldWidth)).toEqual({ size: 72, lines: ['The weapons and their reach'] });
    const long = fitTitle('Why Washington hesitated for so long over letting Ukraine strike military targets deep inside Russia with Western missiles', boldWidth);
    expect(long.size).toBeLessThan(72);
    expect(long.lines.every((line) => boldWidth(line, long.size) <= CARD_WIDTH - 160)).toBe(true);
    const endless = fitTitle('word '.repeat(200), boldWidth);
    expect(endless.lines.at(-1)).toMatch(/…$/);
    expect(endless.lines.every((line) => boldWidth(line, endless.size) <= CARD_WIDTH - 160)).toBe(true);
    // A word longer than a line is split rather than left to run off the card.
    expect(wrapText('Supercalifragilisticexpialidocious'.repeat(3), 400, 64, boldWidth).every((line) => boldWidth(line, 64) <= 400)).toBe(true);
  });

  test('markup in content stays text in the card', async () => {
    const svg = await cardSvg({ ...card, title: '<script>alert("x")</script> & "quotes"', footer: 'javascript:alert(1) <img onerror=alert(1)>' });
    expect(svg).toContain('>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;</text>');
    expect(svg).toContain('>&quot;quotes&quot;</text>');
    expect(svg).not.toMatch(/<script|<img/);
  });

  test('control characters, which XML forbids, are dropped rather than failing the build', async () => {
    const svg = await cardSvg({ ...card, title: 'Bell\u0007 and form feed\u000c' });
    expect(svg).toContain('>Bell and form feed</text>');
    await expect(cardPng({ ...card, title: 'Bell\u0007' })).resolves.toBeInstanceOf(Uint8Array);
  });

  test('a cut line ends at a word, never inside a character outside the BMP', () => {
    const line = fitLine(`${'𝐀'.repeat(60)} two words`, 30, boldWidth);
    expect(line).toMatch(/…$/);
    expect(line).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(fitLine('Ukraine strikes deep inside Russia with Western missiles after months of debate in Washington and London', 44, boldWidth)).toMatch(/[a-z]…$/);
    expect(fitLine('Ukraine strikes deep inside Russia with Western missiles after months of debate in Washington and London', 44, boldWidth)).not.toMatch(/ …$/);
  });

  test('a card is a 1200 × 630 PNG, byte-identical every time', async () => {
    const first = await cardPng(card);
    const again = await cardPng(card);
    expect(Buffer.from(first).subarray(1, 4).toString()).toBe('PNG');
    const header = new DataView(first.buffer, first.byteOffset + 16, 8);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(Buffer.compare(first, again)).toBe(0);
  });

  test('the cards say what the story and each explainer are, in words too', async () => {
    const { story } = await checkContent(FIXTURE_STORY);
    const explainer = story?.explainers[0];
    if (!story || !explainer) throw new Error('the fixture story has an explainer');
    expect(cardAlt(siteCard(story))).toMatchInlineSnapshot(`"Explainer site: Fixture story. 4 events · 4 sources · current to 31 December 2020. A strip of the story’s events from January 2020 to December 2020."`);
    expect(cardAlt(explainerCard(story, explainer))).toMatchInlineSnapshot(`"Explainer: Why the bridge matters. Published 1 June 2020, updated 2 June 2020 · 2 sources. A strip of the story’s events from January 2020 to December 2020, the 2 events it discusses picked out."`);
  });
});

describe('social cards for big stories', () => {
  test('draw one dot per few pixels, not one per event, so thousands of events stay cheap to draw', async () => {
    const marks = Array.from({ length: 5000 }, (_, i) => ({ at: (i % 1000) / 1000, colour: i % 2 ? '#0072b2' : '#d55e00', highlighted: i % 100 === 0 }));
    const svg = await cardSvg({ ...card, marks });
    const dots = svg.match(/<circle/g)?.length ?? 0;
    expect(dots).toBeGreaterThan(300);
    expect(dots).toBeLessThan(1100);
  });
});
