import type {
  BaseTyping,
  DraftMunicipality,
  Figures,
  FormerMunicipality,
  Geography,
  Municipality,
  OpenTo,
  TypologyCheck,
  Typing,
} from '../../src/lib/figures/dataset-schema.ts';
import { typesUnderOtherRules, typesWithinRounding } from '../../src/lib/evidence/certainty.ts';
import { HALF_POINT } from '../../src/lib/evidence/whole-percents.ts';
import { RULES, type Rule } from '../../src/lib/typology/rules.ts';
import type { Inputs } from './read-inputs.ts';
import type { TypedYear } from './type-year.ts';

/** The dataset with every type's certainty, and how many types are open per year. */
export interface Assessed {
  municipalities: Municipality[];
  former: FormerMunicipality[];
  certainty: TypologyCheck['certainty'];
}

/**
 * Step 7, how sure each type by the rules is (see certainty.ts): open within the rounding where a
 * year was published in whole percentages, open under the other rule sets, or settled. For today's
 * municipalities and for the municipalities of each year as they were.
 */
export function assessCertainty(
  inputs: Inputs,
  years: readonly TypedYear[],
  municipalities: readonly DraftMunicipality[],
  alternatives: readonly Rule[][],
): Assessed {
  const rounded = new Set(inputs.statistics.filter((s) => s.source.unit === 'percent').map((s) => s.source.year));
  const national = new Map(years.map((y) => [y.year, y.national.shares]));
  const openTo = (year: number, typing: BaseTyping, figures: Figures, parts: readonly Figures[], where: Place) => ({
    rounding: rounded.has(year)
      ? typesWithinRounding(
          parts,
          { inhabitants: figures.inhabitants, shares: figures.shares, ...where },
          { nationalShares: national.get(year)! },
          RULES,
          typing.derived,
          HALF_POINT,
        )
      : [],
    rules: typesUnderOtherRules(typing.measurements, typing.derived, alternatives),
  });
  // The municipalities as published that one of today's adds up, in a year: their rounding is what opens its type.
  const partsIn = (year: number, code: string) =>
    years
      .find((y) => y.year === year)!
      .partsOf.get(code)!
      .map((p) => p.figures);
  // A municipality that already was what it is now shares its typing with that year's (see
  // sumOntoToday): it is assessed once, and both get the same result.
  const assessed = new Map<BaseTyping, Typing>();
  const former = years.flatMap((y) =>
    y.municipalities.map((m) => {
      const typing = { ...m.typing, openTo: openTo(y.year, m.typing, m.figures, [m.figures], m.geography) };
      assessed.set(m.typing, typing);
      return { ...m, typing };
    }),
  );
  const today = municipalities.map((m) => ({
    ...m,
    years: Object.fromEntries(
      Object.entries(m.years).map(([year, entry]) => [
        year,
        {
          ...entry,
          typing: assessed.get(entry.typing) ?? {
            ...entry.typing,
            openTo: openTo(Number(year), entry.typing, entry.figures, partsIn(Number(year), m.code), m.geography),
          },
        },
      ]),
    ),
  }));
  return { municipalities: today, former, certainty: countOpen(years, today) };
}

type Place = Pick<Geography, 'borderDistanceKm' | 'bigCityNeighbours'>;

/** Per year, today's municipalities whose type is open: in all, within the rounding, under other rules. */
function countOpen(years: readonly TypedYear[], today: readonly Municipality[]): TypologyCheck['certainty'] {
  return years.map(({ year }) => {
    const open = today.map((m) => m.years[String(year)]!.typing.openTo);
    const count = (test: (o: OpenTo) => boolean) => open.filter(test).length;
    return {
      year,
      municipalities: today.length,
      open: count((o) => o.rounding.length > 0 || o.rules.length > 0),
      rounding: count((o) => o.rounding.length > 0),
      rules: count((o) => o.rules.length > 0),
    };
  });
}
