/**
 * A tiny description of SVG elements as plain data. The timeline builds its
 * picture once, as a tree; the server renders the tree through an Astro
 * component (which escapes every value) and the browser turns the same tree
 * into DOM nodes on zoom, so the two can never drift apart.
 */
import { escapeXml } from './xml.ts';

export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  /** Text content, for <text>, <title> and <desc>. */
  text?: string;
  children?: SvgNode[];
}

export const node = (tag: string, attrs: SvgNode['attrs'] = {}, children: SvgNode[] = [], text?: string): SvgNode =>
  text === undefined ? { tag, attrs, children } : { tag, attrs, children, text };

/** Rounds coordinates so output is short and byte-stable. */
export const px = (value: number) => Math.round(value * 10) / 10;

/** A fraction of the width as an SVG or CSS length, "35.92%": for drawings that fill any width. */
export const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Browser side: the same tree as DOM nodes. */
export function toDom(tree: SvgNode, doc: Document): Element {
  const element = doc.createElementNS(SVG_NS, tree.tag);
  for (const [name, value] of Object.entries(tree.attrs ?? {})) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  if (tree.text !== undefined) element.textContent = tree.text;
  for (const child of tree.children ?? []) element.append(toDom(child, doc));
  return element;
}

/** Build side, outside Astro (social cards): the tree as SVG markup, every value escaped. */
export function toMarkup(tree: SvgNode): string {
  const attrs = Object.entries(tree.attrs ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const inner = (tree.text === undefined ? '' : escapeXml(tree.text)) + (tree.children ?? []).map(toMarkup).join('');
  return `<${tree.tag}${attrs}>${inner}</${tree.tag}>`;
}
