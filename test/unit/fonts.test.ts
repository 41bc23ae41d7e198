/**
 * The self-hosted web fonts (scripts/fonts.ts, docs/fonts.md): every file within
 * budget, the CSS naming exactly the files there are, swap display, a metric-matched
 * fallback family per local serif with every face, the serif stack listing them in
 * order (the same in fonts.css and global.css), and the committed files being what
 * `npm run fonts` makes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { FALLBACKS, FAMILY, FILE_BUDGET, SERIF_STACK, fallbackOverrides, generate, unicodeRange } from '../../scripts/fonts.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FONT_DIR = join(ROOT, 'src/assets/fonts');
const CSS_FILE = join(ROOT, 'src/styles/fonts.css');
const css = readFileSync(CSS_FILE, 'utf8');
const woff2Files = readdirSync(FONT_DIR).filter((name) => name.endsWith('.woff2')).sort();

interface FontFace {
  [descriptor: string]: string;
}

/** Each @font-face rule as descriptor → value (comments removed, family names unquoted). */
function fontFaces(text: string): FontFace[] {
  const bare = text.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...bare.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
    const face: FontFace = {};
    for (const declaration of (body ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      face[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
    }
    face['font-family'] = (face['font-family'] ?? '').replace(/^"|"$/g, '');
    return face;
  });
}

