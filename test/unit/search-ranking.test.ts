import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { resultIdsOfKind } from '../../src/model/search-ranking.ts';

const fragmentFile = (data: unknown, compress = true) => {
  const bytes = Buffer.from(`pagefind_dcd${JSON.stringify(data)}`);
  return new Uint8Array(compress ? gzipSync(bytes) : bytes);
};
const page = (url: string, kind: string) => ({ url, content: '', meta: { title: url, type: kind.toUpperCase(), kind } });

describe('which search results are explainers', () => {
  test('reads single-page fragments, grouped fragments and uncompressed ones, and nothing else', () => {
    const files = [
      { path: 'fragment/en_b.pf_fragment', content: fragmentFile(page('/explainers/b/', 'explainer')) },
      { path: 'fragment/en_a.pf_fragment', content: fragmentFile(page('/timeline/a/', 'event')) },
      { path: 'fragment/en_group.pf_fragment', content: fragmentFile({ en_c: page('/explainers/c/', 'explainer'), en_d: page('/sources/d/', 'source') }) },
      { path: 'pagefind/fragment/en_e.pf_fragment', content: fragmentFile(page('/explainers/e/', 'explainer'), false) },
      { path: 'index/en_x.pf_index', content: new Uint8Array([1, 2, 3]) },
    ];
    expect(resultIdsOfKind(files, 'explainer')).toEqual(['en_b', 'en_c', 'en_e']);
  });

  test('a fragment it cannot read fails the build, naming the file and what to check', () => {
    const files = [{ path: 'fragment/en_z.pf_fragment', content: new Uint8Array(gzipSync(Buffer.from('{"url":"/"}'))) }];
    expect(() => resultIdsOfKind(files, 'explainer')).toThrowErrorMatchingInlineSnapshot(`[Error: Search index: fragment/en_z.pf_fragment is not a Pagefind fragment this build understands (no "pagefind_dcd" signature); check the pagefind version.]`);
  });
});
