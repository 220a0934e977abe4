import { describe, expect, it } from 'vitest';
import { changeSentence, typeRuns } from '../../../../src/lib/typology/change.ts';
import { changeYearsFromParam } from '../../../../src/lib/site/url-params.ts';
import { municipality } from '../../../helpers/dataset.ts';

const years = [2015, 2017, 2022];
/** A diversity index as the sentences write it: two decimals, with a decimal comma. */
const dutch = (index: number) => index.toFixed(2).replace('.', ',');

describe('change over the years (real data)', () => {
  it('takes consecutive years of the same type together', () => {
    expect(typeRuns(municipality('GM0384'), years)).toEqual([
      { type: 'voorstad', years: [2015, 2017] },
      { type: 'meerderheid-minderheid', years: [2022] },
    ]);
  });

  it('says what changed, in Dutch, with the diversity index of the first and last year from the data', () => {
    const diemen = municipality('GM0384');
    const [first, middle, last] = years.map((y) => diemen.years[y]!.figures.diversity);
    // Preconditions for the sentence below: the index rose, and 2017 lies between 2015 and 2022, so is not named.
    expect(last).toBeGreaterThan(first!);
    expect(middle).toBeGreaterThanOrEqual(first!);
    expect(middle).toBeLessThanOrEqual(last!);
    expect(changeSentence(diemen, years)).toBe(
      `Diemen ging van voorstad (2015 en 2017) naar meerderheid-minderhedenstad (2022). De diversiteitsindex steeg van ${dutch(first!)} in 2015 naar ${dutch(last!)} in 2022.`,
    );
  });

  it('says when nothing changed', () => {
    expect(changeSentence(municipality('GM0363'), years)).toMatch(
      /^Amsterdam is in 2015, 2017 en 2022 steeds een meerderheid-minderhedenstad\. De diversiteitsindex /,
    );
  });

  it('does not call a difference within the rounding of either year a change', () => {
    // Rotterdam: 50% Dutch background in 2017 as published, so within the rounding already a
    // majority-minority city, as it is by the rules in 2022.
    const rotterdam = municipality('GM0599');
    expect(rotterdam.years['2017']!.typing.openTo.rounding).toContain(rotterdam.years['2022']!.typing.derived);
    expect(changeSentence(rotterdam, years)).toMatch(
      /^Volgens de regels van deze site was Rotterdam achtereenvolgens grootstedelijke provinciegemeente \(2015 en 2017\) en meerderheid-minderhedenstad \(2022\)\. Het verschil tussen 2017 en 2022 valt binnen de afronding van de cijfers en telt daarom niet als verandering\./,
    );
  });

  it('compares the types by the rules, not the type a source names for its own year', () => {
    // Hengelo: the VNG portfolio names it "gemiddeld" in 2015; by the rules it is "specifieke minderheid" throughout.
    const hengelo = municipality('GM0164');
    expect(hengelo.years['2015']!.typing.type).not.toBe(hengelo.years['2015']!.typing.derived);
    expect(typeRuns(hengelo, years)).toHaveLength(1);
    expect(changeSentence(hengelo, years)).toMatch(
      /^Volgens de regels van deze site is Hengelo \(O\.\) in 2015, 2017 en 2022 steeds een /,
    );
    // The table beside it shows the named type for 2015, so the sentence names it too, and its source.
    expect(changeSentence(hengelo, years)).toContain(
      'Voor 2015 toont deze pagina het type dat het VNG-portfolio noemt: gemiddelde gemeente.',
    );
    expect(changeSentence(municipality('GM0866'), years)).toMatch(
      /^Volgens de regels van deze site ging Waalre van tuinbouwgemeente \(2015 en 2017\) naar /,
    );
  });

  it('names a year between that differs from the first and last', () => {
    const losser = municipality('GM0168');
    const index = years.map((y) => losser.years[y]!.figures.diversity.toFixed(2));
    expect(index[0]).toBe(index[2]);
    expect(index[1]).not.toBe(index[0]);
    expect(changeSentence(losser, years)).toContain(
      `De diversiteitsindex was in 2015 en 2022 ${index[0]!.replace('.', ',')} (${index[1]!.replace('.', ',')} in 2017).`,
    );
  });

  it('names a year between only where the index went outside the range from first to last', () => {
    const ooststellingwerf = municipality('GM0085');
    const [first, middle, last] = years.map((y) => ooststellingwerf.years[y]!.figures.diversity);
    expect(middle! < Math.min(first!, last!)).toBe(true);
    expect(changeSentence(ooststellingwerf, years)).toMatch(
      /De diversiteitsindex (steeg|daalde) van [\d,]+ in 2015 via [\d,]+ in 2017 naar/,
    );
  });

  it('describes a single year without a change', () => {
    const diemen = municipality('GM0384');
    expect(changeSentence(diemen, [2022])).toBe(
      `Diemen is in 2022 een meerderheid-minderhedenstad. De diversiteitsindex is ${dutch(diemen.years[2022]!.figures.diversity)}.`,
    );
  });
});

describe('the years of a "veranderd" parameter', () => {
  it.each<[string | null, [number, number] | null]>([
    ['2015-2022', [2015, 2022]],
    ['2022-2017', [2022, 2017]],
    ['2015-2015', null],
    ['2015-2016', null],
    ['2015', null],
    [null, null],
  ])('%s → %j', (value, pair) => {
    expect(changeYearsFromParam(value, [2015, 2017, 2022])).toEqual(pair);
  });
});
