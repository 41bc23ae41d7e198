/**
 * A small static file server for `dist/`: used by `npm start` and
 * `npm run preview`, and by the browser tests. Serves the site under its base
 * path, as a static host would, with the site's 404 page for unknown paths.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Types a host compresses (deploy/nginx.conf's gzip_types), from 1 KB up as there. */
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.csv', '.ics', '.wasm']);
const COMPRESS_FROM = 1024;

/** Pagefind's WebAssembly, metadata, index, fragment and filter files: gzip data under their own names. */
export const PAGEFIND_GZIP_FILES = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

export async function serveStatic(options: {
  root: string;
  base?: string;
  port?: number;
  host?: string;
  /** Extra response headers, e.g. a Content-Security-Policy as a host would send it. */
  headers?: Record<string, string>;
  /**
   * Label Pagefind's index files, which are gzip data, `Content-Encoding: gzip` (the default) when the
   * request accepts gzip, so the browser unpacks them natively instead of pagefind.js in JavaScript.
   * deploy/nginx.conf labels them for every request, since every browser accepts gzip. `false` sends
   * them as plain files, as most static hosts do; search works either way.
   */
  pagefindGzip?: boolean;
  /**
   * Gzip text files on the way out, as every static host and deploy/nginx.conf do: for `npm start` and
   * Lighthouse, which measure what a reader downloads. Off for the tests, which read files as built.
   */
  compress?: boolean;
}): Promise<StaticServer> {
  const { root, port = 0, host = '127.0.0.1', headers = {}, pagefindGzip = true, compress = false } = options;
  // Each file is compressed once per server (by path and modification time): a rebuild is served afresh.
  const gzipped = new Map<string, Buffer>();
  const gzipOf = async (file: string): Promise<Buffer | undefined> => {
    if (!compress || !COMPRESSED_TYPES.has(extname(file)) || PAGEFIND_GZIP_FILES.test(file)) return undefined;
    const info = await stat(file);
    if (info.size < COMPRESS_FROM) return undefined;
    const key = `${file}:${info.mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file)));
    return gzipped.get(key);
  };
  const acceptsGzip = (request: IncomingMessage) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const encodingOf = (file: string, request: IncomingMessage): Record<string, string> => {
    if (!pagefindGzip || !PAGEFIND_GZIP_FILES.test(file)) return {};
    return { Vary: 'Accept-Encoding', ...(acceptsGzip(request) ? { 'Content-Encoding': 'gzip' } : {}) };
  };
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    if (pathname === base.slice(0, -1)) {
      response.writeHead(301, { Location: base }).end();
      return;
    }
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const path = normalize(join(root, pathname.slice(base.length)));
      if (path === root || path.startsWith(root + sep)) file = await fileAt(path);
      if (file && !pathname.endsWith('/') && !extname(pathname) && file.endsWith(`${sep}index.html`)) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const status = file ? 200 : 404;
    file ??= await fileAt(join(root, '404.html'));
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // Astro names the files in _astro/ by their content, so they are cached for good, as the site's _headers
    // tells hosts to; everything else is checked afresh each time, so a rebuild shows at once.
    const hashed = status === 200 && pathname.startsWith(`${base}_astro/`);
    const type = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' };
    const body = acceptsGzip(request) ? await gzipOf(file) : undefined;
    if (body) {
      response.writeHead(status, { ...headers, ...type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(status, { ...headers, ...encodingOf(file, request), ...type });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
