import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/lib/figures/dataset-schema.ts';
import { fromCsv } from '../../src/lib/table/download-rows.ts';

// The built downloads (npm run build): the CSV must read back to exactly the rows of the JSON.
describe.each(['gemeenten-nu', 'gemeenten-2015', 'gemeenten-2022'])('download %s', (name) => {
  const csv = readFileSync(`dist/downloads/${name}.csv`, 'utf8');
  const json = JSON.parse(readFileSync(`dist/downloads/${name}.json`, 'utf8')) as {
    rijen: Record<string, unknown>[];
    licentie: string;
    bron: string[];
  };

  it('starts with a byte-order mark and uses ; between fields', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]!.split(';')[0]).toBe('gemeentecode');
  });

  it('parses back with papaparse to the same rows and numbers as the JSON', () => {
    expect(fromCsv(csv)).toEqual(json.rijen);
  });

  it('names its sources and licence', () => {
    expect(json.licentie).toBe('CC BY 4.0');
    expect(json.bron.join(' ')).toMatch(/CBS Kerncijfers wijken en buurten/);
    expect(fromCsv(csv).every((row) => row['licentie'] === 'CC BY 4.0' && String(row['bron']).includes('CBS'))).toBe(
      true,
    );
  });
});

describe('the sources a row names', () => {
  const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;
  const rows = fromCsv(readFileSync('dist/downloads/gemeenten-nu.csv', 'utf8'));

  // A year without boundaries of its own is placed with other years' boundaries: those are its sources too.
  it.each(meta.report.years.map((y) => [y.year, Object.keys(y.placedBy)] as const))(
    '%s names its statistics and the boundaries of %j',
    (year, boundaryYears) => {
      const bron = String(rows.find((row) => row['jaar'] === year)!['bron']);
      expect(bron).toContain(`CBS Kerncijfers wijken en buurten ${year}`);
      for (const boundaryYear of boundaryYears) expect(bron).toContain(`gemeentegrenzen ${boundaryYear}`);
      expect(bron).toContain(`gemeentegrenzen ${meta.currentYear}`);
    },
  );
});

describe('the column explanation (toelichting.txt)', () => {
  const text = readFileSync('dist/downloads/toelichting.txt', 'utf8');

  it.each([
    'aandeel_marokkaans: Aandeel (0 tot 1) van de inwoners met een Marokkaanse achtergrond',
    'nederlands: Aantal inwoners met een Nederlandse achtergrond',
    'westers: Aantal inwoners met een westerse migratieachtergrond',
    'antilliaans_arubaans: Aantal inwoners met een Antilliaanse of Arubaanse achtergrond',
  ])('reads as Dutch: %s', (line) => {
    expect(text).toContain(line);
  });

  it('has no group name in the wrong form ("een marokkaans achtergrond")', () => {
    expect(text).not.toMatch(/een [a-z_ ]+s achtergrond/);
  });
});
