import Papa from 'papaparse';
import { fieldsOf } from '../../src/lib/figures/origin-models.ts';
import { odataField, type StatisticsSource } from '../pipeline/sources.ts';
import { RefreshError } from './http.ts';
import type { OdataRow } from './odata.ts';

/**
 * Turns a table's municipality rows into the statistics file the manifest describes: its column
 * names, its unit, `;`-separated UTF-8. CBS pads codes and names with spaces (trimmed here) and
 * marks secret or unknown figures as null (an error: the typology cannot do without them). A count
 * becomes a whole percentage of the inhabitants where the file holds percentages; the reverse would
 * invent precision, so it is refused.
 */
export function statisticsCsv(
  rows: readonly OdataRow[],
  source: Pick<StatisticsSource, 'model' | 'odata' | 'unit' | 'columns' | 'file'>,
): string {
  const { table } = source.odata;
  const key = (field: string) => odataField(source.odata, field).key;
  const fields = fieldsOf(source.model);
  const lines = rows
    .map((row) => {
      const code = text(row, key('code'), table);
      const name = text(row, key('name'), `${table}: ${code}`);
      const number = (field: string) => numberIn(row, key(field), field, `${table}: ${code} (${name})`);
      const inhabitants = number('inhabitants');
      const figure = (field: string): number => {
        const unit = odataField(source.odata, field).unit;
        if (unit === source.unit) return number(field);
        if (unit === 'count' && source.unit === 'percent') return Math.round((100 * number(field)) / inhabitants);
        throw new RefreshError(
          `${table}: ${key(field)} is published as percentages, but ${source.file} holds counts; exact counts cannot be made from percentages`,
        );
      };
      return {
        code,
        values: fields.map((field) =>
          field === 'code' ? code : field === 'name' ? name : field === 'inhabitants' ? inhabitants : figure(field),
        ),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const header = fields.map((field) => source.columns[field]!);
  return `${Papa.unparse({ fields: header, data: lines.map((l) => l.values) }, { delimiter: ';', newline: '\n' })}\n`;
}

/** A figure of one row; null (secret or unknown at CBS) and anything but a finite number are errors. */
function numberIn(row: OdataRow, key: string, field: string, where: string): number {
  if (!(key in row)) throw new RefreshError(`${where}: the answer has no field "${key}" (manifest field ${field})`);
  const value = row[key];
  if (value === null) {
    throw new RefreshError(
      `${where} has no value for ${key}; CBS marks secret or unknown figures so, and the file needs every figure`,
    );
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RefreshError(`${where}: ${key} is ${JSON.stringify(value)}, expected a number`);
  }
  return value;
}

function text(row: OdataRow, key: string, where: string): string {
  const value = row[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RefreshError(`${where}: expected text in "${key}", found ${JSON.stringify(value)}`);
  }
  return value.trim();
}
