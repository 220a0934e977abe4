/** Build-time chart support: a DOM for Observable Plot, and the locator map for this dataset. */
import { parseHTML } from 'linkedom';
import { locator } from '../lib/map/locator.ts';
import { drawNationalMap } from '../lib/map/national-map.ts';
import { topology } from './dataset-files.ts';

/**
 * The width, in drawing units, of a chart of origin groups: about what a phone (343 px) and a
 * printed profile show it at, so that its 13 px labels never shrink much below 12 px.
 */
export const CHART_WIDTH = 380;

/** A document for Plot to build SVG in, outside a browser. */
export const chartDocument = parseHTML('<!doctype html><html><body></body></html>').document;

/** Locator maps of today's municipalities. */
export const locatorMap = locator(topology);

/** The national map, drawn once for every page that shows it. */
export const nationalMap = drawNationalMap(topology);
