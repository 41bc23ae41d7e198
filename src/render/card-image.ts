/**
 * Social card PNGs: the SVG tree from social-card.ts rasterised by resvg
 * compiled to WebAssembly (the same bytes on every platform) with Inter
 * read from npm, never a system font, so a card is byte-identical on every
 * machine and the build fetches nothing.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { fontMeasure } from './font-metrics.ts';
import { socialCard, type CardFonts, type CardInput } from './social-card.ts';
import { toMarkup } from '../shared/svg-tree.ts';

const require = createRequire(import.meta.url);
const FILES = {
  wasm: '@resvg/resvg-wasm/index_bg.wasm',
  regular: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  bold: '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
};

interface Renderer {
  fonts: CardFonts;
  fontBuffers: Uint8Array[];
}

let renderer: Promise<Renderer> | undefined;

async function load(): Promise<Renderer> {
  const [wasm, regular, bold] = await Promise.all([FILES.wasm, FILES.regular, FILES.bold].map((file) => readFile(require.resolve(file))));
  await initWasm(wasm as Uint8Array);
  return { fonts: { regular: fontMeasure(regular as Uint8Array), bold: fontMeasure(bold as Uint8Array) }, fontBuffers: [regular as Uint8Array, bold as Uint8Array] };
}

/** The card as SVG markup, for tests and for looking at. */
export async function cardSvg(input: CardInput): Promise<string> {
  const { fonts } = await (renderer ??= load());
  return toMarkup(socialCard(input, fonts));
}

/** The card as a PNG, CARD_WIDTH × CARD_HEIGHT. */
export async function cardPng(input: CardInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(input);
  const { fontBuffers } = await (renderer ??= load());
  const resvg = new Resvg(svg, { font: { fontBuffers, defaultFontFamily: 'Inter' } });
  const image = resvg.render();
  // A copy on the JavaScript heap: the view into WebAssembly memory dies with free().
  const png = new Uint8Array(image.asPng());
  // WebAssembly memory is not garbage-collected: free each card, or 500 cards hold 500 bitmaps.
  image.free();
  resvg.free();
  return png;
}
