import type { TypeSlug } from '../lib/typology/wrr-types.ts';

/** What the map shows: its year and the type it highlights (the embed panel builds its snippet from it). */
export interface MapViewDetail {
  year: number;
  type: TypeSlug | null;
}

/** The event the map sends (bubbling) whenever its year or highlighted type changes. */
export const MAP_VIEW_CHANGE = 'map-view-change';

/** The event, typed for listeners. */
export type MapViewChange = CustomEvent<MapViewDetail>;
