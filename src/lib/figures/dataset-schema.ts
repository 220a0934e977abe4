import { z } from 'zod';
import { BASELINES } from '../evidence/baselines.ts';
import { METRIC_IDS, type MetricId } from '../typology/metrics.ts';
import { NON_WESTERN_GROUPS, GROUP_FIGURES, type GroupFigure } from './migration-groups.ts';
import { NAMED_BY } from '../typology/named-by.ts';
import { ORIGIN_FIGURES, type OriginFigure } from './origin-groups.ts';
import { MODEL_IDS } from './origin-models.ts';
import { MAP_OBJECT } from '../map/map-file.ts';
import { TYPE_SLUGS } from '../typology/wrr-types.ts';

/** The shape of the generated dataset the pages read, as zod schemas (checked again at build). */

const municipalityCode = z.string().regex(/^GM\d{4}$/);
const typeSlug = z.enum(TYPE_SLUGS);
const groupValues = z.strictObject(
  Object.fromEntries(GROUP_FIGURES.map((key) => [key, z.number().min(0)])) as Record<GroupFigure, z.ZodNumber>,
);

/** Inhabitants and migration background of one municipality (or the country) in one year. */
export const figuresSchema = z.strictObject({
  inhabitants: z.int().positive(),
  /** Numbers of persons; for a year published in whole percents, derived from the shares. */
  counts: groupValues,
  /** Shares 0–1; for a year published in whole percents, exactly as CBS published them. */
  shares: groupValues,
  /** 1 − Σ sᵢ² over the seven migration groups. */
  diversity: z.number().min(0).max(1),
});

const originValues = z.strictObject(
  Object.fromEntries(ORIGIN_FIGURES.map((key) => [key, z.number().min(0)])) as Record<OriginFigure, z.ZodNumber>,
);

/**
 * Inhabitants by CBS's herkomstland classification (from 2023 on) in one year: no diversity
 * index, as this site's index is defined over the seven groups of the earlier classification.
 */
export const originFiguresSchema = z.strictObject({
  inhabitants: z.int().positive(),
  /** Numbers of persons; for a year published in whole percents, each from its own share. */
  counts: originValues,
  /** Shares 0–1; for a year published in whole percents, exactly as CBS published them. */
  shares: originValues,
});

/** Where a municipality lies, as the typology uses it. */
export const geographySchema = z.strictObject({
  areaKm2: z.number().positive(),
  borderDistanceKm: z.number().min(0),
  bigCityNeighbours: z.array(municipalityCode),
});

const metricId = z.enum(METRIC_IDS as [MetricId, ...MetricId[]]);
const measurementsSchema = z.strictObject(
  Object.fromEntries(METRIC_IDS.map((key) => [key, z.number()])) as Record<MetricId, z.ZodNumber>,
);

/** The other types a type by the rules could be: within CBS's rounding, and under other rule sets (see certainty.ts). */
const openToSchema = z.strictObject({ rounding: z.array(typeSlug), rules: z.array(typeSlug) });

/** The type of a municipality in one year, before its certainty is known (see assignType). */
export const baseTypingSchema = z.strictObject({
  /** The type shown: the named one where a source names the municipality, else the derived one. */
  type: typeSlug,
  basis: z.enum(['genoemd', 'afgeleid']),
  derived: typeSlug,
  named: typeSlug.nullable(),
  /** Who names it: the WRR, or only the VNG portfolio (see named-by.ts). */
  namedBy: z.enum(NAMED_BY).nullable(),
  runnerUp: typeSlug,
  /** The rule whose tests would have to turn for the runner-up (see classify). */
  pivotRule: typeSlug,
  pivots: z.array(metricId),
  margin: z.number().nonnegative(),
  group: z.enum(NON_WESTERN_GROUPS),
  measurements: measurementsSchema,
});

/** The type of a municipality in one year: shown, derived, named, and how sure the derived type is. */
export const typingSchema = baseTypingSchema.extend({ openTo: openToSchema });

const predecessorSchema = z.strictObject({
  code: municipalityCode,
  name: z.string().min(1),
  /** Fraction of the predecessor's area that lies in this municipality. */
  share: z.number().min(0).max(1),
});

