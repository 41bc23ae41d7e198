/** Zoom, pan and arrow-key moves: the maths the client script runs, without a DOM. */
import { expect, test } from 'vitest';
import { clampView, keepInView, nearestInDirection, zoomAround } from '../../src/shared/map-navigation.ts';

const bounds = { width: 100, height: 80, maxZoom: 8 };

test('zooming keeps the point under the pointer in place, within 1× and the maximum', () => {
  const view = zoomAround({ k: 1, x: 0, y: 0 }, 2, 25, 40, bounds);
  expect(view).toEqual({ k: 2, x: -25, y: -40 });
  // The map point (25, 40) is still drawn at (25, 40).
  expect([25 * view.k + view.x, 40 * view.k + view.y]).toEqual([25, 40]);
  expect(zoomAround(view, 100, 0, 0, bounds).k).toBe(8);
  expect(zoomAround(view, 0.01, 0, 0, bounds)).toEqual({ k: 1, x: 0, y: 0 });
});

test('panning never uncovers the frame', () => {
  expect(clampView({ k: 2, x: 30, y: -500 }, bounds)).toEqual({ k: 2, x: 0, y: -80 });
});

test('a focused place off screen is brought to the centre; one on screen leaves the view alone', () => {
  const view = { k: 4, x: 0, y: 0 };
  expect(keepInView(view, 10, 10, bounds)).toBe(view);
  expect(keepInView(view, 60, 50, bounds)).toEqual({ k: 4, x: -190, y: -160 });
});

test('arrow keys go to the nearest place in their direction, or nowhere', () => {
  const points: [number, number][] = [[50, 50], [80, 52], [60, 50], [50, 10], [10, 90]];
  expect(nearestInDirection(points, 0, 'ArrowRight')).toBe(2);
  expect(nearestInDirection(points, 2, 'ArrowRight')).toBe(1);
  expect(nearestInDirection(points, 0, 'ArrowUp')).toBe(3);
  expect(nearestInDirection(points, 0, 'ArrowLeft')).toBe(4);
  expect(nearestInDirection(points, 1, 'ArrowRight')).toBeUndefined();
  expect(nearestInDirection(points, 0, 'Enter')).toBeUndefined();
});
