/** The nine municipality types of the WRR report "De nieuwe verscheidenheid" (2018). */

/** Type slugs, in the order the WRR presents them. */
export const TYPE_SLUGS = [
  'meerderheid-minderheid',
  'voorstad',
  'grootstedelijk',
  'specifieke-minderheid',
  'expat',
  'tuinbouw',
  'grens',
  'homogeen',
  'gemiddeld',
] as const;

/** A type's slug. */
export type TypeSlug = (typeof TYPE_SLUGS)[number];

/** How a type is presented on the site. */
export interface TypeInfo {
  slug: TypeSlug;
  /** The WRR's name for the group, plural. */
  label: string;
  /** One municipality of this type. */
  singular: string;
  /** A short name for chart axes. */
  short: string;
  /** One sentence in our own words: what marks the type, as the sources describe it (no thresholds: those are in the rules). */
  summary: string;
  /** Map fill: Okabe–Ito colours, with neutrals for the two least diverse types. */
  colour: string;
  /** What a reader should know wherever this type is the reason for a suggestion: where the rules only approximate it. */
  caveat?: string;
}

/** Presentation of every type, keyed by slug. */
export const TYPES: Record<TypeSlug, TypeInfo> = {
  'meerderheid-minderheid': {
    slug: 'meerderheid-minderheid',
    label: 'Meerderheid-minderhedensteden',
    singular: 'Meerderheid-minderhedenstad',
    short: 'Meerderheid-minderheid',
    summary:
      'Steden waar de meerderheid van de inwoners een migratieachtergrond heeft, uit zeer veel verschillende landen.',
    colour: '#D55E00',
  },
  voorstad: {
    slug: 'voorstad',
    label: 'Voorsteden',
    singular: 'Voorstad',
    short: 'Voorstad',
    summary:
      'Voorsteden van Amsterdam, Rotterdam of Den Haag: sterk gemengd, al heeft de meerderheid er nog een Nederlandse achtergrond.',
    colour: '#CC79A7',
  },
  grootstedelijk: {
    slug: 'grootstedelijk',
    label: 'Grootstedelijke provinciegemeenten',
    singular: 'Grootstedelijke provinciegemeente',
    short: 'Grootstedelijk',
    summary:
      'De andere grote steden: een vrij hoge verscheidenheid, maar een duidelijk groter aandeel inwoners met een Nederlandse achtergrond dan in de drie grootste steden.',
    colour: '#E69F00',
  },
  'specifieke-minderheid': {
    slug: 'specifieke-minderheid',
    label: 'Middelgrote gemeenten met een specifieke grote minderheidsgroep',
    singular: 'Middelgrote gemeente met een specifieke grote minderheidsgroep',
    short: 'Specifieke minderheid',
    summary:
      'Middelgrote gemeenten met één grote minderheidsgroep van buiten Europa en de Angelsaksische landen, vaak door de werving van gastarbeiders in één land.',
    colour: '#F0E442',
  },
  expat: {
    slug: 'expat',
    label: 'Expatgemeenten',
    singular: 'Expatgemeente',
    short: 'Expat',
    summary:
      'Gemeenten met inwoners uit alle delen van de wereld, en naar verhouding weinig inwoners met een Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond.',
    colour: '#0072B2',
    caveat:
      'Waar de regels van deze site dit type toekennen, benaderen ze het: de CBS-cijfers op deze site tonen niet uit welk land iemand komt. Zo’n gemeente heeft veel westerse en overige niet-westerse inwoners, niet per se veel kennismigranten.',
  },
  tuinbouw: {
    slug: 'tuinbouw',
    label: 'Tuinbouwgemeenten',
    singular: 'Tuinbouwgemeente',
    short: 'Tuinbouw',
    summary:
      'Gemeenten met een grote tuinbouwsector, waar veel inwoners met een Poolse of Bulgaarse achtergrond de verscheidenheid vergroten.',
    colour: '#009E73',
    caveat:
      'Waar de regels van deze site dit type toekennen, benaderen ze het: de CBS-cijfers op deze site tonen Polen en Bulgaren niet apart. Zo’n gemeente heeft vooral verscheidenheid uit Europa, niet per se veel tuinbouw.',
  },
  grens: {
    slug: 'grens',
    label: 'Grensgemeenten',
    singular: 'Grensgemeente',
    short: 'Grens',
    summary:
      'Gemeenten aan de grens met Duitsland of België, waar vooral inwoners met een Duitse of Belgische achtergrond de verscheidenheid bepalen.',
    colour: '#56B4E9',
  },
  homogeen: {
    slug: 'homogeen',
    label: 'Homogene gemeenten',
    singular: 'Homogene gemeente',
    short: 'Homogeen',
    summary: 'Gemeenten waar het overgrote deel van de inwoners een Nederlandse achtergrond heeft.',
    colour: '#E8E2D6',
  },
  gemiddeld: {
    slug: 'gemiddeld',
    label: 'Gemiddelde gemeenten',
    singular: 'Gemiddelde gemeente',
    short: 'Gemiddeld',
    summary: 'Gemeenten die wat de herkomst van hun inwoners betreft een gemiddelde Nederlandse gemeente zijn.',
    colour: '#B4B4B4',
  },
};

/** The mark after the year of the WRR's own figures, where a year is chosen. */
export const WRR_MARK = ' (WRR)';

/** Whether a string is one of the type slugs. */
export function isTypeSlug(value: string): value is TypeSlug {
  return (TYPE_SLUGS as readonly string[]).includes(value);
}

/** Amsterdam, Rotterdam and Den Haag: the three cities the suburb type is defined against. */
export const BIG_THREE: Record<string, string> = {
  GM0363: 'Amsterdam',
  GM0599: 'Rotterdam',
  GM0518: 'Den Haag',
};
