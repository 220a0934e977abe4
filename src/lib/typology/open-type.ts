import type { OpenTo, Typing } from '../figures/dataset-schema.ts';
import { TYPES, TYPE_SLUGS, type TypeSlug } from './wrr-types.ts';
import { capitalized, countOf, listOf, numberWord } from '../words/words.ts';

/**
 * How the site speaks of a type by the rules that is not settled (see certainty.ts). The word is
 * "twijfelgeval", which cannot be mistaken for "grensgemeente", one of the types.
 */
export const OPEN_WORD = 'twijfelgeval';

/** Why a type is open, in the words the site uses: "afronding", "regels" or both. */
export const OPEN_REASONS = { rounding: 'afronding', rules: 'regels' } as const;

/** Whether a type by the rules is open: another type within the rounding or under other rules. */
export function isOpen(openTo: OpenTo): boolean {
  return openTo.rounding.length > 0 || openTo.rules.length > 0;
}

/** Whether a year's shown type is this site's and open (a type a source names is that source's, never a twijfelgeval). */
export function isOpenByRules(typing: Pick<Typing, 'basis' | 'openTo'>): boolean {
  return typing.basis === 'afgeleid' && isOpen(typing.openTo);
}

/** Every other type the type could be, in the WRR's order. */
export function alternativesOf(openTo: OpenTo): TypeSlug[] {
  const all = new Set([...openTo.rounding, ...openTo.rules]);
  return TYPE_SLUGS.filter((t) => all.has(t));
}

/** "afronding", "regels" or "afronding en regels": what opens a type. */
export function openReasons(openTo: OpenTo): string {
  const reasons = (['rounding', 'rules'] as const).filter((r) => openTo[r].length > 0).map((r) => OPEN_REASONS[r]);
  return listOf(reasons);
}

/** "of gemiddelde gemeente of expatgemeente": other types, lower case, for after a type's name. */
export function otherTypesText(types: readonly TypeSlug[]): string {
  return `of ${listOf(
    types.map((t) => TYPES[t].singular.toLowerCase()),
    'of',
  )}`;
}

/** ", of gemiddelde gemeente (twijfelgeval: regels)": what follows an open type's name. */
export function doubtNote(alternatives: readonly TypeSlug[], reasons: string): string {
  return `, ${otherTypesText(alternatives)} (${OPEN_WORD}: ${reasons})`;
}

/** "Tuinbouwgemeente, of gemiddelde gemeente (twijfelgeval: regels)", or just the type when it is settled. */
export function typeWithDoubt(type: TypeSlug, openTo: OpenTo): string {
  const name = TYPES[type].singular;
  return isOpen(openTo) ? `${name}${doubtNote(alternativesOf(openTo), openReasons(openTo))}` : name;
}

/** "een gemiddelde gemeente of een expatgemeente". */
function typesAsNouns(types: readonly TypeSlug[]): string {
  return listOf(
    types.map((t) => `een ${TYPES[t].singular.toLowerCase()}`),
    'of',
  );
}

/**
 * Why a type is open and what else it could be, for a municipality's page, in plain words: per
 * reason the cause (`why`, general) and what it means here (`what`, for this municipality).
 */
export function doubtSentences(openTo: OpenTo, name: string, year: number): { why: string; what: string }[] {
  return [
    ...(openTo.rounding.length > 0
      ? [
          {
            why: `Het CBS gaf de herkomst voor ${year} in hele procenten; elk percentage kan een half procentpunt afwijken.`,
            what: `Binnen de afronding van de cijfers kan ${name} ook ${typesAsNouns(openTo.rounding)} zijn.`,
          },
        ]
      : []),
    ...(openTo.rules.length > 0
      ? [
          {
            why: 'De grenzen in de regels liggen niet precies vast.',
            what: `Met andere grenzen die even goed bij de voorbeelden passen, wordt ${name} ${typesAsNouns(openTo.rules)}.`,
          },
        ]
      : []),
  ];
}

/** Anchor of the paragraph on a municipality's page that says how sure its type in a year is. */
export const certaintyAnchor = (year: number) => `zekerheid-${year}`;

/**
 * How well the type of a page is tested by leave-one-out, in a sentence: of its named examples,
 * how many keep it when the thresholds are set without them, and what that means where few or none do.
 */
export function validationSentence(type: TypeSlug, tally: { agreeing: number; total: number } | undefined): string {
  const plural = TYPES[type].label.toLowerCase();
  if (!tally) return `Geen enkele gemeente wordt als voorbeeld van de ${plural} genoemd: dit type is niet te toetsen.`;
  const { agreeing, total } = tally;
  const keeps =
    agreeing === 0 ? 'krijgt geen enkele' : `krijg${agreeing === 1 ? 't' : 'en'} er ${numberWord(agreeing)}`;
  const tested = `Van de ${countOf(total, 'gemeente', 'gemeenten')} die als voorbeeld van dit type genoemd worden, ${keeps} dit type ook als de drempels zonder die gemeente worden gezet.`;
  if (agreeing === 0)
    return `${tested} De ${plural} op de kaart zijn daarmee niet getoetst: lees dit type als een benadering.`;
  return agreeing * 2 < total ? `${tested} Dit type is daarmee maar zwak getoetst.` : tested;
}

/** "Twijfelgeval: met deze cijfers kan Tiel ook een gemiddelde gemeente zijn.": how sure an open type is, in one sentence. */
export function doubtSentence(name: string, openTo: OpenTo): string {
  return `${capitalized(OPEN_WORD)}: met deze cijfers kan ${name} ook ${typesAsNouns(alternativesOf(openTo))} zijn.`;
}

/** A named type's leave-one-out tally: how many of its examples keep it when left out. */
type Tally = { agreeing: number; total: number };

/**
 * The types the rules recognise poorly out of sample, in the WRR's order: fewer than half their
 * named examples keep them when left out, or none is named to test them by. The one list the map,
 * the municipality pages and the method page warn by.
 */
export function weakTypes(byType: Partial<Record<TypeSlug, Tally>>): TypeSlug[] {
  return TYPE_SLUGS.filter((t) => {
    const tally = byType[t];
    return !tally || tally.agreeing * 2 < tally.total;
  });
}

/** What the map and the embed say beside a type the rules recognise poorly. */
export const WEAK_NOTE = 'Let op: de regels herkennen dit type slecht.';

/**
 * The warning in a few words, right under the type on a phone's first screen: "Let op: de regels
 * herkennen dit type slecht (0 van de 5 genoemde voorbeelden, als die zelf niet meetellen)."; weakSentence
 * says it in full further down.
 */
export function weakNote(tally: Tally | undefined): string {
  return tally
    ? `${WEAK_NOTE.slice(0, -1)} (${tally.agreeing} van de ${tally.total} genoemde voorbeelden, als die zelf niet meetellen).`
    : WEAK_NOTE;
}

/** The same with its figures, for a municipality's page: how many named examples keep the type when left out. */
export function weakSentence(type: TypeSlug, tally: Tally | undefined): string {
  if (!tally) return `${WEAK_NOTE} Geen enkele gemeente wordt als voorbeeld van dit type genoemd.`;
  const plural = TYPES[type].label.toLowerCase();
  const kept = tally.agreeing === 0 ? 'geen enkele' : `maar ${numberWord(tally.agreeing)}`;
  return `${WEAK_NOTE} Van de ${numberWord(tally.total)} ${plural} die als voorbeeld genoemd worden, herkennen ze er ${kept} als die gemeente zelf niet meetelt.`;
}
