/**
 * Zoom and pan for the timeline: a scale factor k and an offset x over the
 * whole coverage window, changed by pinch or Ctrl/⌘ + wheel (zoom), by
 * dragging or a sideways wheel (pan), and by buttons and keys. A plain
 * vertical wheel still scrolls the page. Written here rather than with
 * d3-zoom, which brings 50 KB of dependencies into a 20 KB page budget.
 */

export interface Transform {
  k: number;
  x: number;
}

export interface ZoomOptions {
  width: () => number;
  maxScale: () => number;
  onChange: (transform: Transform) => void;
}

export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class Zoom {
  transform: Transform = { k: 1, x: 0 };
  /** True just after a drag, so the click that ends it does not open a mark. */
  dragged = false;
  private pointers = new Map<number, number>();
  private last: { x: number; distance: number } | undefined;
  private frame = 0;
  private readonly element: Element;
  private readonly options: ZoomOptions;

  constructor(element: Element, options: ZoomOptions) {
    this.element = element;
    this.options = options;
    element.addEventListener('wheel', (event) => this.onWheel(event as WheelEvent), { passive: false });
    element.addEventListener('pointerdown', (event) => this.onDown(event as PointerEvent));
    element.addEventListener('pointermove', (event) => this.onMove(event as PointerEvent));
    for (const type of ['pointerup', 'pointercancel']) element.addEventListener(type, (event) => this.onUp(event as PointerEvent));
  }

  /** Clamps to [1, max] and keeps the chart covering the whole width. */
  set(next: Transform, animate = false): void {
    const width = this.options.width();
    const k = Math.min(this.options.maxScale(), Math.max(1, next.k));
    const x = Math.min(0, Math.max(width - width * k, next.x));
    const target = { k, x };
    cancelAnimationFrame(this.frame);
    if (!animate || reducedMotion()) return this.apply(target);
    const from = this.transform;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / 200);
      const ease = t * (2 - t);
      this.apply({ k: from.k + (k - from.k) * ease, x: from.x + (x - from.x) * ease });
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Zooms by `factor` keeping the pixel `at` (default: the centre) in place. */
  scaleBy(factor: number, at = this.options.width() / 2, animate = false): void {
    const { k, x } = this.transform;
    const nextK = Math.min(this.options.maxScale(), Math.max(1, k * factor));
    this.set({ k: nextK, x: at - ((at - x) * nextK) / k }, animate);
  }

  private apply(transform: Transform): void {
    this.transform = transform;
    this.options.onChange(transform);
  }

  private localX(event: { clientX: number }): number {
    const box = this.element.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * this.options.width();
  }

  private onWheel(event: WheelEvent): void {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      this.scaleBy(2 ** (-event.deltaY * 0.01), this.localX(event));
    } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
      event.preventDefault();
      this.set({ ...this.transform, x: this.transform.x - (event.shiftKey ? event.deltaY : event.deltaX) });
    }
  }

  private onDown(event: PointerEvent): void {
    this.pointers.set(event.pointerId, this.localX(event));
    this.last = undefined;
    this.dragged = false;
  }

  private onMove(event: PointerEvent): void {
    if (!this.pointers.has(event.pointerId)) return;
    this.pointers.set(event.pointerId, this.localX(event));
    const xs = [...this.pointers.values()];
    const centre = xs.reduce((a, b) => a + b, 0) / xs.length;
    const distance = xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0;
    if (this.last) {
      const dx = centre - this.last.x;
      if (!this.dragged && Math.abs(dx) < 4 && xs.length === 1) return;
      if (!this.dragged) (this.element as Element & { setPointerCapture(id: number): void }).setPointerCapture(event.pointerId);
      this.dragged = true;
      const factor = xs.length > 1 && this.last.distance > 0 ? distance / this.last.distance : 1;
      const k = this.transform.k * factor;
      this.set({ k, x: centre - ((this.last.x - this.transform.x) * k) / this.transform.k });
    }
    this.last = { x: centre, distance };
  }

  private onUp(event: PointerEvent): void {
    this.pointers.delete(event.pointerId);
    this.last = undefined;
  }
}
