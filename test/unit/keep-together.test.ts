import { expect, test } from 'vitest';
import { keepNumbersWithUnits, keepTogether } from '../../src/render/keep-together.ts';

test('a number keeps its unit on its line, with a no-break space, and other spaces stay', () => {
  expect(keepNumbersWithUnits('up to about 80 km. Then $7.9 billion, 300 kilometres and 2 more')).toBe('up to about 80\u00a0km. Then $7.9\u00a0billion, 300\u00a0kilometres and 2 more');
  expect(keepNumbersWithUnits('10 kmh')).toBe('10 kmh');
});

test('the Markdown plugin changes text, not code, not headings (their ids come from their text) and not the words of a <Quote>', () => {
  type Node = { type: string; tagName?: string; name?: string; value?: string; parent?: Node };
  const root: Node = { type: 'root' };
  const text = (value: string, parent: Node): Node => ({ type: 'text', value, parent });
  const ctx = { parent: (node: Node) => node.parent } as unknown as Parameters<typeof keepTogether.text>[1];
  const run = (node: Node) => keepTogether.text(node as Parameters<typeof keepTogether.text>[0], ctx) as { value: string } | undefined;
  expect(run(text('reach 300 km', { type: 'element', tagName: 'p', parent: root }))?.value).toBe('reach 300\u00a0km');
  expect(run(text('300 km', { type: 'element', tagName: 'code', parent: { type: 'element', tagName: 'p', parent: root } }))).toBeUndefined();
  expect(run(text('fired 250 km', { type: 'element', tagName: 'p', parent: { type: 'mdxJsxFlowElement', name: 'Quote', parent: root } }))).toBeUndefined();
  expect(run(text('The 300 km question', { type: 'element', tagName: 'h2', parent: root }))).toBeUndefined();
  expect(run(text('no number here', root))).toBeUndefined();
});
