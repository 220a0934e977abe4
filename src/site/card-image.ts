/** Turns a card's element tree into a PNG: satori lays it out, sharp makes a small image of it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { CARD_SIZE, type CardNode } from '../lib/site/card-spec.ts';

// The font ships with the npm package, so a card looks the same on every machine; satori turns
// the text into outlines, so the rasterizer needs no fonts at all.
const fontFile = (weight: number) =>
  readFileSync(
    createRequire(import.meta.url).resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`),
  );
const fonts: Font[] = [400, 700].map((weight) => ({
  name: 'Source Sans 3',
  data: fontFile(weight),
  weight: weight as Font['weight'],
  style: 'normal',
}));

/** The card as SVG, every letter an outline. */
export function cardSvg(tree: CardNode): Promise<string> {
  return satori(tree, { ...CARD_SIZE, fonts });
}

/** The card as a PNG with an 8-bit palette: cards are flat colours and text, so it stays small. */
export async function cardPng(tree: CardNode): Promise<Buffer> {
  // Without dithering flat colours and text stay crisp, and quantizing takes a third of the time.
  return sharp(Buffer.from(await cardSvg(tree)))
    .png({ palette: true, quality: 80, dither: 0, effort: 1 })
    .toBuffer();
}
