/** An explainer's MDX imports the graphics it uses, so its page loads only their stylesheets. */
import { expect, test } from 'vitest';
import { importGraphics } from '../../src/render/graphic-imports.ts';

test('each graphic used gets one import after the frontmatter; none used, none added; code is not a use', () => {
  const mdx = '---\ntitle: T\n---\n\nText.\n\n<Map id="m" />\n\n<Map id="n" />\n<Timeline from="2020" />\n';
  expect(importGraphics(mdx)).toBe(
    "---\ntitle: T\n---\nimport Map from '/src/components/map/Map.astro';\nimport Timeline from '/src/components/timeline/Timeline.astro';\n\n\nText.\n\n<Map id=\"m\" />\n\n<Map id=\"n\" />\n<Timeline from=\"2020\" />\n",
  );
  expect(importGraphics('---\ntitle: T\n---\nJust words, a <Term id="x">term</Term>.\n')).toBe('---\ntitle: T\n---\nJust words, a <Term id="x">term</Term>.\n');
  expect(importGraphics('---\ntitle: T\n---\nWrite `<Map id="m" />` to draw a map.\n\n```mdx\n<Steps id="s">\n```\n')).toBe('---\ntitle: T\n---\nWrite `<Map id="m" />` to draw a map.\n\n```mdx\n<Steps id="s">\n```\n');
  // A name that only begins like a graphic's is not one.
  expect(importGraphics('---\nt: 1\n---\n<MapKey />\n')).toBe('---\nt: 1\n---\n<MapKey />\n');
});
