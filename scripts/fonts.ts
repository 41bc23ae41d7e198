/**
 * `npm run fonts`: makes the site's self-hosted web fonts from the
 * @fontsource-variable/source-serif-4 package and writes, all committed:
 * - src/assets/fonts/*.woff2: Source Serif 4 at 400, 400 italic and 600
 *   (optical size 20, the family's text size), each cut into a "latin" file
 *   (Basic Latin, Latin-1 and the punctuation the site uses) and a
 *   "latin-ext" file (Latin Extended-A and the Romanian comma letters) that
 *   browsers fetch only for pages that use one of those characters;
 * - src/assets/fonts/OFL.txt: the font's licence, and a copy in public/fonts/ so the site serves it;
 * - src/styles/fonts.css: the @font-face rules, their unicode-ranges as the
 *   files' own character maps give them, one metric-matched fallback family per
 *   likely local serif (Georgia, Times New Roman / Liberation Serif, DejaVu
 *   Serif, Noto Serif), each with a face per weight and style, and
 *   --font-serif / --font-sans.
 * The same inputs give byte-identical files. Fails if a file is over budget.
 * See docs/fonts.md.
 */
import { fromBuffer } from '@capsizecss/unpack';
import georgiaRegular from '@capsizecss/metrics/georgia';
import georgiaItalic from '@capsizecss/metrics/georgia/italic';
import georgiaBold from '@capsizecss/metrics/georgia/700';
import notoSerifRegular from '@capsizecss/metrics/notoSerif';
import notoSerifItalic from '@capsizecss/metrics/notoSerif/italic';
import notoSerifBold from '@capsizecss/metrics/notoSerif/700';
import timesNewRomanRegular from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanItalic from '@capsizecss/metrics/timesNewRoman/italic';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

type SubsetFont = (
  font: Buffer,
  text: string,
  options: {
    targetFormat: 'woff2' | 'truetype';
    keepFeatures?: string[];
    dropTables?: string[];
    variationAxes?: Record<string, number>;
  },
) => Promise<Buffer>;
// subset-font is CommonJS without type declarations.
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const SOURCE = join(ROOT, 'node_modules/@fontsource-variable/source-serif-4');
export const FONT_DIR = join(ROOT, 'src/assets/fonts');
export const CSS_FILE = join(ROOT, 'src/styles/fonts.css');
/** The licence again where the deployed site carries it (<base>/fonts/OFL.txt): the fonts themselves ship fingerprinted under _astro/. */
const LICENCE_COPY = join(ROOT, 'public/fonts/OFL.txt');
/** Largest WOFF2 file allowed, in bytes (16 KB). */
export const FILE_BUDGET = 16 * 1024;

export const FAMILY = 'Source Serif 4';
const SANS_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

/** Optical size the variable font is pinned at: its default master, drawn for text (the body is 17 px). */
const OPTICAL_SIZE = 20;
/** OpenType features kept where the font has them (tnum and lnum are the default digits here, see docs/fonts.md). */
const FEATURES = ['kern', 'liga', 'lnum', 'tnum'];
/**
 * Tables left out: STAT only describes the variable axes, gone once pinned; BASE (baselines for mixing
 * scripts) is unused by browsers for Latin text. GDEF must stay: without it the semibold's kerning would
 * silently keep the regular's values (the variation deltas live there).
 */
const DROP_TABLES = ['STAT', 'BASE'];

const range = (first: number, last: number) => String.fromCodePoint(...Array.from({ length: last - first + 1 }, (_, i) => first + i));

/** Each face's characters, split into two files; a page downloads a file only if it shows one of its characters. */
const SUBSETS = [
  {
    name: 'latin',
    text:
      range(0x20, 0x7e) + // Basic Latin
      range(0xa0, 0xff) + // Latin-1 Supplement (with × · ½)
      'ıŒœ' + // from Latin Extended-A, but the source font keeps these three with Latin
      '–—‘’“”„…•′″‹›€' + // general punctuation and the euro
      '←→↑↓↩−', // arrows, minus sign
  },
  {
    name: 'latin-ext',
    text:
      range(0x100, 0x17f) + // Latin Extended-A (its source font has neither ı Œ œ, in the latin file, nor Ĭ ĭ Ĳ ĳ Ŧ ŧ)
      'ȘșȚț', // Romanian S and T with comma below (Latin Extended-B)
  },
] as const;

interface Metrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  xWidthAvg: number;
}

