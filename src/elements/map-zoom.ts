/**
 * Zoom and pan for an SVG map, by its viewBox: two fingers, and the scroll wheel where the reader
 * means the map, zoom around the point under them; dragging pans once zoomed in, and the map's
 * buttons zoom in steps. On a touch screen one finger scrolls the page until the map is zoomed in.
 * A drag never opens the link it started on.
 *
 * The wheel scrolls the page past the map unless Ctrl or ⌘ is held (a trackpad pinch arrives as a
 * wheel with Ctrl, so it zooms too) or the reader has clicked in the map, or focused a municipality
 * on it, and stays there; a short hint over the map says so when the wheel scrolls instead.
 */
import { between, centreOf, panBy, viewAt, zoomAround, zoomOf, type ViewBox } from '../lib/map/view-box.ts';

const MAX_ZOOM = 12;
// Zooming to a chosen municipality: the share of the view its box may take, and the most it zooms
// (three times shows a third of the country, so the coast or a border stays in view to place it by).
const FIT_SHARE = 0.25;
const FIT_ZOOM = 3;
const ANIMATION_MS = 250;
// Pointer travel (in screen pixels) after which a press is a drag, not a click.
const DRAG_PIXELS = 4;
// How long the hint stays after the last wheel step that scrolled the page instead of zooming.
const HINT_MS = 1500;
// The most one wheel event zooms by (a factor of 2 ** this): a mouse notch with Ctrl sends a far
// larger delta than a trackpad pinch step does.
const MAX_WHEEL_STEP = 0.5;

/** Zoom and pan of one SVG map, with the methods its buttons and scripts use. */
export class MapZoom {
  private readonly svg: SVGSVGElement;
  private readonly full: ViewBox;
  private view: ViewBox;
  private readonly pointers = new Map<number, [number, number]>();
  private dragged = false;
  private frame = 0;
  /** Whether the reader clicked in the map and has not left it since: the wheel then zooms. */
  private pressedInside = false;
  private readonly hint: HTMLElement | null;
  private hintTimer = 0;

  /** `hint` is shown for a moment when the wheel scrolls the page rather than zooming. */
  constructor(svg: SVGSVGElement, hint: HTMLElement | null = null) {
    this.svg = svg;
    this.hint = hint;
    const { x, y, width, height } = svg.viewBox.baseVal;
    this.full = { x, y, width, height };
    this.view = this.full;
    svg.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    svg.addEventListener('pointerleave', () => (this.pressedInside = false));
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
   * Centres a box (in drawing units) in view; with `fit`, zooms so the box takes about a quarter of
   * the view, at most FIT_ZOOM times, so that a small municipality is shown with the region around
   * it; otherwise keeps the zoom.
   */
  show(box: DOMRect, fit: boolean): void {
    const k = fit
      ? Math.min(FIT_ZOOM, FIT_SHARE / Math.max(box.width / this.full.width, box.height / this.full.height))
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

  /** Whether a wheel step over the map is meant for the map rather than the page. */
  private wheelIsForMap(event: WheelEvent): boolean {
    return event.ctrlKey || event.metaKey || this.pressedInside || this.svg.contains(document.activeElement);
  }

  private onWheel(event: WheelEvent): void {
    if (!this.wheelIsForMap(event)) {
      this.showHint();
      return;
    }
    event.preventDefault();
    this.hideHint();
    // A trackpad pinch step (Ctrl, small deltas) and a mouse notch with Ctrl (about 100 pixels)
    // both zoom by at most 2 ** MAX_WHEEL_STEP.
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.02;
    const step = Math.max(-MAX_WHEEL_STEP, Math.min(MAX_WHEEL_STEP, -event.deltaY * unit));
    this.set(zoomAround(this.view, this.full, 2 ** step, this.toDrawing(event.clientX, event.clientY), MAX_ZOOM));
  }

  private showHint(): void {
    if (!this.hint) return;
    this.hint.hidden = false;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => this.hideHint(), HINT_MS);
  }

  private hideHint(): void {
    clearTimeout(this.hintTimer);
    if (this.hint) this.hint.hidden = true;
  }

  private onDown(event: PointerEvent): void {
    this.pressedInside = true;
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
