import { expect, test } from 'vitest';
import { groupInOrder } from '../../src/shared/group.ts';

test('citations group by source in the order each source is first cited, each keeping its own order', () => {
  const citations = [
    { source: 'b', quote: 'one' },
    { source: 'a', quote: 'two' },
    { source: 'b', quote: 'three' },
  ];
  expect(groupInOrder(citations, (c) => c.source)).toEqual([
    { key: 'b', items: [citations[0], citations[2]] },
    { key: 'a', items: [citations[1]] },
  ]);
});
