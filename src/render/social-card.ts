/**
 * The social card (og:image) of a page as an SVG tree: the site's name, the
 * headline wrapped to fit, and a strip of the story's events with the ones
 * the page discusses picked out. Pure layout; rasterising is
 * src/render/card-image.ts. Text widths come from the font itself (`Measure`),
 * so a headline never runs off the card.
 */
import type { Measure } from './font-metrics.ts';
import { node, px, type SvgNode } from '../shared/svg-tree.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const TITLE_TOP = 150;
const TITLE_BOTTOM = 430;
/** Largest first: the headline gets the biggest size at which it fits. */
const TITLE_SIZES = [72, 64, 56, 50, 44];
const LINE_HEIGHT = 1.15;

const COLOURS = { background: '#ffffff', text: '#1b1f24', muted: '#59636e', line: '#d1d9e0', accent: '#0b5cad' };

export interface CardMark {
  /** Where the event falls in the story's coverage, 0 (start) to 1 (end). */
  at: number;
  /** The event's category colour. */
  colour: string;
  /** True for events the page discusses: drawn larger. */
  highlighted: boolean;
}

/** Width measures for the card's two weights of the same typeface. */
export interface CardFonts {
  regular: Measure;
  bold: Measure;
}

export interface CardInput {
  /** The site's short name, top left. */
  site: string;
  /** What the page is, e.g. "Explainer". */
  kind: string;
  title: string;
  /** A sentence or two under the headline, in as many lines as are left (the page's description). */
  summary?: string;
  /** One line at the bottom, e.g. "Published 16 September 2024 · 9 sources". */
  footer: string;
  /** The story's events along its coverage. */
  marks: CardMark[];
  /** Labels under the strip's ends, e.g. "February 2022", "September 2024". */
  from: string;
  to: string;
}

/** Greedy line breaking on spaces; a word wider than the line is split between characters. */
export function wrapText(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const char of word) {
      if (line && measure(line + char, size) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One line that fits the card's width, cut with an ellipsis when it does not. */
export function fitLine(line: string, size: number, measure: Measure): string {
  if (measure(line, size) <= TEXT_WIDTH) return line;
  // By code point, so a character outside the BMP is never split in two.
  const chars = Array.from(line);
  while (chars.length > 1 && measure(`${chars.join('').trimEnd()}…`, size) > TEXT_WIDTH) chars.pop();
  const cut = chars.join('');
  // End at a word when one ends in the last part of the line, rather than mid-word.
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Keeps `count` lines, the last one cut: for headlines too long even at the smallest size. */
function clip(lines: string[], count: number, size: number, measure: Measure): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, count);
  kept[count - 1] = fitLine(`${kept[count - 1]} ${lines[count]}`, size, measure);
  if (!kept[count - 1]?.endsWith('…')) kept[count - 1] += '…';
  return kept;
}

/** The headline's size and lines: the largest size at which it fits the title area. */
export function fitTitle(title: string, measure: Measure): { size: number; lines: string[] } {
  for (const size of TITLE_SIZES) {
    const lines = wrapText(title, TEXT_WIDTH, size, measure);
    if (lines.length * size * LINE_HEIGHT <= TITLE_BOTTOM - TITLE_TOP) return { size, lines };
  }
  const size = TITLE_SIZES[TITLE_SIZES.length - 1] ?? 44;
  const fits = Math.floor((TITLE_BOTTOM - TITLE_TOP) / (size * LINE_HEIGHT));
  return { size, lines: clip(wrapText(title, TEXT_WIDTH, size, measure), fits, size, measure) };
}

const text = (x: number, y: number, size: number, fill: string, content: string, extra: SvgNode['attrs'] = {}) =>
  node('text', { x, y, 'font-size': size, fill, ...extra }, [], content);

function strip(input: CardInput): SvgNode[] {
  const y = 492;
  const x = (at: number) => px(MARGIN + Math.min(1, Math.max(0, at)) * TEXT_WIDTH);
  // One dot per few pixels, colour and emphasis: identical overlapping dots look the same as one, and a card
  // for a story of thousands of events would otherwise draw thousands of circles (slow to rasterise).
  const seen = new Set<string>();
  const marks = input.marks.filter((m) => {
    const key = `${Math.round(x(m.at) / 3)} ${m.colour} ${m.highlighted}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  // Highlighted marks last, so they sit on top of the rest.
  marks.sort((a, b) => Number(a.highlighted) - Number(b.highlighted) || a.at - b.at);
  return [
    node('line', { x1: MARGIN, y1: y, x2: MARGIN + TEXT_WIDTH, y2: y, stroke: COLOURS.line, 'stroke-width': 4, 'stroke-linecap': 'round' }),
    ...marks.map((m) =>
      m.highlighted
        ? node('circle', { cx: x(m.at), cy: y, r: 11, fill: m.colour, stroke: COLOURS.background, 'stroke-width': 3 })
        : node('circle', { cx: x(m.at), cy: y, r: 5, fill: m.colour, 'fill-opacity': 0.45 }),
    ),
    text(MARGIN, y + 44, 24, COLOURS.muted, input.from),
    text(MARGIN + TEXT_WIDTH, y + 44, 24, COLOURS.muted, input.to, { 'text-anchor': 'end' }),
  ];
}

const SUMMARY_SIZE = 32;
const SUMMARY_LINE = SUMMARY_SIZE * 1.3;

/** The summary's lines in the room the headline leaves, the last one cut if it runs over. */
function summaryLines(summary: string | undefined, top: number, measure: Measure): string[] {
  if (!summary) return [];
  const room = Math.floor((TITLE_BOTTOM - top) / SUMMARY_LINE);
  return room > 0 ? clip(wrapText(summary, TEXT_WIDTH, SUMMARY_SIZE, measure), room, SUMMARY_SIZE, measure) : [];
}

/** The whole card as an SVG tree, CARD_WIDTH × CARD_HEIGHT. */
export function socialCard(input: CardInput, fonts: CardFonts): SvgNode {
  const title = fitTitle(input.title, fonts.bold);
  const lineHeight = title.size * LINE_HEIGHT;
  // The summary starts a gap below the headline's last line.
  const summaryTop = TITLE_TOP + title.lines.length * lineHeight + 16;
  const summary = summaryLines(input.summary, summaryTop, fonts.regular);
  return node('svg', { xmlns: 'http://www.w3.org/2000/svg', width: CARD_WIDTH, height: CARD_HEIGHT, viewBox: `0 0 ${CARD_WIDTH} ${CARD_HEIGHT}`, 'font-family': 'Inter' }, [
    node('rect', { width: CARD_WIDTH, height: CARD_HEIGHT, fill: COLOURS.background }),
    node('rect', { width: 20, height: CARD_HEIGHT, fill: COLOURS.accent }),
    text(MARGIN, 110, 30, COLOURS.accent, fitLine(`${input.site} · ${input.kind}`, 30, fonts.bold), { 'font-weight': 700 }),
    node(
      'g',
      { 'font-weight': 700, fill: COLOURS.text, 'font-size': title.size },
      title.lines.map((line, i) => node('text', { x: MARGIN, y: px(TITLE_TOP + title.size + i * lineHeight) }, [], line)),
    ),
    node(
      'g',
      { fill: COLOURS.muted, 'font-size': SUMMARY_SIZE },
      summary.map((line, i) => node('text', { x: MARGIN, y: px(summaryTop + SUMMARY_SIZE + i * SUMMARY_LINE) }, [], line)),
    ),
    ...strip(input),
    text(MARGIN, 590, 26, COLOURS.muted, fitLine(input.footer, 26, fonts.regular)),
  ]);
}
