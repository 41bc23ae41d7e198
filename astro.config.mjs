// @ts-check
/**
 * Deploy anywhere: SITE_URL (e.g. https://example.org) and BASE_PATH (e.g.
 * /repo-name/ for a GitHub Pages project site) set Astro's `site` and `base`.
 * CONTENT_DIR picks the story folder (default `content`).
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { inSitemap } from './src/integrations/sitemap-pages.ts';
import { placeCitations } from './src/render/cite-placement.ts';
import { importGraphics } from './src/render/graphic-imports.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { keepTogether } from './src/render/keep-together.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/render/csp.ts';

const env = process.env;
// Astro's cache holds the last build's content: one per story folder, so building another story from this
// checkout never finds the first one's entries ("multiple entries with the same slug").
const storyCache = (env.CONTENT_DIR || 'content').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'content';

export default defineConfig({
  ...(env.SITE_URL ? { site: env.SITE_URL } : {}),
  base: env.BASE_PATH || '/',
  outDir: env.OUT_DIR || './dist',
  cacheDir: env.ASTRO_CACHE_DIR || `./node_modules/.astro/${storyCache}`,
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Explainers are prose; Shiki's inline styles would need a CSP exception for nothing.
  // Numbers and their units on one line ("300 km"), in the text only (src/render/keep-together.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [keepTogether] }) },
  // A strict Content-Security-Policy in every page's <meta> (see src/render/csp.ts).
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
  // Scripts ship as files, never inlined: cacheable, and allowed by a CSP of 'self' alone.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules start with Astro's own "use astro:head-inject" marker, which the bundler warns
        // it may drop, once per explainer; Astro reads it before bundling, so the warning is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
    plugins: [
      // Citation markers after the punctuation they follow, before any MDX processor sees the text.
      { name: 'cite-placement', enforce: 'pre', transform: (code, id) => (/\.mdx($|\?)/.test(id) ? importGraphics(placeCitations(code)) : undefined) },
    ],
  },
  integrations: [
    contentCheck(),
    mdx(),
    // A sitemap needs absolute URLs, so it is made only when SITE_URL gives the site's address.
    ...(env.SITE_URL ? [sitemap({ filter: inSitemap })] : []),
    searchIndex(),
    hostHeaders(),
  ],
});
