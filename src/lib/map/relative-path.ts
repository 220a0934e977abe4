import type { GeoContext } from 'd3-geo';

/**
 * A drawing context for d3-geo's geoPath that writes SVG path data with relative coordinates,
 * rounded to a fixed number of decimals. Small steps between neighbouring points take far fewer
 * characters than absolute positions, which halves the size of a map inlined in a page.
 */
export class RelativePath implements GeoContext {
  private readonly factor: number;
  private readonly parts: string[] = [];
  // Positions in rounded units, so rounding errors never add up along a line.
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  private readonly minStep: number;

  /**
   * `digits`: decimals kept. `minStep`: a point closer than this (in drawing units) to the last one
   * drawn is passed over, which thins a small map's outline to what its size can show.
   */
  constructor(digits: number, minStep = 0) {
    this.factor = 10 ** digits;
    this.minStep = minStep * this.factor;
  }

  moveTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x * this.factor), Math.round(y * this.factor)];
    this.parts.push(`m${this.pair(rx - this.x, ry - this.y)}`);
    [this.x, this.y, this.startX, this.startY] = [rx, ry, rx, ry];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [Math.round(x * this.factor), Math.round(y * this.factor)];
    if (rx === this.x && ry === this.y) return;
    if (this.minStep > 0 && Math.hypot(rx - this.x, ry - this.y) < this.minStep) return;
    // After a relative move, further pairs are relative lines: no letter needed.
    this.parts.push(this.pair(rx - this.x, ry - this.y));
    [this.x, this.y] = [rx, ry];
  }

  closePath(): void {
    this.parts.push('z');
    [this.x, this.y] = [this.startX, this.startY];
  }

  beginPath(): void {
    // Paths are separated by their moves; nothing to do.
  }

  arc(): void {
    // Points are not drawn on these maps; geoPath only calls arc for Point geometries.
  }

  toString(): string {
    // Separate two numbers with a space unless the second brings its own minus sign.
    return this.parts.join(' ').replace(/ (?=[-zm])/g, '');
  }

  private pair(dx: number, dy: number): string {
    return `${this.number(dx)}${dy < 0 ? '' : ','}${this.number(dy)}`;
  }

  private number(units: number): string {
    return String(units / this.factor).replace(/^(-?)0\./, '$1.');
  }
}
