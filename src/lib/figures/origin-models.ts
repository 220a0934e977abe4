import { NON_WESTERN_GROUPS } from './migration-groups.ts';
import { ORIGIN_FIGURES } from './origin-groups.ts';

/**
 * The two ways CBS has classified inhabitants by origin, in one place: what a statistics file of
 * each publishes, which figures are checked against the national ones, whether the WRR's types
 * can be derived from it, how CBS's open-data tables name its figures and how CBS's and PDOK's
 * files name its columns. Every statistics year in the manifest names its model; the pipeline,
 * the refresh and the site follow from this table, not from the year.
 */

/** The two classifications, by the key a manifest entry's `model` names. */
export const MODEL_IDS = ['migratieachtergrond', 'herkomstland'] as const;
/** One classification's key. */
export type ModelId = (typeof MODEL_IDS)[number];

/** Where a field's key starts in CBS's Kerncijfers wijken en buurten tables, and which of the keys with that start it is. */
export interface KeyStart {
  /** The key, or its start where CBS numbers the key ("AantalInwoners_" for AantalInwoners_5). */
  start: string;
  /** Among the keys with this start, in the table's order, the one meant (0 the first); keys repeat in the herkomst block. */
  nth: number;
  /** How many keys with this start the table must have, where the start repeats. */
  of?: number;
}

/** One classification. */
export interface OriginModel {
  /** Dutch, as the site names it. */
  label: string;
  /** The figures a statistics file gives besides code, name and inhabitants, as the manifest maps them. */
  published: readonly string[];
  /** The figures whose national share is checked against what CBS published (see read-statistics.ts). */
  nationallyChecked: readonly string[];
  /** Whether the WRR's nine types can be derived from it: this site's rules for them rest on the Western/non-Western groups. */
  typed: boolean;
  /** Per field (code, name, inhabitants and every published figure), its key in CBS's open-data tables. */
  odataKeys: Record<string, KeyStart>;
  /** Column names CBS and PDOK use for its figures in files: a header with these belongs to this model. */
  knownColumns: readonly string[];
}

const key = (start: string, nth = 0, of?: number): KeyStart => ({ start, nth, ...(of ? { of } : {}) });

/** Code, name and inhabitants: the same in every table of both models. */
const COMMON_KEYS = {
  code: key('WijkenEnBuurten'),
  name: key('Gemeentenaam_'),
  inhabitants: key('AantalInwoners_'),
};

/** Each classification with what its files give and how CBS and PDOK name it. */
export const ORIGIN_MODELS: Record<ModelId, OriginModel> = {
  migratieachtergrond: {
    label: 'migratieachtergrond (westers en niet-westers)',
    published: ['western', 'nonWestern', ...NON_WESTERN_GROUPS],
    nationallyChecked: ['western', 'nonWestern'],
    typed: true,
    odataKeys: {
      ...COMMON_KEYS,
      western: key('WestersTotaal_'),
      nonWestern: key('NietWestersTotaal_'),
      moroccan: key('Marokko_'),
      antillean: key('NederlandseAntillenEnAruba_'),
      surinamese: key('Suriname_'),
      turkish: key('Turkije_'),
      otherNonWestern: key('OverigNietWesters_'),
    },
    // CBS's spreadsheets and maps up to 2018, and its tables as CSV from 2019 on.
    knownColumns: [
      ...['P_WEST_AL', 'P_N_W_AL', 'P_MAROKKO', 'P_ANT_ARU', 'P_SURINAM', 'P_TURKIJE', 'P_OVER_NW'],
      ...['a_w_all', 'a_nw_all', 'a_marok', 'a_antaru', 'a_suri', 'a_tur', 'a_ov_nw'],
    ],
  },
  herkomstland: {
    label: 'herkomstland (Nederland, Europa, buiten Europa)',
    published: ORIGIN_FIGURES,
    nationallyChecked: ['netherlands', 'europe', 'outsideEurope'],
    typed: false,
    // In the tables of 2023 and 2024 the herkomst block is Nederland, EuropaExclusiefNederland,
    // BuitenEuropa (all inhabitants), then the same for those born in the Netherlands, then
    // Europe and outside Europe for those born abroad: the starts repeat, so each field is the
    // nth key with its start.
    odataKeys: {
      ...COMMON_KEYS,
      netherlands: key('Nederland_', 0, 2),
      europe: key('EuropaExclusiefNederland_', 0, 3),
      outsideEurope: key('BuitenEuropa_', 0, 3),
      europeBornHere: key('EuropaExclusiefNederland_', 1, 3),
      outsideEuropeBornHere: key('BuitenEuropa_', 1, 3),
      europeBornAbroad: key('EuropaExclusiefNederland_', 2, 3),
      outsideEuropeBornAbroad: key('BuitenEuropa_', 2, 3),
    },
    // PDOK's "wijken en buurten" service from 2023 on.
    knownColumns: [
      'percentageMetHerkomstlandNederland',
      'percentageMetHerkomstlandUitEuropaExclNl',
      'percentageMetHerkomstlandBuitenEuropa',
      'percentageGebInNlMetHerkomstlandNederland',
      'percGebInNlMetHerkomstlandInEuropaExNl',
      'percGebInNlMetHerkomstlandBuitenEuropa',
      'percGebBuitenNlMetHerkomstlndInEuropaExNl',
      'percGebBuitenNlMetHerkomstlndBuitenEuropa',
    ],
  },
};

/** The fields a statistics file of a model must map: code, name, inhabitants and its figures. */
export function fieldsOf(model: ModelId): string[] {
  return ['code', 'name', 'inhabitants', ...ORIGIN_MODELS[model].published];
}

/** The model whose known columns a header has, for each model that has any (a file may mix them). */
export function modelsInHeader(header: readonly string[]): { model: ModelId; columns: string[] }[] {
  return MODEL_IDS.map((model) => ({
    model,
    columns: header.filter((h) => ORIGIN_MODELS[model].knownColumns.includes(h)),
  })).filter((m) => m.columns.length > 0);
}
