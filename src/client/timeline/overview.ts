/**
 * The overview strip's brushed window: it shows which part of the whole
 * period the chart displays, and dragging on the strip moves the view.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export class OverviewWindow {
  private readonly rect: SVGRectElement;
  private dragging = false;
  private readonly svg: SVGSVGElement;

  /** `centreOn` moves the chart so its window is centred on this fraction (0–1) of the whole period. */
  constructor(svg: SVGSVGElement, centreOn: (fraction: number) => void) {
    this.svg = svg;
    this.rect = document.createElementNS(SVG_NS, 'rect');
    this.rect.setAttribute('class', 'tl-window-rect');
    this.rect.setAttribute('y', '0');
    const move = (event: PointerEvent) => {
      const box = svg.getBoundingClientRect();
      centreOn(Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)));
    };
    svg.addEventListener('pointerdown', (event) => {
      this.dragging = true;
      svg.setPointerCapture(event.pointerId);
      move(event);
    });
    svg.addEventListener('pointermove', (event) => this.dragging && move(event));
    svg.addEventListener('pointerup', () => (this.dragging = false));
    svg.addEventListener('pointercancel', () => (this.dragging = false));
  }

  /** Draws the window from x0 to x1 (overview pixels), unless it is the whole strip; call after the strip is redrawn too. */
  show(x0: number, x1: number, height: number, whole = false): void {
    this.rect.setAttribute('visibility', whole ? 'hidden' : 'visible');
    this.rect.setAttribute('x', String(Math.round(x0 * 10) / 10));
    this.rect.setAttribute('width', String(Math.max(2, Math.round((x1 - x0) * 10) / 10)));
    this.rect.setAttribute('height', String(height));
    if (this.rect.parentNode !== this.svg) this.svg.append(this.rect);
  }
}
