import type { OpenTo } from './dataset-schema.ts';
import { TYPES, TYPE_SLUGS, type TypeSlug } from './wrr-types.ts';
import { countOf, listOf, numberWord } from './words.ts';

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

/** The sentences that say why a type is open and what else it could be, for a municipality's page. */
export function doubtSentences(openTo: OpenTo, name: string): string[] {
  return [
    ...(openTo.rounding.length > 0
      ? [
          `Binnen de afronding van CBS (elk aandeel in hele procenten kan een half procentpunt hoger of lager liggen) kan ${name} ook ${typesAsNouns(openTo.rounding)} zijn.`,
        ]
      : []),
    ...(openTo.rules.length > 0
      ? [
          `Met andere drempels die even goed passen bij de gemeenten die als voorbeeld genoemd worden, wordt ${name} ${typesAsNouns(openTo.rules)}.`,
        ]
      : []),
  ];
}

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
