/**
 * Writes `_headers` into the build for hosts that read one (Netlify,
 * Cloudflare Pages): the CSP as a real header (which, unlike the <meta>,
 * can forbid framing), no MIME sniffing, a strict referrer policy, and
 * year-long caching for Astro's content-hashed assets.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cspHeader } from '../render/csp.ts';

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const text = [
          `${base}*`,
          `  Content-Security-Policy: ${cspHeader()}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        await writeFile(fileURLToPath(new URL('_headers', dir)), text);
      },
    },
  };
}
