import { geoStereographic, type GeoProjection } from 'd3-geo';

/** The centre of the Dutch national grid (RD): the Onze Lieve Vrouwetoren in Amersfoort. */
export const AMERSFOORT: [number, number] = [5.387206, 52.155174];

/**
 * The projection for Dutch maps: an oblique stereographic centred on Amersfoort, the same kind
 * of projection as the national grid (RD New), so the country looks as on official maps.
 */
export function dutchProjection(): GeoProjection {
  return geoStereographic().rotate([-AMERSFOORT[0], -AMERSFOORT[1]]);
}
