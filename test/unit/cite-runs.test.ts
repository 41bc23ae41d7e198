import { expect, test } from 'vitest';
import { sortCiteRuns } from '../../src/render/cite-runs.ts';

const marker = (n: number, k = 1) => `<sup class="cite" data-pagefind-ignore><a id="cite-${n}-${k}" href="#note-${n}" data-cite="${n}"><span class="visually-hidden">Source </span>${n}</a></sup>`;

test('markers in a run read in number order, each keeping its id, and lone markers and the text around stay', () => {
  const html = `<p>about 80 km,${marker(8, 2)}${marker(1, 3)} and later${marker(3)}. Then${marker(20)}${marker(4)}${marker(9)}.</p>`;
  expect(sortCiteRuns(html)).toBe(`<p>about 80 km,${marker(1, 3)}${marker(8, 2)} and later${marker(3)}. Then${marker(4)}${marker(9)}${marker(20)}.</p>`);
});