/** One of today's municipalities with its figures and type per year. */
export const municipalitySchema = z.strictObject({
  id: municipalityCode,
  code: municipalityCode,
  name: z.string().min(1),
  province: z.strictObject({ code: z.string().regex(/^PV\d{2}$/), name: z.string().min(1) }),
  geography: geographySchema,
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.strictObject({ figures: figuresSchema, typing: typingSchema, predecessors: z.array(predecessorSchema).min(1) }),
  ),
  /**
   * Per year in the herkomstland classification: its figures, summed onto today's municipality
   * like the other years'. No type: the rules with which this site derives the WRR's types rest on
   * the earlier groups.
   */
  origin: z.record(
    z.string().regex(/^\d{4}$/),
    z.strictObject({ figures: originFiguresSchema, predecessors: z.array(predecessorSchema).min(1) }),
  ),
  /** Other names it is searched by: former names of its parts and common aliases. */
  aliases: z.array(z.string().min(1)),
});

/** A municipality as it was in a statistics year, and where it went. */
export const formerMunicipalitySchema = z.strictObject({
  id: z.string().regex(/^\d{4}-GM\d{4}$/),
  code: municipalityCode,
  name: z.string().min(1),
  year: z.int(),
  figures: figuresSchema,
  geography: geographySchema,
  typing: typingSchema,
  /** Today's municipality that got most of its area. */
  successor: municipalityCode,
  /** The year of the boundaries that place it: its own year's, or for a year without them the nearest with its code. */
  boundaryYear: z.int(),
  parts: z.array(z.strictObject({ code: municipalityCode, share: z.number().min(0).max(1) })).min(1),
});

/** Inhabitants and the Western/non-Western figures of one municipality in one year. */
export type Figures = z.infer<typeof figuresSchema>;
/** Inhabitants and the herkomstland figures of one municipality in one year. */
export type OriginFigures = z.infer<typeof originFiguresSchema>;
/** Where a municipality lies, as the rules measure it: area, border distance, big-city neighbours. */
export type Geography = z.infer<typeof geographySchema>;
/** A municipality's type in one year, with how sure it is. */
export type Typing = z.infer<typeof typingSchema>;
/** A municipality's type in one year as the classifier gives it, before its certainty is known. */
export type BaseTyping = z.infer<typeof baseTypingSchema>;
/**
 * The other types a type by the rules could be, per reason; both empty: settled. `rounding`:
 * within CBS's rounding of whole percentages; `rules`: under other rule sets that fit as well.
 */
export type OpenTo = Typing['openTo'];
/** One of today's municipalities with its figures and types per year. */
export type Municipality = z.infer<typeof municipalitySchema>;
/** One of today's municipalities in one statistics year: figures, type and predecessors. */
export type MunicipalityYear = Municipality['years'][string];

/** A municipality of one statistics year as it was then, with where it lies today. */
export type FormerMunicipality = z.infer<typeof formerMunicipalitySchema>;
/** A municipality of an earlier year as the pipeline makes it, before its type's certainty is known. */
export type DraftFormerMunicipality = Omit<FormerMunicipality, 'typing'> & { typing: BaseTyping };
/** One of today's municipalities as the pipeline makes it, before its types' certainty is known. */
export type DraftMunicipality = Omit<Municipality, 'years'> & {
  years: Record<string, Omit<Municipality['years'][string], 'typing'> & { typing: BaseTyping }>;
};

const yearKey = z.string().regex(/^\d{4}$/);

/** How many municipalities and inhabitants went in and came out of the pipeline, per year. */
export const reportSchema = z.strictObject({
  years: z.array(
    z.strictObject({
      year: z.int(),
      /** The year's origin classification: only years with the Western/non-Western groups have types. */
      model: z.enum(MODEL_IDS),
      read: z.int(),
      /** Rows of other regions in the file (districts, neighbourhoods, the country, provinces), passed over. */
      skipped: z.strictObject({ district: z.int(), neighbourhood: z.int(), country: z.int(), region: z.int() }),
      joined: z.int(),
      /** How many municipalities were placed with the boundaries of each year (its own, or others by code). */
      placedBy: z.record(yearKey, z.int()),
      mergedInto: z.int(),
      split: z.int(),
      inhabitantsIn: z.int(),
      inhabitantsOut: z.int(),
      /** Municipalities per type; empty for a year without types (herkomstland). */
      types: z.partialRecord(typeSlug, z.int()),
    }),
  ),
  current: z.strictObject({ year: z.int(), municipalities: z.int(), provinces: z.record(z.string(), z.int()) }),
});

