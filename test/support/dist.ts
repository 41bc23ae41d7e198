/** Reading a built site: its files, its pages, and the links and ids in them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

export const htmlFiles = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.html'));

/** The URL path a file is served at, under `base`. */
export function pagePath(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${path}`;
}

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

export function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => decode(m[1] ?? ''));
}

export const ids = (html: string) => new Set(attributes(html, 'id'));

export const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** The headers `_headers` gives every page (its first block), to serve a build as Netlify or Cloudflare would. */
export function hostHeaders(dir: string): Record<string, string> {
  const [, ...lines] = read(dir, '_headers').split('\n');
  const block = lines.slice(0, lines.findIndex((line) => !line.startsWith('  ')));
  return Object.fromEntries(block.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]));
}