/** A local font's metrics; only its em and average width enter the overrides. */
interface LocalMetrics extends Metrics {
  fullName: string;
}

/** The three faces of Source Serif 4, and which face of each local fallback stands in for it. */
const FACES = [
  { weight: 400, style: 'normal', stand: 'regular' },
  { weight: 400, style: 'italic', stand: 'italic' },
  { weight: 600, style: 'normal', stand: 'bold' },
] as const satisfies readonly { weight: number; style: 'normal' | 'italic'; stand: string }[];

type Stand = (typeof FACES)[number]['stand'];

/**
 * DejaVu Serif, which Capsize does not cover, measured once with @capsizecss/unpack (fromBuffer, the same
 * English-text weighting as the web font's xWidthAvg) from DejaVu Serif version 2.37 as Debian 12 ships it:
 * /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf and DejaVuSerif-Bold.ttf (fonts-dejavu-core 2.37-6) and
 * DejaVuSerif-Italic.ttf (fonts-dejavu-extra 2.37-6). Kept as numbers so that the script never reads system
 * fonts; docs/fonts.md says how to measure them again.
 */
export const DEJAVU_SERIF = {
  regular: { fullName: 'DejaVu Serif', unitsPerEm: 2048, ascent: 1901, descent: -483, lineGap: 0, xWidthAvg: 1058 },
  italic: { fullName: 'DejaVu Serif Italic', unitsPerEm: 2048, ascent: 1901, descent: -483, lineGap: 0, xWidthAvg: 1058 },
  bold: { fullName: 'DejaVu Serif Bold', unitsPerEm: 2048, ascent: 1923, descent: -483, lineGap: 0, xWidthAvg: 1168 },
} as const satisfies Record<Stand, LocalMetrics>;

/**
 * The fallback families, in the order the font stack lists them: a browser uses the first one whose local
 * font is installed, each scaled to that font's own metrics. A face names its local font by full name and by
 * PostScript name (browsers match local() on either).
 */
