import type { HastPluginDefinition } from 'satteri';

/**
 * Numbers kept on one line with their units: "300 km", "$7.9 billion".
 * A phone's narrow measure otherwise leaves "km." alone at the start of a
 * line. A no-break space between the two; the text is otherwise unchanged.
 */

const NUMBER_AND_UNIT = /(\d) (km|kilometres|kilometers|miles|metres|meters|million|billion|trillion|per cent|percent)\b/g;

export function keepNumbersWithUnits(text: string): string {
  return text.replace(NUMBER_AND_UNIT, '$1\u00a0$2');
}

/**
 * A Sätteri HTML-tree plugin (Astro's Markdown processor) applying keepNumbersWithUnits to an explainer's
 * text. Code and headings are left as written, and so are the words inside <Quote>, which are checked against
 * the stored source as they render. @astrojs/markdown-satteri is pinned in package.json to the version Astro
 * itself pins (its `satteri` brings these types): upgrade the two together.
 */
/** A node's parent, grandparent…: undefined above the root. */
type Ancestor = ReturnType<Parameters<NonNullable<HastPluginDefinition['text']>>[1]['parent']>;

export const keepTogether = {
  name: 'keep-numbers-with-units',
  text(node, ctx) {
    const value = keepNumbersWithUnits(node.value);
    if (value === node.value) return;
    for (let parent: Ancestor = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
      // Headings too: their ids are made from their text after this plugin runs ("the-300-km-question").
      if (parent.type === 'element' && /^(code|pre|h[1-6])$/.test(parent.tagName)) return;
      if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && parent.name === 'Quote') return;
    }
    return { ...node, value };
  },
} satisfies HastPluginDefinition;
