/**
 * Zooming and panning a map by its SVG viewBox: the view is the part of the drawing on screen.
 * Pure arithmetic in drawing units, so the browser code only turns pointer positions into them.
 */

/** A rectangle in drawing units: the whole drawing, or the part of it in view. */
export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far a view is zoomed in: 1 shows the whole drawing. */
export const zoomOf = (view: ViewBox, full: ViewBox): number => full.width / view.width;

/** The view at zoom `k` (between 1 and `maxZoom`) centred as near `centre` as the drawing allows. */
export function viewAt(full: ViewBox, k: number, centre: [number, number], maxZoom: number): ViewBox {
  const zoom = Math.min(Math.max(k, 1), maxZoom);
  const width = full.width / zoom;
  const height = full.height / zoom;
  const within = (start: number, size: number, fullStart: number, fullSize: number) =>
    Math.min(Math.max(start, fullStart), fullStart + fullSize - size);
  return {
    x: within(centre[0] - width / 2, width, full.x, full.width),
    y: within(centre[1] - height / 2, height, full.y, full.height),
    width,
    height,
  };
}

/** The centre of a view. */
export const centreOf = (view: ViewBox): [number, number] => [view.x + view.width / 2, view.y + view.height / 2];

/** The view zoomed by factor `by` (above 1 zooms in) around `point`, which stays where it is on screen. */
export function zoomAround(
  view: ViewBox,
  full: ViewBox,
  by: number,
  point: [number, number],
  maxZoom: number,
): ViewBox {
  const k = Math.min(Math.max(zoomOf(view, full) * by, 1), maxZoom);
  const scale = full.width / k / view.width;
  const [px, py] = point;
  const centre: [number, number] = [
    px + (view.x + view.width / 2 - px) * scale,
    py + (view.y + view.height / 2 - py) * scale,
  ];
  return viewAt(full, k, centre, maxZoom);
}

/** The view moved by (dx, dy) drawing units, kept within the drawing. */
export function panBy(view: ViewBox, full: ViewBox, dx: number, dy: number, maxZoom: number): ViewBox {
  const [cx, cy] = centreOf(view);
  return viewAt(full, zoomOf(view, full), [cx + dx, cy + dy], maxZoom);
}

/**
 * A step from view `a` towards view `b` at `t` (0 to 1), for an animation: the zoom changes by the
 * same factor each moment, so zooming in and out feel equally fast.
 */
export function between(a: ViewBox, b: ViewBox, t: number): ViewBox {
  const width = a.width * (b.width / a.width) ** t;
  const height = a.height * (b.height / a.height) ** t;
  const [ax, ay] = centreOf(a);
  const [bx, by] = centreOf(b);
  const [cx, cy] = [ax + (bx - ax) * t, ay + (by - ay) * t];
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}
