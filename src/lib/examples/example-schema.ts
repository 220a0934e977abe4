import { VNG_PORTFOLIO } from '../site/credits.ts';
import { z } from 'zod';
import {
  expecting,
  municipalityCodeExpected,
  oneOf,
  shownValue,
  TYPE_SLUG_EXPECTED,
  type NamedCode,
} from '../checks/field-errors.ts';
import { TYPE_SLUGS } from '../typology/wrr-types.ts';

/** The fixed vocabulary of themes practice examples are tagged with, and their Dutch labels. */
export const THEMES = {
  'huisvesting-arbeidsmigranten': 'Huisvesting van arbeidsmigranten',
  'dialoog-en-ontmoeting': 'Dialoog en ontmoeting',
  'inclusief-werkgeverschap': 'Inclusief werkgeverschap',
  antidiscriminatie: 'Antidiscriminatie',
  internationals: 'Internationals en expats',
  'statushouders-en-inburgering': 'Statushouders en inburgering',
  onderwijs: 'Onderwijs',
  'zorg-en-hulpverlening': 'Zorg en hulpverlening',
  'participatie-en-adviesraden': 'Participatie en adviesraden',
  'data-en-onderzoek': 'Data en onderzoek',
  'werk-en-inkomen': 'Werk en inkomen',
  'grensoverschrijdende-samenwerking': 'Grensoverschrijdende samenwerking',
  'identiteit-en-beeldvorming': 'Identiteit en beeldvorming',
} as const;

/** A theme's key, as the examples' frontmatter and the catalogue's URL use it. */
export type Theme = keyof typeof THEMES;
/** Every theme's key, in the order of THEMES. */
export const THEME_KEYS = Object.keys(THEMES) as [Theme, ...Theme[]];

/** The source documents the examples are written from. */
export const SOURCES = {
  'vng-portfolio-2020': `${VNG_PORTFOLIO.author}, ${VNG_PORTFOLIO.title}: ${VNG_PORTFOLIO.subtitle} (${VNG_PORTFOLIO.published})`,
  'haarlem-participatieraad-2018':
    'Gemeente Haarlem, reactie van het college op het advies van de Participatieraad over diversiteitsbeleid (2018)',
  'haarlem-sams-2012':
    'Gemeente Haarlem, collegebesluit over het advies van de SAMS over interculturele hulpverlening (2012)',
  'haarlem-gewoon-in-de-wijk-2021':
    'Gemeente Haarlem, reactie op het advies van de Participatieraad over de opinienota Gewoon in de Wijk (februari 2021)',
  'kis-kennisatelier-2015':
    'Kennisplatform Integratie & Samenleving, verslag van het kennisatelier Samenwerking lokaal diversiteitsbeleid (28 september 2015)',
} as const;

/** A known source document's key, as an example's frontmatter names it. */
export type SourceKey = keyof typeof SOURCES;

/** Bounds on the length of an example's summary, in words. */
export const SUMMARY_WORDS = { min: 80, max: 200 } as const;

/** Bounds on the number of themes an example is tagged with. */
export const THEMES_PER_EXAMPLE = { min: 1, max: 4 } as const;

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Bounds on an example's years and title length, and on its measures. */
const YEARS = { min: 1990, max: 2030 } as const;
const TITLE = { min: 5, max: 120 } as const;
const MEASURES = { min: 1, max: 10 } as const;

/** Text of at least `min` characters, refused with the value found. */
const textOf = (min: number, what: string) =>
  z.string({ error: expecting(what) }).min(min, { error: expecting(`${what} of at least ${min} characters`) });

/**
 * One of the documents in SOURCES, or another public document with its title and address. Made
 * when asked for, so that a browser script that only needs the themes does not load zod.
 */
function sourceSchema() {
  return z
    .strictObject(
      {
        document: z
          .enum(Object.keys(SOURCES) as [SourceKey, ...SourceKey[]], {
            error: expecting(`one of the known documents: ${Object.keys(SOURCES).join(', ')}`),
          })
          .optional(),
        title: textOf(5, "a document's title").optional(),
        url: z.url({ error: expecting('an address such as https://…') }).optional(),
        section: textOf(3, 'the section of the document'),
      },
      { error: expecting('only the fields document, title, url and section') },
    )
    .refine(
      (s) =>
        s.document !== undefined
          ? s.title === undefined && s.url === undefined
          : s.title !== undefined && s.url !== undefined,
      { error: expecting('either a known document, or else a title and a url, not both') },
    );
}

/**
 * The frontmatter of one practice example. `municipalities` are today's, so an example from a
 * municipality that has since merged still links to a page. Every refusal names what would be
 * accepted and quotes the value found (see field-errors.ts).
 */
export function exampleSchema(municipalities: readonly NamedCode[]) {
  const codes = municipalities.map((m) => m.code) as [string, ...string[]];
  const year = expecting(`a year from ${YEARS.min} to ${YEARS.max}`);
  const words = (text: unknown) => (typeof text === 'string' ? `${wordCount(text)} words: ` : '');
  return z.strictObject(
    {
      title: textOf(TITLE.min, 'a title').max(TITLE.max, {
        error: expecting(`a title of at most ${TITLE.max} characters`),
      }),
      municipalities: z
        .array(z.enum(codes, { error: expecting((input) => municipalityCodeExpected(input, municipalities)) }), {
          error: expecting("a list of today's municipality codes"),
        })
        .min(1, { error: expecting('at least one municipality code') }),
      /** The type the source files the example under; null when the source does not use the types. */
      filedUnder: z.enum(TYPE_SLUGS, { error: expecting(`${TYPE_SLUG_EXPECTED}, or null`) }).nullable(),
      themes: z
        .array(z.enum(THEME_KEYS, { error: expecting(oneOf(THEME_KEYS)) }), { error: expecting('a list of themes') })
        .min(THEMES_PER_EXAMPLE.min, { error: expecting(`at least ${THEMES_PER_EXAMPLE.min} theme`) })
        .max(THEMES_PER_EXAMPLE.max, { error: expecting(`at most ${THEMES_PER_EXAMPLE.max} themes`) }),
      years: z
        .array(z.int({ error: year }).min(YEARS.min, { error: year }).max(YEARS.max, { error: year }), {
          error: expecting('a list of years'),
        })
        .min(1, { error: expecting('at least one year') }),
      summary: z
        .string({ error: expecting('a summary') })
        .refine((text) => wordCount(text) >= SUMMARY_WORDS.min && wordCount(text) <= SUMMARY_WORDS.max, {
          error: (issue) =>
            `expected a summary of ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max} words, found ${words(issue.input)}${shownValue(issue.input)}`,
        }),
      measures: z
        .array(textOf(3, 'a measure'), { error: expecting('a list of measures') })
        .min(MEASURES.min, { error: expecting(`at least ${MEASURES.min} measure`) })
        .max(MEASURES.max, { error: expecting(`at most ${MEASURES.max} measures`) }),
      source: sourceSchema(),
    },
    {
      error: expecting(
        'only the fields title, municipalities, filedUnder, themes, years, summary, measures and source',
      ),
    },
  );
}

/** A practice example as the schema accepts it. */
export type Example = z.infer<ReturnType<typeof exampleSchema>>;

/** The name of an example's source document, as the site cites it. */
export function sourceTitle(source: Example['source']): string {
  return source.document ? SOURCES[source.document] : source.title!;
}
