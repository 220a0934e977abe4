import { VNG_PORTFOLIO } from './credits.ts';
import { z } from 'zod';
import { TYPE_SLUGS } from './wrr-types.ts';

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

export type Theme = keyof typeof THEMES;
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

export type SourceKey = keyof typeof SOURCES;

/** Bounds on the length of an example's summary, in words. */
export const SUMMARY_WORDS = { min: 80, max: 200 } as const;

/** Bounds on the number of themes an example is tagged with. */
export const THEMES_PER_EXAMPLE = { min: 1, max: 4 } as const;

/** Number of words in a text. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * The frontmatter of one practice example. `codes` are today's municipality codes, so an example
 * from a municipality that has since merged still links to a page.
 */
export function exampleSchema(codes: readonly string[]) {
  return z.strictObject({
    title: z.string().min(5).max(120),
    municipalities: z.array(z.enum(codes as [string, ...string[]], { error: 'unknown municipality code' })).min(1),
    /** The type the source files the example under; null when the source does not use the types. */
    filedUnder: z.enum(TYPE_SLUGS).nullable(),
    themes: z.array(z.enum(THEME_KEYS)).min(THEMES_PER_EXAMPLE.min).max(THEMES_PER_EXAMPLE.max),
    years: z.array(z.int().min(1990).max(2030)).min(1),
    summary: z.string().refine((text) => wordCount(text) >= SUMMARY_WORDS.min && wordCount(text) <= SUMMARY_WORDS.max, {
      error: `the summary must have ${SUMMARY_WORDS.min} to ${SUMMARY_WORDS.max} words`,
    }),
    measures: z.array(z.string().min(3)).min(1).max(10),
    /** One of the documents in SOURCES, or another public document with its title and address. */
    source: z
      .strictObject({
        document: z.enum(Object.keys(SOURCES) as [SourceKey, ...SourceKey[]]).optional(),
        title: z.string().min(5).optional(),
        url: z.url().optional(),
        section: z.string().min(3),
      })
      .refine(
        (s) =>
          s.document !== undefined
            ? s.title === undefined && s.url === undefined
            : s.title !== undefined && s.url !== undefined,
        { error: 'either a known document, or else a title and a url, not both' },
      ),
  });
}

export type Example = z.infer<ReturnType<typeof exampleSchema>>;

/** The name of an example's source document, as the site cites it. */
export function sourceTitle(source: Example['source']): string {
  return source.document ? SOURCES[source.document] : source.title!;
}