export const FALLBACKS = [
  {
    family: `${FAMILY} Fallback Georgia`,
    platforms: 'macOS, Windows',
    faces: {
      regular: { metrics: georgiaRegular, local: ['Georgia'] },
      italic: { metrics: georgiaItalic, local: ['Georgia Italic', 'Georgia-Italic'] },
      bold: { metrics: georgiaBold, local: ['Georgia Bold', 'Georgia-Bold'] },
    },
  },
  {
    // Liberation Serif has Times New Roman's advance widths (unpack gives both the same averages: 832, 836, 886).
    family: `${FAMILY} Fallback Times`,
    platforms: 'Linux with Liberation Serif (fonts-liberation); Windows and macOS have Georgia first',
    faces: {
      regular: { metrics: timesNewRomanRegular, local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'] },
      italic: {
        metrics: timesNewRomanItalic,
        local: ['Times New Roman Italic', 'TimesNewRomanPS-ItalicMT', 'Liberation Serif Italic', 'LiberationSerif-Italic'],
      },
      bold: { metrics: timesNewRomanBold, local: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold'] },
    },
  },
  {
    family: `${FAMILY} Fallback DejaVu`,
    platforms: 'Linux without Liberation Serif, where DejaVu is the usual serif',
    faces: {
      regular: { metrics: DEJAVU_SERIF.regular, local: ['DejaVu Serif', 'DejaVuSerif'] },
      italic: { metrics: DEJAVU_SERIF.italic, local: ['DejaVu Serif Italic', 'DejaVuSerif-Italic'] },
      bold: { metrics: DEJAVU_SERIF.bold, local: ['DejaVu Serif Bold', 'DejaVuSerif-Bold'] },
    },
  },
  {
    // Older Noto builds name the regular face "Noto Serif", newer ones "Noto Serif Regular".
    family: `${FAMILY} Fallback Noto`,
    platforms: 'Android; Linux with only Noto',
    faces: {
      regular: { metrics: notoSerifRegular, local: ['Noto Serif', 'Noto Serif Regular', 'NotoSerif-Regular'] },
      italic: { metrics: notoSerifItalic, local: ['Noto Serif Italic', 'NotoSerif-Italic'] },
      bold: { metrics: notoSerifBold, local: ['Noto Serif Bold', 'NotoSerif-Bold'] },
    },
  },
] as const satisfies readonly { family: string; platforms: string; faces: Record<Stand, { metrics: LocalMetrics; local: readonly string[] }> }[];

/**
 * The site's serif stack: the web font, the fallback families in order, then plain local serifs for a machine
 * that has none of the fallbacks' fonts (unscaled). src/styles/global.css sets --font-serif to the same
 * stack (the unit test checks that they agree).
 */
export const SERIF_STACK = [
  `"${FAMILY}"`,
  ...FALLBACKS.map((f) => `"${f.family}"`),
  'Charter',
  '"Bitstream Charter"',
  '"Sitka Text"',
  'Cambria',
  'Georgia',
  'serif',
].join(', ');

export const fontFile = (subset: string, weight: number, style: string) => `source-serif-4-${subset}-${weight}-${style}.woff2`;

// --- Reading the few sfnt tables we need ---------------------------------------------------------

function sfntTables(font: Buffer): Map<string, { offset: number; length: number }> {
  const count = font.readUInt16BE(4);
  const found = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    found.set(font.toString('latin1', at, at + 4), { offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
  }
  return found;
}

function table(font: Buffer, tag: string): number {
  const found = sfntTables(font).get(tag);
  if (!found) throw new Error(`The font has no ${tag} table.`);
  return found.offset;
}

/**
 * Vertical metrics as browsers use them: OS/2's typographic values when the font sets USE_TYPO_METRICS
 * (fsSelection bit 7), hhea's otherwise.
 */
function verticalMetrics(font: Buffer): Omit<Metrics, 'xWidthAvg'> {
  const head = table(font, 'head');
  const hhea = table(font, 'hhea');
  const os2 = table(font, 'OS/2');
  const unitsPerEm = font.readUInt16BE(head + 18);
  if (font.readUInt16BE(os2 + 62) & (1 << 7)) {
    return { unitsPerEm, ascent: font.readInt16BE(os2 + 68), descent: font.readInt16BE(os2 + 70), lineGap: font.readInt16BE(os2 + 72) };
  }
  return { unitsPerEm, ascent: font.readInt16BE(hhea + 4), descent: font.readInt16BE(hhea + 6), lineGap: font.readInt16BE(hhea + 8) };
}

/** Code points in the font's Unicode character map (format 4 or 12 subtable). */
function characterMap(font: Buffer): number[] {
  const cmap = table(font, 'cmap');
  const codes = new Set<number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(at);
    const encoding = font.readUInt16BE(at + 2);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const sub = cmap + font.readUInt32BE(at + 4);
    const format = font.readUInt16BE(sub);
    if (format === 12) {
      for (let g = 0; g < font.readUInt32BE(sub + 12); g++) {
        const group = sub + 16 + g * 12;
        for (let code = font.readUInt32BE(group); code <= font.readUInt32BE(group + 4); code++) codes.add(code);
      }
    } else if (format === 4) {
      const segments = font.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = font.readUInt16BE(starts + s * 2);
        const end = font.readUInt16BE(ends + s * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const glyph = rangeOffset === 0 ? code : font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
          if (glyph !== 0) codes.add(code);
        }
      }
    }
  }
  return [...codes].sort((a, b) => a - b);
}

/** Feature tags of a GSUB or GPOS table. */
function featureTags(font: Buffer, tag: 'GSUB' | 'GPOS'): string[] {
  const found = sfntTables(font).get(tag);
  if (!found) return [];
  const list = found.offset + font.readUInt16BE(found.offset + 6);
  const tags = new Set<string>();
  for (let i = 0; i < font.readUInt16BE(list); i++) tags.add(font.toString('latin1', list + 2 + i * 6, list + 6 + i * 6));
  return [...tags].sort();
}

/** A name record (Windows, Unicode BMP, English if there is one). */
function nameRecord(font: Buffer, nameId: number): string {
  const name = table(font, 'name');
  const storage = name + font.readUInt16BE(name + 4);
  for (let i = 0; i < font.readUInt16BE(name + 2); i++) {
    const at = name + 6 + i * 12;
    if (font.readUInt16BE(at) !== 3 || font.readUInt16BE(at + 2) !== 1 || font.readUInt16BE(at + 6) !== nameId) continue;
    const start = storage + font.readUInt16BE(at + 10);
    return font.subarray(start, start + font.readUInt16BE(at + 8)).swap16().toString('utf16le');
  }
  throw new Error(`The font has no name record ${nameId}.`);
}

// --- CSS -------------------------------------------------------------------------------------------

/** `U+20-7E, U+A0-FF, …` from sorted code points. */
export function unicodeRange(codes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === (codes[j] as number) + 1) j++;
    const hex = (code: number) => code.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(codes[i] as number)}` : `U+${hex(codes[i] as number)}-${hex(codes[j] as number)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const percent = (value: number) => `${(Math.round(value * 10000) / 100).toFixed(2)}%`;

/**
 * Capsize's fallback overrides: scale the fallback so its average character width in English text
 * matches the web font's, then give it the web font's ascent, descent and line gap at that scale.
 */
export function fallbackOverrides(font: Metrics, fallback: Metrics) {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: percent(font.ascent / em),
    descentOverride: percent(Math.abs(font.descent) / em),
    lineGapOverride: percent(font.lineGap / em),
  };
}

