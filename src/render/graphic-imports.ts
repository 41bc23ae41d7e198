/**
 * An explainer imports the graphics it uses, and only those: `<Map>`,
 * `<Timeline>`, `<StatusChart>` and `<Steps>` are added to its MDX as
 * imports (a Vite transform, like cite-placement.ts), rather than handed to
 * every explainer by its page. Astro attaches a component's stylesheet to the
 * pages that render the MDX importing it, so an explainer without a map no
 * longer loads the map's CSS. Writers still write no imports.
 */
import { blankCode } from '../content/mdx-components.ts';

/** Each graphic, and the module it comes from (root-relative: no machine's path reaches the build). */
export const GRAPHICS = {
  Map: '/src/components/map/Map.astro',
  Timeline: '/src/components/timeline/Timeline.astro',
  StatusChart: '/src/components/StatusChart.astro',
  Steps: '/src/components/steps/Steps.astro',
} as const;

/** The MDX with an import for each graphic it uses, after its frontmatter; code is not a use. */
export function importGraphics(mdx: string): string {
  const prose = blankCode(mdx);
  const used = Object.entries(GRAPHICS).filter(([name]) => new RegExp(`<${name}[\\s/>]`).test(prose));
  if (used.length === 0) return mdx;
  const imports = used.map(([name, path]) => `import ${name} from '${path}';`).join('\n');
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(mdx)?.[0] ?? '';
  return `${frontmatter}${imports}\n\n${mdx.slice(frontmatter.length)}`;
}
