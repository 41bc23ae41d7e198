/**
 * Text widths from a TrueType font's own tables (cmap, hmtx), so social
 * cards wrap a headline where the rasteriser will actually run out of room.
 * Kerning is ignored: it narrows Latin text by a few per cent at most, and
 * the card leaves that much margin.
 */

/** Width of `text` in pixels at `size` pixels per em. */
export type Measure = (text: string, size: number) => number;

interface Table {
  offset: number;
}

function tables(view: DataView): Map<string, Table> {
  const count = view.getUint16(4);
  const found = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    found.set(tag, { offset: view.getUint32(at + 8) });
  }
  return found;
}

function required(found: Map<string, Table>, tag: string): number {
  const table = found.get(tag);
  if (!table) throw new Error(`The font has no "${tag}" table; use a TrueType or OpenType font file (.ttf/.otf).`);
  return table.offset;
}

/** Character code → glyph id, from the Unicode cmap subtable (format 4 for the BMP, format 12 for all of Unicode). */
function glyphLookup(view: DataView, cmap: number): (code: number) => number {
  const subtables = view.getUint16(cmap + 2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < subtables; i++) {
    const at = cmap + 4 + i * 8;
    const platform = view.getUint16(at);
    const encoding = view.getUint16(at + 2);
    const offset = cmap + view.getUint32(at + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { format, offset };
  }
  if (!best) throw new Error('The font has no Unicode character map; use a font with a format 4 or 12 cmap.');
  const { format, offset } = best;
  if (format === 12) {
    const groups = view.getUint32(offset + 12);
    return (code) => {
      for (let i = 0; i < groups; i++) {
        const at = offset + 16 + i * 12;
        const start = view.getUint32(at);
        if (code >= start && code <= view.getUint32(at + 4)) return view.getUint32(at + 8) + code - start;
      }
      return 0;
    };
  }
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (code) => {
    for (let i = 0; i < segments; i++) {
      if (code > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (code < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const rangeOffset = view.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** A measuring function for one font file's bytes. */
export function fontMeasure(bytes: Uint8Array): Measure {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = tables(view);
  const unitsPerEm = view.getUint16(required(found, 'head') + 18);
  const advanceCount = view.getUint16(required(found, 'hhea') + 34);
  const hmtx = required(found, 'hmtx');
  const glyphOf = glyphLookup(view, required(found, 'cmap'));
  const advance = new Map<number, number>();
  const advanceOf = (code: number) => {
    let units = advance.get(code);
    if (units === undefined) {
      // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
      const glyph = Math.min(glyphOf(code), advanceCount - 1);
      units = view.getUint16(hmtx + glyph * 4);
      advance.set(code, units);
    }
    return units;
  };
  return (text, size) => {
    let units = 0;
    for (const char of text) units += advanceOf(char.codePointAt(0) ?? 0);
    return (units / unitsPerEm) * size;
  };
}