/** How the derived types compare with the types the WRR names. */
export const agreementSchema = z.strictObject({
  year: z.int(),
  total: z.int(),
  agreeing: z.int(),
  /** confusion[named][derived] = number of municipalities. */
  confusion: z.record(typeSlug, z.record(typeSlug, z.int())),
  disagreements: z.array(
    z.strictObject({ code: municipalityCode, name: z.string(), named: typeSlug, derived: typeSlug }),
  ),
});

const tallySchema = z.strictObject({ municipalities: z.int(), inhabitants: z.int() });

/** k of n named municipalities that kept their named type when left out, with the 95% Wilson interval. */
const heldOutSchema = z.strictObject({
  agreeing: z.int(),
  total: z.int(),
  interval: z.strictObject({ low: z.number(), high: z.number() }),
});

/** How well the typology holds up, computed by the pipeline (see calibration.ts and whole-percents.ts). */
export const typologyCheckSchema = z.strictObject({
  /** Thresholds set and calibrated on all named municipalities but one, tested on that one, for each in turn. */
  leaveOneOut: z.strictObject({
    agreeing: z.int(),
    total: z.int(),
    /** The 95% Wilson interval of agreeing / total. */
    interval: z.strictObject({ low: z.number(), high: z.number() }),
    /** Per named type: how many of its examples keep that type. */
    byType: z.partialRecord(typeSlug, heldOutSchema),
    misses: z.array(z.strictObject({ code: municipalityCode, name: z.string(), named: typeSlug, derived: typeSlug })),
  }),
  /** The simple methods of baselines.ts, tested the same way as the rules: overall and per named type. */
  baselines: z.array(
    heldOutSchema.extend({ method: z.enum(BASELINES), byType: z.partialRecord(typeSlug, heldOutSchema) }),
  ),
  /**
   * The rules tried in another order (the order in which the WRR describes the types) and not
   * adopted: how many named municipalities keep their type out of sample with it, and which of
   * today's municipalities it gives another type in the WRR's year.
   */
  orderTried: z.strictObject({
    order: z.array(typeSlug),
    agreeing: z.int(),
    total: z.int(),
    changed: z.array(z.strictObject({ code: municipalityCode, name: z.string(), from: typeSlug, to: typeSlug })),
  }),
  /** Every threshold in rule order, with where it comes from (see rules.ts). */
  thresholds: z.array(
    z.strictObject({
      type: typeSlug,
      metric: metricId,
      comparison: z.enum(['atLeast', 'above', 'atMost', 'below', 'is']),
      threshold: z.number(),
      origin: z.enum(['wrr', 'named', 'calibrated', 'choice']),
      /** For a threshold set at a named municipality: the value, and the examples that have it. */
      setAt: z
        .strictObject({
          value: z.number(),
          samples: z.array(z.strictObject({ code: municipalityCode, name: z.string() })),
        })
        .optional(),
      /** For a calibrated threshold: the values that fit the list as well, and whether they reach the end of the search. */
      flat: z.strictObject({ from: z.number(), to: z.number(), atEnd: z.boolean() }).optional(),
    }),
  ),
  /** Per year, how many of today's municipalities have an open type, and why (see certainty.ts). */
  certainty: z.array(
    z.strictObject({ year: z.int(), municipalities: z.int(), open: z.int(), rounding: z.int(), rules: z.int() }),
  ),
  /** Per threshold: how many municipalities change type when it moves one step; groups are years and "named". */
  sensitivity: z.array(
    z.strictObject({
      type: typeSlug,
      metric: metricId,
      comparison: z.enum(['atLeast', 'above', 'atMost', 'below', 'is']),
      threshold: z.number(),
      step: z.number(),
      down: z.record(z.string(), z.int()),
      up: z.record(z.string(), z.int()),
    }),
  ),
  /** People in municipalities with more than `limit` Dutch background in the WRR's year, given CBS's rounding. */
  homogeneous: z.strictObject({
    year: z.int(),
    limit: z.number(),
    /** Whether the year's shares were published in whole percents (else exact). */
    rounded: z.boolean(),
    lowest: tallySchema,
    highest: tallySchema,
    /** What the rules count as homogeneous that year. */
    derived: tallySchema,
    total: z.int(),
    wrr: z.strictObject({ inhabitants: z.int(), share: z.number(), mention: z.string() }),
  }),
});