const faces = fontFaces(css);
const webFaces = faces.filter((f) => f['font-family'] === FAMILY);
const fallbackFamilies: string[] = FALLBACKS.map((f) => f.family);
const fallbackFaces = faces.filter((f) => fallbackFamilies.includes(f['font-family'] ?? ''));
const key = (f: FontFace) => `${f['font-weight']} ${f['font-style']}`;
const urls = (f: FontFace) => [...(f['src'] ?? '').matchAll(/url\(\s*"?([^")]+)"?\s*\)/g)].map(([, url]) => url ?? '');
const locals = (f: FontFace) => [...(f['src'] ?? '').matchAll(/local\("([^"]+)"\)/g)].map(([, name]) => name ?? '');
/** A font-family list as its names, unquoted. */
const families = (stack: string) => stack.split(',').map((name) => name.trim().replace(/^"|"$/g, ''));
/** The value of --font-serif in a stylesheet (there must be exactly one). */
function serifStack(text: string): string {
  const found = [...text.matchAll(/--font-serif:\s*([^;]+);/g)].map(([, value]) => value ?? '');
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

describe('font files', () => {
  test('there are the three faces, each as a latin and a latin-ext file', () => {
    expect(woff2Files).toHaveLength(6);
    expect(new Set(webFaces.map(key))).toEqual(new Set(['400 normal', '400 italic', '600 normal']));
  });

  test.each(woff2Files)('%s is a WOFF2 file of at most 16 KB', (name) => {
    const bytes = readFileSync(join(FONT_DIR, name));
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(bytes.length).toBeLessThanOrEqual(FILE_BUDGET);
    expect(FILE_BUDGET).toBe(16 * 1024);
  });

  test('a Latin page with regular and semibold loads at most 32 KB of fonts, 48 KB with italic', () => {
    const size = (name: string) => readFileSync(join(FONT_DIR, name)).length;
    const regularAndSemibold = size('source-serif-4-latin-400-normal.woff2') + size('source-serif-4-latin-600-normal.woff2');
    expect(regularAndSemibold).toBeLessThanOrEqual(32 * 1024);
    expect(regularAndSemibold + size('source-serif-4-latin-400-italic.woff2')).toBeLessThanOrEqual(48 * 1024);
  });

  test('the licence sits next to the fonts and is served with the site', () => {
    const licence = readFileSync(join(FONT_DIR, 'OFL.txt'), 'utf8');
    expect(licence).toMatch(/^© .*Adobe.*Reserved Font Name ‘Source’/);
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(readFileSync(join(ROOT, 'public/fonts/OFL.txt'), 'utf8')).toBe(licence);
  });
});

describe('fonts.css', () => {
  test('names every font file there is, and nothing else', () => {
    const named = webFaces.flatMap(urls);
    for (const url of named) expect(existsSync(resolve(dirname(CSS_FILE), url)), url).toBe(true);
    expect(named.map((url) => url.split('/').pop()).sort()).toEqual(woff2Files);
    // Relative URLs, so Vite fingerprints the files and prefixes the base path.
    for (const url of named) expect(url.startsWith('../assets/fonts/')).toBe(true);
  });

  test('every web font face is used only if it arrives in time (optional), with a unicode-range', () => {
    expect(webFaces.length).toBeGreaterThan(0);
    for (const face of webFaces) {
      expect(face['font-display']).toBe('optional');
      expect(face['unicode-range']).toMatch(/^U\+[0-9A-F]+/);
      expect(face['src']).toMatch(/format\("woff2"\)$/);
    }
  });

  test('a face\'s two files share no character', () => {
    for (const k of new Set(webFaces.map(key))) {
      const codes = webFaces
        .filter((f) => key(f) === k)
        .flatMap((f) =>
          (f['unicode-range'] ?? '').split(',').flatMap((part) => {
            const [first, last] = part.trim().replace('U+', '').split('-').map((hex) => parseInt(hex, 16));
            return Array.from({ length: (last ?? first ?? 0) - (first ?? 0) + 1 }, (_, i) => (first ?? 0) + i);
          }),
        );
      expect(new Set(codes).size, k).toBe(codes.length);
      expect(codes, k).toEqual(expect.arrayContaining([0x20, 0x7e, 0xe9, 0x2019, 0x201c, 0x2014, 0x142, 0x219]));
    }
  });

  test('each fallback family has every face, each a local font with size-adjust and the web font\'s vertical metrics', () => {
    expect(new Set(fallbackFaces.map((f) => f['font-family']))).toEqual(new Set(fallbackFamilies));
    for (const family of fallbackFamilies) {
      const own = fallbackFaces.filter((f) => f['font-family'] === family);
      expect(own.map(key).sort(), family).toEqual([...new Set(webFaces.map(key))].sort());
    }
    for (const face of fallbackFaces) {
      const what = `${face['font-family']} ${key(face)}`;
      expect(face['src'], what).toMatch(/^local\("[^"]+"\)(, local\("[^"]+"\))*$/);
      expect(face['font-display'], what).toBeUndefined();
      for (const descriptor of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override']) {
        expect(face[descriptor], `${what} ${descriptor}`).toMatch(/^\d+(\.\d+)?%$/);
      }
      // A fallback an order of magnitude off would be a units mix-up, not a tuning.
      expect(parseFloat(face['size-adjust'] ?? ''), what).toBeGreaterThan(75);
      expect(parseFloat(face['size-adjust'] ?? ''), what).toBeLessThan(125);
      // Each face names its own local face: the italic one an italic, the semibold one a bold.
      for (const name of locals(face)) {
        if (face['font-style'] === 'italic') expect(name, what).toMatch(/Italic/);
        else if (face['font-weight'] === '600') expect(name, what).toMatch(/Bold/);
        else expect(name, what).not.toMatch(/Italic|Bold/);
      }
    }
  });

  test('the fallbacks are Georgia, then Times New Roman and Liberation Serif, then DejaVu Serif, then Noto Serif', () => {
    const fonts = [['Georgia'], ['Times New Roman', 'Liberation Serif'], ['DejaVu Serif'], ['Noto Serif']];
    expect(fallbackFamilies).toHaveLength(fonts.length);
    const squash = (name: string) => name.replace(/[^a-z]/gi, '').toLowerCase();
    fallbackFamilies.forEach((family, i) => {
      const expected = fonts[i] ?? [];
      for (const face of fallbackFaces.filter((f) => f['font-family'] === family)) {
        const names = locals(face);
        const what = `${family} ${key(face)}: ${names.join(', ')}`;
        // Every local name is a face of this family's fonts, and each of those fonts is named, in order.
        for (const name of names) expect(expected.some((font) => squash(name).startsWith(squash(font))), what).toBe(true);
        const firsts = expected.map((font) => names.findIndex((name) => squash(name).startsWith(squash(font))));
        expect(firsts.every((at) => at >= 0), what).toBe(true);
        expect([...firsts].sort((x, y) => x - y), what).toEqual(firsts);
      }
    });
    const regular = (family: string) => locals(fallbackFaces.find((f) => f['font-family'] === family && key(f) === '400 normal') ?? {});
    expect(fallbackFamilies.map(regular)).toEqual([
      ['Georgia'],
      ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'],
      ['DejaVu Serif', 'DejaVuSerif'],
      ['Noto Serif', 'Noto Serif Regular', 'NotoSerif-Regular'],
    ]);
  });

  test('the serif stack lists the web font, then the fallback families in order, then plain local serifs', () => {
    const names = families(SERIF_STACK);
    expect(names.slice(0, 1 + fallbackFamilies.length)).toEqual([FAMILY, ...fallbackFamilies]);
    expect(names.slice(1 + fallbackFamilies.length)).not.toContain(FAMILY);
    for (const family of fallbackFamilies) expect(names.filter((name) => name === family)).toHaveLength(1);
    expect(names.at(-1)).toBe('serif');
  });

  test('exports the serif and sans stacks, and global.css sets the same serif stack', () => {
    expect(serifStack(css)).toBe(SERIF_STACK);
    // global.css comes after fonts.css in the layout, so its --font-serif is the one in force.
    expect(serifStack(readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8'))).toBe(SERIF_STACK);
    expect(css).toContain('--font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif;');
  });
});

describe('scripts/fonts.ts', () => {
  test('capsize overrides: same metrics give 100%, a wider fallback is scaled down', () => {
    const font = { unitsPerEm: 1000, ascent: 1000, descent: -250, lineGap: 0, xWidthAvg: 500 };
    expect(fallbackOverrides(font, { ...font, unitsPerEm: 2048, xWidthAvg: 1024 })).toEqual({
      sizeAdjust: '100.00%',
      ascentOverride: '100.00%',
      descentOverride: '25.00%',
      lineGapOverride: '0.00%',
    });
    expect(fallbackOverrides(font, { ...font, xWidthAvg: 625 }).sizeAdjust).toBe('80.00%');
  });

  test('unicode ranges are compact', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0x41, 0x2019])).toBe('U+20-22, U+41, U+2019');
  });

  test('the committed files are exactly what `npm run fonts` makes', async () => {
    const { files } = await generate();
    expect([...files.keys()].filter((path) => path.endsWith('.woff2')).map((path) => path.split('/').pop()).sort()).toEqual(woff2Files);
    for (const [path, contents] of files) {
      const committed = readFileSync(path);
      expect(committed.equals(Buffer.from(contents)), `${path} is out of date: run npm run fonts`).toBe(true);
    }
  });
});