// --- Making the files ------------------------------------------------------------------------------

interface Made {
  file: string;
  bytes: number;
  subset: string;
  weight: number;
  style: string;
  codes: number[];
  features: string[];
  woff2: Buffer;
}

async function makeFace(face: (typeof FACES)[number]) {
  const made: Made[] = [];
  let metrics: Metrics | undefined;
  let copyright = '';
  for (const subset of SUBSETS) {
    const source = readFileSync(join(SOURCE, 'files', `source-serif-4-${subset.name}-opsz-${face.style}.woff2`));
    const options = {
      keepFeatures: FEATURES,
      dropTables: DROP_TABLES,
      variationAxes: { wght: face.weight, opsz: OPTICAL_SIZE },
    };
    const ttf = await subsetFont(source, subset.text, { ...options, targetFormat: 'truetype' });
    const woff2 = await subsetFont(source, subset.text, { ...options, targetFormat: 'woff2' });
    const codes = characterMap(ttf);
    made.push({
      file: fontFile(subset.name, face.weight, face.style),
      bytes: woff2.length,
      subset: subset.name,
      weight: face.weight,
      style: face.style,
      codes,
      features: [...featureTags(ttf, 'GSUB'), ...featureTags(ttf, 'GPOS')],
      woff2,
    });
    if (subset.name === 'latin') {
      // The capsize weighting covers letters, digits and common punctuation, all in the latin file.
      const { xWidthAvg } = await fromBuffer(ttf);
      metrics = { ...verticalMetrics(ttf), xWidthAvg };
      copyright = nameRecord(ttf, 0);
    }
  }
  if (!metrics) throw new Error('No latin subset was made.');
  const covered = new Set(made.flatMap((m) => m.codes));
  const missing = [...SUBSETS.map((s) => s.text).join('')].filter((c) => !covered.has(c.codePointAt(0) as number));
  return { face, made, metrics, copyright, missing };
}

function css(faces: Awaited<ReturnType<typeof makeFace>>[]): string {
  const rel = relative(dirname(CSS_FILE), FONT_DIR).split('\\').join('/');
  const lines = [
    '/*',
    ` * ${FAMILY} (SIL Open Font License 1.1: ${relative(ROOT, join(FONT_DIR, 'OFL.txt'))}), self-hosted and subset.`,
    ' * Written by `npm run fonts` (scripts/fonts.ts); do not edit by hand. See docs/fonts.md.',
    ' *',
    ' * Each face is two files: browsers fetch the latin-ext one only for a page that shows one of its',
    ' * characters. Each "Fallback" family is one local serif, each face scaled to the web font\'s average',
    ' * character width and given its vertical metrics (the Capsize method). --font-serif lists them in order:',
    ' * the first whose font is installed is used. The web font is used only if it arrives at once (optional):',
    ' * a line that wraps otherwise in the fallback would move the page when the font swapped in.',
    ' */',
  ];
  for (const { face, made } of faces) {
    for (const file of made) {
      lines.push(
        '',
        '@font-face {',
        `  font-family: "${FAMILY}";`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        '  font-display: optional;',
        `  src: url("${rel}/${file.file}") format("woff2");`,
        `  unicode-range: ${unicodeRange(file.codes)};`,
        '}',
      );
    }
  }
  for (const fallback of FALLBACKS) {
    lines.push('', `/* "${fallback.family}": ${fallback.platforms}. */`);
    for (const { face, metrics } of faces) {
      const local = fallback.faces[face.stand];
      const o = fallbackOverrides(metrics, local.metrics);
      lines.push(
        '',
        `/* ${face.weight} ${face.style}: ${FAMILY} (${metrics.unitsPerEm} units per em, ascent ${metrics.ascent}, descent ${metrics.descent}, line gap ${metrics.lineGap}, average width ${metrics.xWidthAvg}) against ${local.metrics.fullName} (${local.metrics.unitsPerEm}, average width ${local.metrics.xWidthAvg}). */`,
        '@font-face {',
        `  font-family: "${fallback.family}";`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        `  src: ${local.local.map((name) => `local("${name}")`).join(', ')};`,
        `  size-adjust: ${o.sizeAdjust};`,
        `  ascent-override: ${o.ascentOverride};`,
        `  descent-override: ${o.descentOverride};`,
        `  line-gap-override: ${o.lineGapOverride};`,
        '}',
      );
    }
  }
  lines.push('', ':root {', `  --font-serif: ${SERIF_STACK};`, `  --font-sans: ${SANS_STACK};`, '}', '');
  return lines.join('\n');
}

