/**
 * Zoom and pan for an SVG map, by its viewBox: the scroll wheel and two fingers zoom around the
 * point under them, dragging pans once zoomed in, and the map's buttons zoom in steps. On a touch
 * screen one finger scrolls the page until the map is zoomed in. A drag never opens the link it
 * started on.
 */
import { between, centreOf, panBy, viewAt, zoomAround, zoomOf, type ViewBox } from '../lib/view-box.ts';

const MAX_ZOOM = 12;
const ANIMATION_MS = 250;
// Pointer travel (in screen pixels) after which a press is a drag, not a click.
const DRAG_PIXELS = 4;

/** Zoom and pan of one SVG map, with the methods its buttons and scripts use. */
export class MapZoom {
  private readonly svg: SVGSVGElement;
  private readonly full: ViewBox;
  private view: ViewBox;
  private readonly pointers = new Map<number, [number, number]>();
  private dragged = false;
  private frame = 0;

  constructor(svg: SVGSVGElement) {
    this.svg = svg;
    const { x, y, width, height } = svg.viewBox.baseVal;
    this.full = { x, y, width, height };
    this.view = this.full;
    svg.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    svg.addEventListener('pointerdown', (event) => this.onDown(event));
    svg.addEventListener('pointermove', (event) => this.onMove(event));
    for (const type of ['pointerup', 'pointercancel'] as const) {
      svg.addEventListener(type, (event) => this.pointers.delete(event.pointerId));
    }
    // Capture phase: the link under a drag must not see its click.
    svg.addEventListener(
      'click',
      (event) => {
        if (this.dragged) event.preventDefault();
        this.dragged = false;
      },
      true,
    );
  }

  /** Whether the map is zoomed in. */
  zoomed(): boolean {
    return zoomOf(this.view, this.full) > 1.01;
  }

  /** Zooms in (above 1) or out around the centre of the view, animated. */
  zoomBy(factor: number): void {
    this.animateTo(zoomAround(this.view, this.full, factor, centreOf(this.view), MAX_ZOOM));
  }

  /** Back to the whole map, animated. */
  reset(): void {
    this.animateTo(this.full);
  }

  /**
   * Centres a box (in drawing units) in view; with `fit`, zooms so the box takes about 40% of the
   * view (at most 8 times), otherwise keeps the zoom.
   */
  show(box: DOMRect, fit: boolean): void {
    const k = fit
      ? Math.min(8, 0.4 / Math.max(box.width / this.full.width, box.height / this.full.height))
      : zoomOf(this.view, this.full);
    this.set(viewAt(this.full, k, centreOf(box), MAX_ZOOM));
  }

  /** Whether a box (in drawing units) lies wholly in view. */
  inView(box: DOMRect): boolean {
    const v = this.view;
    return box.x >= v.x && box.y >= v.y && box.x + box.width <= v.x + v.width && box.y + box.height <= v.y + v.height;
  }

  private set(view: ViewBox): void {
    cancelAnimationFrame(this.frame);
    this.apply(view);
  }

  private apply(view: ViewBox): void {
    this.view = view;
    this.svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
    this.svg.classList.toggle('zoomed', this.zoomed());
  }

  private animateTo(target: ViewBox): void {
    cancelAnimationFrame(this.frame);
    const from = this.view;
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min((now - start) / ANIMATION_MS, 1);
      // Ease in and out, as d3's default cubic easing did.
      const eased = t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2;
      this.apply(t < 1 ? between(from, target, eased) : target);
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  /** A point on screen in drawing units of the current view. */
  private toDrawing(clientX: number, clientY: number): [number, number] {
    const r = this.svg.getBoundingClientRect();
    // The drawing keeps its aspect ratio inside the element (preserveAspectRatio's default, centred).
    const scale = Math.max(this.view.width / r.width, this.view.height / r.height);
    return [
      this.view.x + this.view.width / 2 + (clientX - r.left - r.width / 2) * scale,
      this.view.y + this.view.height / 2 + (clientY - r.top - r.height / 2) * scale,
    ];
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    // A wheel notch (about 100 pixels) zooms by about 1.4, like d3-zoom did.
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
    const by = 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
    this.set(zoomAround(this.view, this.full, by, this.toDrawing(event.clientX, event.clientY), MAX_ZOOM));
  }

  private onDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
    this.dragged = false;
  }

  private onMove(event: PointerEvent): void {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const points = [...this.pointers.values()];
    if (points.length === 2) {
      // Pinch: zoom by the change in distance between the fingers, around their midpoint.
      const other = points.find((p) => p !== last)!;
      const before = Math.hypot(last[0] - other[0], last[1] - other[1]);
      const after = Math.hypot(event.clientX - other[0], event.clientY - other[1]);
      const mid = this.toDrawing((event.clientX + other[0]) / 2, (event.clientY + other[1]) / 2);
      if (before > 0) this.set(zoomAround(this.view, this.full, after / before, mid, MAX_ZOOM));
      this.dragged = true;
    } else if (points.length === 1 && (this.zoomed() || event.pointerType === 'mouse')) {
      const [x0, y0] = this.toDrawing(...last);
      const [x1, y1] = this.toDrawing(event.clientX, event.clientY);
      if (!this.dragged && Math.hypot(event.clientX - last[0], event.clientY - last[1]) < DRAG_PIXELS) return;
      if (!this.dragged) this.svg.setPointerCapture(event.pointerId);
      this.dragged = true;
      this.set(panBy(this.view, this.full, x0 - x1, y0 - y1, MAX_ZOOM));
    }
    this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
  }
}
