/** The event a search in the embed sends (bubbling) to have the map on its page choose a municipality. */
export const CHOOSE_MUNICIPALITY = 'choose-municipality';

/** What the event carries: the code of the municipality chosen. */
export interface MapChoice {
  code: string;
}

/** The event, typed for listeners. */
export type ChooseMunicipality = CustomEvent<MapChoice>;
