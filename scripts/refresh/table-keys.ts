import {
  fieldsOf,
  MODEL_IDS,
  ORIGIN_MODELS,
  type KeyStart,
  type ModelId,
} from '../../src/lib/figures/origin-models.ts';
import type { OdataSource, Unit } from '../pipeline/sources.ts';
import { RefreshError } from './http.ts';

/** A table's key as its metadata gives it, with the unit where it is a count or a percentage. */
export interface Property {
  key: string;
  unit?: Unit;
}

/**
 * The keys a table has with a start, in the table's order. The number after the underscore
 * differs from table to table, so a key is looked up by its start (see origin-models.ts).
 */
function keysStarting(properties: readonly Property[], { start }: KeyStart): Property[] {
  return properties.filter((p) => p.key === start || (start.endsWith('_') && p.key.startsWith(start)));
}

/** The figures of a model (not code, name or inhabitants) whose keys the table has. */
function figuresFound(properties: readonly Property[], model: ModelId): string[] {
  const { odataKeys, published } = ORIGIN_MODELS[model];
  return published.filter((field) => keysStarting(properties, odataKeys[field]!).length > 0);
}

/**
 * Which origin model a table follows, from its keys: a table with the keys of neither model, or
 * with keys of both, is refused, as the build refuses such a file.
 */
export function modelOfTable(table: string, properties: readonly Property[]): ModelId {
  const found = MODEL_IDS.map((model) => ({ model, figures: figuresFound(properties, model) })).filter(
    (m) => m.figures.length > 0,
  );
  if (found.length > 1) {
    const list = found.map(
      (m) => `${m.figures.map((f) => ORIGIN_MODELS[m.model].odataKeys[f]!.start).join(', ')} (${m.model})`,
    );
    throw new RefreshError(`${table}: the table has keys of two origin classifications: ${list.join(' and ')}`);
  }
  if (found.length === 0) {
    const starts = MODEL_IDS.map(
      (model) =>
        `${ORIGIN_MODELS[model].published.map((f) => ORIGIN_MODELS[model].odataKeys[f]!.start).join(', ')} (${model})`,
    );
    throw new RefreshError(
      `${table}: the table's keys fit neither origin classification; expected ${starts.join(' or ')}`,
    );
  }
  return found[0]!.model;
}

/** Each field's key and unit for a model, looked up in the table's metadata by the start of its key. */
export function fieldsOfTable(table: string, properties: readonly Property[], model: ModelId): OdataSource['fields'] {
  const keyOf = (field: string): Property => {
    const spec = ORIGIN_MODELS[model].odataKeys[field]!;
    const found = keysStarting(properties, spec);
    const wanted = spec.of ?? 1;
    if (found.length !== wanted) {
      throw new RefreshError(
        `${table}: expected ${wanted === 1 ? 'one key' : `${wanted} keys`} starting "${spec.start}" (field ${field}), found ${found.length}`,
      );
    }
    return found[spec.nth]!;
  };
  return Object.fromEntries(
    fieldsOf(model).map((field) => {
      const { key, unit } = keyOf(field);
      if (field === 'code' || field === 'name') return [field, { key }];
      if (!unit) throw new RefreshError(`${table}: the table gives no unit CBS's figures can be read in for ${key}`);
      return [field, { key, unit }];
    }),
  );
}
