import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { resultIdsOfType } from '../../src/model/search-ranking.ts';

const fragmentFile = (data: unknown, compress = true) => {
  const bytes = Buffer.from(`pagefind_dcd${JSON.stringify(data)}`);
  return new Uint8Array(compress ? gzipSync(bytes) : bytes);
};
const page = (url: string, type: string) => ({ url, content: '', meta: { title: url, type } });

describe('which search results are explainers', () => {
  test('reads single-page fragments, grouped fragments and uncompressed ones, and nothing else', () => {
    const files = [
      { path: 'fragment/en_b.pf_fragment', content: fragmentFile(page('/explainers/b/', 'Explainer')) },
      { path: 'fragment/en_a.pf_fragment', content: fragmentFile(page('/timeline/a/', 'Event')) },
      { path: 'fragment/en_group.pf_fragment', content: fragmentFile({ en_c: page('/explainers/c/', 'Explainer'), en_d: page('/sources/d/', 'Source') }) },
      { path: 'pagefind/fragment/en_e.pf_fragment', content: fragmentFile(page('/explainers/e/', 'Explainer'), false) },
      { path: 'index/en_x.pf_index', content: new Uint8Array([1, 2, 3]) },
    ];
    expect(resultIdsOfType(files, 'Explainer')).toEqual(['en_b', 'en_c', 'en_e']);
  });

  test('a fragment it cannot read fails the build, naming the file and what to check', () => {
    const files = [{ path: 'fragment/en_z.pf_fragment', content: new Uint8Array(gzipSync(Buffer.from('{"url":"/"}'))) }];
    expect(() => resultIdsOfType(files, 'Explainer')).toThrowErrorMatchingInlineSnapshot(`[Error: Search index: fragment/en_z.pf_fragment is not a Pagefind fragment this build understands (no "pagefind_dcd" signature); check the pagefind version.]`);
  });
});
