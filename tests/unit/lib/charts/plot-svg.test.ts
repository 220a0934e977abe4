import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { plotToSvg } from '../../../../src/lib/charts/plot-svg.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** An SVG element built from markup, as Plot would hand it over. */
function figure(markup: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder.firstElementChild!;
}

describe('plotToSvg', () => {
  it.each([
    ['<path d="M41,72L128,30.518518518518523"/>', '<path d="M41,72L128,30.5" />'],
    ['<circle cx="-0.04999" cy="12.25" r="3" />', '<circle cx="0" cy="12.3" r="3" />'],
    ['<g transform="translate(0.123,-9.87)"></g>', '<g transform="translate(0.1,-9.9)" />'],
    // Text and styling attributes are not geometry and keep what they say.
    ['<text font-size="10.25" y="0.71em">2,125</text>', '<text font-size="10.25" y="0.7em">2,125</text>'],
  ])('%s keeps coordinates to one decimal', (inner, expected) => {
    const svg = plotToSvg(figure(`<svg class="plot"><style>.a{}</style>${inner}</svg>`));
    expect(svg).toBe(`<svg aria-hidden="true">${expected}</svg>`);
  });
});