/** The licence as the font states it: its own copyright line, then the OFL text from the package. */
function licence(copyright: string): string {
  const text = readFileSync(join(SOURCE, 'LICENSE'), 'utf8').replace(/\r\n/g, '\n');
  // The package's LICENSE opens with a generic "Google Inc." line; the font's own record names the holder.
  const body = text.slice(text.indexOf('This Font Software is licensed'));
  return `${copyright}\n\n${body.trimEnd()}\n`;
}

/** Every file `npm run fonts` writes, path → contents, without writing anything (the unit test compares). */
export async function generate() {
  const faces = [];
  for (const face of FACES) faces.push(await makeFace(face));
  const text = licence(faces[0]?.copyright ?? '');
  const files = new Map<string, Buffer | string>();
  for (const { made } of faces) for (const m of made) files.set(join(FONT_DIR, m.file), m.woff2);
  files.set(join(FONT_DIR, 'OFL.txt'), text);
  files.set(LICENCE_COPY, text);
  files.set(CSS_FILE, css(faces));
  return { faces, files };
}

async function main() {
  const { faces, files } = await generate();
  mkdirSync(FONT_DIR, { recursive: true });
  mkdirSync(dirname(LICENCE_COPY), { recursive: true });
  // A face renamed or dropped leaves no stale file behind for the CSS to miss.
  for (const name of readdirSync(FONT_DIR)) if (name.endsWith('.woff2') && !files.has(join(FONT_DIR, name))) rmSync(join(FONT_DIR, name));
  for (const [path, contents] of files) writeFileSync(path, contents);

  const over: string[] = [];
  console.log(`Wrote ${relative(ROOT, FONT_DIR)}/, ${relative(ROOT, LICENCE_COPY)} and ${relative(ROOT, CSS_FILE)}:`);
  for (const { made, missing } of faces) {
    for (const m of made) {
      const sha = createHash('sha256').update(m.woff2).digest('hex').slice(0, 12);
      console.log(`  ${m.file.padEnd(42)} ${String(m.bytes).padStart(6)} B  ${String(m.codes.length).padStart(3)} characters  ${m.features.join(' ')}  sha256 ${sha}`);
      if (m.bytes > FILE_BUDGET) over.push(`${m.file} is ${m.bytes} B, over the ${FILE_BUDGET} B budget`);
    }
    if (missing.length > 0) console.log(`    not in the font, so they fall back: ${missing.join(' ')}`);
  }
  for (const fallback of FALLBACKS) {
    for (const { face, metrics } of faces) {
      const local = fallback.faces[face.stand].metrics;
      const o = fallbackOverrides(metrics, local);
      console.log(`  fallback ${face.weight} ${face.style} vs ${local.fullName}: size-adjust ${o.sizeAdjust}, ascent ${o.ascentOverride}, descent ${o.descentOverride}, line gap ${o.lineGapOverride}`);
    }
  }
  const latin = (weight: number, style: string) => faces.flatMap((f) => f.made).find((m) => m.subset === 'latin' && m.weight === weight && m.style === style)?.bytes ?? 0;
  const regularAndSemibold = latin(400, 'normal') + latin(600, 'normal');
  console.log(`  a Latin page with regular + semibold: ${regularAndSemibold} B; with italic too: ${regularAndSemibold + latin(400, 'italic')} B`);
  if (over.length > 0) {
    console.error(`\n${over.join('\n')}\nShrink the subset or drop a feature (see docs/fonts.md).`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
