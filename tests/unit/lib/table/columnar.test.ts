import { describe, expect, it } from 'vitest';
import {
  fromColumnar,
  toColumnar,
  type ColumnarRows,
  type DownloadRow,
} from '../../../../src/lib/table/download-rows.ts';

const rows: DownloadRow[] = [
  { gemeentecode: 'GM0363', gemeentenaam: 'Amsterdam', inwoners: 931_298, genoemd_door: 'WRR', twijfelgeval: null },
  { gemeentecode: 'GM0281', gemeentenaam: 'Tiel', inwoners: 42_786, genoemd_door: null, twijfelgeval: 'regels' },
];

describe('columnar rows', () => {
  it('names each column once and keeps every value in its place', () => {
    const columnar = toColumnar(rows);
    expect(columnar.kolommen).toEqual(['gemeentecode', 'gemeentenaam', 'inwoners', 'genoemd_door', 'twijfelgeval']);
    expect(columnar.rijen[1]).toEqual(['GM0281', 'Tiel', 42_786, null, 'regels']);
  });

  it('reads back the same rows, also through JSON', () => {
    expect(fromColumnar(JSON.parse(JSON.stringify(toColumnar(rows))) as ColumnarRows)).toEqual(rows);
  });

  it('gives a column with one value in every row once, and reads it back into every row', () => {
    const sourced = rows.map((row) => ({ ...row, licentie: 'CC BY 4.0', jaar: 2022 }));
    const columnar = toColumnar(sourced);
    expect(columnar.vast).toEqual({ licentie: 'CC BY 4.0', jaar: 2022 });
    expect(columnar.kolommen).not.toContain('licentie');
    expect(fromColumnar(JSON.parse(JSON.stringify(columnar)) as ColumnarRows)).toEqual(sourced);
  });

  it('has no columns for no rows', () => {
    expect(toColumnar([])).toEqual({ kolommen: [], rijen: [] });
  });
});
