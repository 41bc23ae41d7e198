/**
 * `npm run preview` serves dist/ as a host would. Pagefind's index files are
 * gzip data under their own names: labelled Content-Encoding: gzip for a
 * browser that accepts it, the browser unpacks them instead of pagefind.js.
 */
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { siteDir } from '../support/sites.ts';

/** The status and headers for `path`, asked for with the given Accept-Encoding (none when undefined) and method. */
function headersOf(server: StaticServer, path: string, acceptEncoding?: string, method = 'GET'): Promise<{ status: number; encoding: string | undefined; vary: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { method, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], vary: response.headers['vary'] });
    });
    req.on('error', reject);
    req.end();
  });
}

const indexChunk = `pagefind/index/${readdirSync(`${siteDir('fixture')}/pagefind/index`)[0]}`;

describe('the preview server', () => {
  let labelled: StaticServer;
  let plain: StaticServer;
  beforeAll(async () => {
    labelled = await serveStatic({ root: siteDir('fixture') });
    plain = await serveStatic({ root: siteDir('fixture'), pagefindGzip: false });
  });
  afterAll(async () => {
    await labelled.close();
    await plain.close();
  });

  test("it labels Pagefind's gzip files for a browser that accepts gzip", async () => {
    for (const path of [indexChunk, 'pagefind/wasm.en.pagefind']) {
      await expect(headersOf(labelled, path, 'gzip, deflate, br')).resolves.toEqual({ status: 200, encoding: 'gzip', vary: 'Accept-Encoding' });
    }
  });

  test("it sends Pagefind's files as they are to a client without gzip, or when told to", async () => {
    await expect(headersOf(labelled, indexChunk)).resolves.toEqual({ status: 200, encoding: undefined, vary: 'Accept-Encoding' });
    await expect(headersOf(plain, indexChunk, 'gzip')).resolves.toEqual({ status: 200, encoding: undefined, vary: undefined });
  });

  test('it labels nothing else, not even the 404 page for a missing index file', async () => {
    for (const path of ['', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'data/events.json']) {
      await expect(headersOf(labelled, path, 'gzip')).resolves.toEqual({ status: 200, encoding: undefined, vary: undefined });
    }
    await expect(headersOf(labelled, 'pagefind/fragment/missing.pf_fragment', 'gzip')).resolves.toEqual({ status: 404, encoding: undefined, vary: undefined });
  });

  test('it answers HEAD with the same labels', async () => {
    await expect(headersOf(labelled, indexChunk, 'gzip', 'HEAD')).resolves.toEqual({ status: 200, encoding: 'gzip', vary: 'Accept-Encoding' });
  });
});

describe('the server of `npm start` and Lighthouse, which compresses as a host does', () => {
  let compressed: StaticServer;
  beforeAll(async () => {
    compressed = await serveStatic({ root: siteDir('fixture'), compress: true });
  });
  afterAll(() => compressed.close());

  test('it gzips pages, styles, scripts and data for a client that accepts gzip, and sends them as they are to one that does not', async () => {
    for (const path of ['', 'timeline/', 'pagefind/pagefind.js', 'data/events.json', 'map/']) {
      await expect(headersOf(compressed, path, 'gzip, deflate, br'), path).resolves.toEqual({ status: 200, encoding: 'gzip', vary: 'Accept-Encoding' });
      await expect(headersOf(compressed, path), path).resolves.toEqual({ status: 200, encoding: undefined, vary: undefined });
    }
  });

  test("it never gzips Pagefind's files again, only labels them, nor a file under 1 KB", async () => {
    await expect(headersOf(compressed, indexChunk, 'gzip')).resolves.toEqual({ status: 200, encoding: 'gzip', vary: 'Accept-Encoding' });
    // Under 1 KB, as deploy/nginx.conf has it, compressing would only add bytes.
    await expect(headersOf(compressed, 'favicon.svg', 'gzip')).resolves.toEqual({ status: 200, encoding: undefined, vary: undefined });
  });
});
