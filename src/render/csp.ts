/**
 * The site's Content-Security-Policy, in one place: Astro writes it into
 * every page's <meta> (adding hashes for anything it inlines), and the
 * host-headers integration sends the same policy as an HTTP header from
 * hosts that read a `_headers` file. Nothing is loaded from another origin;
 * 'wasm-unsafe-eval' is there because Pagefind's search runs in WebAssembly.
 */
import type { AstroUserConfig } from 'astro';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const CSP_DIRECTIVES: NonNullable<CspOptions['directives']> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_SOURCES = ["'self'"];

/** The whole policy as one header value; pages carry no inline script or style, so no hashes are needed. */
export function cspHeader(): string {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`, "frame-ancestors 'none'"].join('; ');
}
