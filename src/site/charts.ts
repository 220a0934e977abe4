/** Build-time chart support: a DOM for Observable Plot, and the locator map for this dataset. */
import { parseHTML } from 'linkedom';
import type { Topology } from 'topojson-specification';
import topology from '../data/map.topo.json';
import { locator } from '../lib/charts/locator.ts';
import { drawNationalMap } from '../lib/charts/national-map.ts';

/** A document for Plot to build SVG in, outside a browser. */
export const chartDocument = parseHTML('<!doctype html><html><body></body></html>').document;

/** Locator maps of today's municipalities. */
export const locatorMap = locator(topology as unknown as Topology);

/** The national map, drawn once for every page that shows it. */
export const nationalMap = drawNationalMap(topology as unknown as Topology);
