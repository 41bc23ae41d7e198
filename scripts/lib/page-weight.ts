/**
 * The weight of a built page as a reader downloads it: the HTML plus every
 * stylesheet and script it loads, each gzipped. Used by the budget test and
 * reported in closing notes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** The scripts the page runs, by `src` URL or `inline:<text>`, with their gzip size. */
  scripts: { id: string; bytes: number }[];
}

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** `file` is relative to `dist`, which is served under `base`. */
export function pageWeight(dist: string, file: string, base: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const local = (url: string) => readFileSync(join(dist, url.slice(base.length)));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const scripts: PageWeight['scripts'] = [];
  const seen = new Set<string>();
  // A module's static imports load with it; dynamic import() chunks load later, on demand, and are not counted.
  const addModule = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = local(url).toString('utf8');
    scripts.push({ id: url, bytes: gzipSize(code) });
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      addModule(new URL(m[1] ?? '', new URL(url, 'http://site')).pathname);
    }
  };
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(match[1] ?? '')) continue;
    const src = /\ssrc="([^"]+)"/.exec(match[1] ?? '')?.[1];
    const text = match[2] ?? '';
    if (src) addModule(src);
    else scripts.push({ id: `inline:${text}`, bytes: gzipSize(text) });
  }
  const js = scripts.reduce((sum, script) => sum + script.bytes, 0);
  const css = styles.reduce((sum, href) => sum + gzipSize(local(href)), 0);
  const htmlSize = gzipSize(html);
  return { html: htmlSize, css, js, total: htmlSize + css + js, scripts };
}
