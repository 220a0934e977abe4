import { describe, expect, it } from 'vitest';
import { readStatistics } from '../../../scripts/pipeline/read-statistics.ts';
import type { StatisticsSource } from '../../../scripts/pipeline/sources.ts';

const columns = {
  code: 'code',
  name: 'naam',
  inhabitants: 'inw',
  western: 'w',
  nonWestern: 'nw',
  moroccan: 'mar',
  antillean: 'ant',
  surinamese: 'sur',
  turkish: 'tur',
  otherNonWestern: 'ovnw',
};
const source = (
  unit: StatisticsSource['unit'],
  nationalInhabitants = 1000,
  shares: StatisticsSource['nationalShares']['shares'] = { western: 10, nonWestern: 5 },
) => ({
  model: 'migratieachtergrond' as const,
  unit,
  columns,
  nationalInhabitants,
  nationalShares: { referenceDate: '2019-01-01', shares, source: 'test' },
});
const header = 'code;naam;inw;w;nw;mar;ant;sur;tur;ovnw';

describe('readStatistics reads every CBS-style variant', () => {
  it.each([
    ['unquoted, LF', `${header}\nGM0001;Súdwest-Fryslân;1000;100;50;10;10;10;10;10\n`],
    ['quoted, CRLF', `"${header.replaceAll(';', '";"')}"\r\n"GM0001";"Súdwest-Fryslân";1000;100;50;10;10;10;10;10\r\n`],
    ['with a byte-order mark', `\uFEFF${header}\nGM0001;Súdwest-Fryslân;1000;100;50;10;10;10;10;10`],
    ['extra columns and spaces', `${header};extra\n GM0001 ; Súdwest-Fryslân ;1000;100;50;10;10;10;10;10;x\n`],
  ])('%s', (_, text) => {
    const [row] = readStatistics(text, source('count'), 'test.csv').rows;
    expect(row).toMatchObject({ code: 'GM0001', name: 'Súdwest-Fryslân', line: 2, inhabitants: 1000 });
    expect(row!.counts).toEqual({
      dutch: 850,
      western: 100,
      nonWestern: 50,
      moroccan: 10,
      antillean: 10,
      surinamese: 10,
      turkish: 10,
      otherNonWestern: 10,
    });
    expect(row!.shares.dutch).toBe(0.85);
  });

  it('keeps a separator inside a quoted name', () => {
    const text = `${header}\n"GM0820";"Nuenen; Gerwen en Nederwetten";1000;100;50;10;10;10;10;10`;
    expect(readStatistics(text, source('count'), 'test.csv').rows[0]!.name).toBe('Nuenen; Gerwen en Nederwetten');
  });

  it('turns whole percentages into shares as published and counts of persons', () => {
    const text = `${header}\nGM0003;Appingedam;12011;7;6;0;1;1;2;2`;
    const [row] = readStatistics(text, source('percent', 12011, { western: 7, nonWestern: 6 }), 'test.csv').rows;
    expect(row!.shares).toMatchObject({ dutch: 0.87, western: 0.07, nonWestern: 0.06, antillean: 0.01 });
    expect(row!.counts).toMatchObject({ western: 841, nonWestern: 721, dutch: 12011 - 841 - 721, moroccan: 0 });
  });

  it('accepts a decimal comma in percentages', () => {
    const text = `${header}\nGM0003;Appingedam;1000;7,5;6;0;1;1;2;2`;
    const format = source('percent', 1000, { western: 7, nonWestern: 6 });
    expect(readStatistics(text, format, 'test.csv').rows[0]!.shares.western).toBe(0.075);
  });

  it('skips blank lines but keeps counting them for line numbers', () => {
    const text = `${header}\n\nGM0001;A;1000;100;50;10;10;10;10;10\n\nGM0002;B;1000;100;50;10;10;10;10;10\n`;
    expect(readStatistics(text, source('count', 2000), 'test.csv').rows.map((r) => r.line)).toEqual([3, 5]);
  });

  const gm1 = 'GM0001;A;1000;100;50;10;10;10;10;10';
  it.each([
    ["Excel's sep=; line", `sep=;\n${header}\n${gm1}\n`, 3],
    ['mixed line ends', `${header}\r\n\r\n${gm1}\n`, 3],
    ['old Mac line ends', `${header}\r${gm1}\r`, 2],
    ["a spreadsheet's empty rows", `${header}\n${gm1}\n;;;;;;;;;\n`, 2],
    ['padded codes', `${header}\nGM0001    ;A;1000;100;50;10;10;10;10;10\n`, 2],
  ])('reads a file with %s', (_, text, line) => {
    const { rows } = readStatistics(text, source('count'), 'test.csv');
    expect(rows.map((r) => [r.code, r.line])).toEqual([['GM0001', line]]);
  });

  it('passes over districts, neighbourhoods, regions and the country, counting them, after checking the national row', () => {
    const text = [
      header,
      'NL00;Nederland;1000;100;50;10;10;10;10;10',
      'PV20;Groningen;1000;100;50;10;10;10;10;10',
      gm1,
      'WK000100;Wijk 00;600;.;.;.;.;.;.;.',
      'BU00010000;Centrum;600;.;.;.;.;.;.;.',
    ].join('\n');
    const { rows, skipped } = readStatistics(text, source('count'), 'test.csv');
    expect(rows.map((r) => r.code)).toEqual(['GM0001']);
    expect(skipped).toEqual({ district: 1, neighbourhood: 1, country: 1, region: 1 });
  });
});