/** Everything about the dataset as a whole. */
export const metaSchema = z.strictObject({
  /**
   * The statistics years with the Western/non-Western groups, oldest first: the years that carry
   * the WRR's types (see origin-models.ts).
   */
  years: z.array(z.int()).min(1),
  /** The years in CBS's herkomstland classification (from 2023 on), oldest first, and the country in each. */
  origin: z.strictObject({
    years: z.array(z.int()),
    national: z.record(yearKey, originFiguresSchema),
    /**
     * What carrying the homogeneous type over would meet: today's municipalities above its limit
     * with a Dutch background in the last year with types and with herkomstland Nederland in the
     * first herkomstland year, and how the two shares differ (percentage points, new minus old).
     * Null without a year of each.
     */
    bridge: z
      .strictObject({
        from: z.int(),
        to: z.int(),
        limit: z.number(),
        above: z.strictObject({ from: z.int(), to: z.int(), both: z.int() }),
        /**
         * Today's municipalities whose share in `to` is exactly the limit: where CBS published whole
         * percents, the true share may lie just above it as well as on it.
         */
        atLimit: z.int(),
        /** Per municipality, the new share minus the old, in points: the median over today's municipalities, and the extremes. */
        difference: z.strictObject({ median: z.number(), lowest: z.number(), highest: z.number() }),
        /** The municipality whose share fell most. */
        largestDrop: z.strictObject({ code: municipalityCode, name: z.string(), points: z.number() }),
      })
      .nullable(),
  }),
  /** Year of today's boundaries. */
  currentYear: z.int(),
  /** The WRR reference list: its year and its source document. */
  reference: z.strictObject({ year: z.int(), document: z.string() }),
  national: z.record(yearKey, figuresSchema),
  attribution: z.string(),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      dataset: z.string(),
      year: z.int(),
      url: z.url(),
      page: z.url(),
      licence: z.string(),
      /** For statistics: whole percentages or numbers of persons. */
      unit: z.enum(['percent', 'count']).optional(),
      /** For statistics: the origin classification. */
      model: z.enum(MODEL_IDS).optional(),
      /** For statistics: the day the figures describe. */
      referenceDate: z.iso.date().optional(),
      /** For statistics: the id of CBS's table with these figures ("83220NED"), as the manifest gives it. */
      table: z.string().optional(),
      /** Where the shipped copy comes from, where that is not simply the URL. */
      note: z.string().optional(),
    }),
  ),
  report: reportSchema,
  agreement: agreementSchema,
  typology: typologyCheckSchema,
});

/** Everything about the dataset as a whole (meta.json). */
export type Meta = z.infer<typeof metaSchema>;
/** The pipeline's run report: what was read, joined and merged per year. */
export type Report = z.infer<typeof reportSchema>;
/** How the rules agree with the named municipalities, in-sample. */
export type Agreement = z.infer<typeof agreementSchema>;
/** The typology's checks: leave-one-out, simple methods, thresholds, sensitivity, certainty. */
export type TypologyCheck = z.infer<typeof typologyCheckSchema>;

const arcs = z.array(z.array(z.int()));
/**
 * The map file (src/data/map.topo.json): a quantized TopoJSON topology whose one object holds
 * today's municipalities, each a polygon or multipolygon with its code as id.
 */
export const mapFileSchema = z.strictObject({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  transform: z.strictObject({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  objects: z.strictObject({
    [MAP_OBJECT]: z.strictObject({
      type: z.literal('GeometryCollection'),
      geometries: z.array(
        z.discriminatedUnion('type', [
          z.strictObject({ type: z.literal('Polygon'), id: municipalityCode, arcs }),
          z.strictObject({ type: z.literal('MultiPolygon'), id: municipalityCode, arcs: z.array(arcs) }),
        ]),
      ),
    }),
  }),
  arcs: z.array(z.array(z.tuple([z.int(), z.int()])).min(2)),
});
