import type { IndicatorIndex, IndicatorValues } from '../lib/indicators/split-bundle.ts';
import { DataError } from '../lib/errors.ts';
import { valuesFromFile } from '../lib/indicators/values-file.ts';
import { LoadError } from './load-error.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check the shape of `indicators/index.json` before the page uses it, so a damaged file is
 * reported by name ("catalogue is not a list") rather than failing later in minified code.
 */
export function readIndicatorIndex(json: unknown, file: string): IndicatorIndex {
  const bad = (detail: string) => new LoadError({ kind: 'invalid', file, detail });
  if (!isObject(json)) throw bad('expected an object with catalogue, sources and years');
  if (!Array.isArray(json.catalogue)) throw bad(`"catalogue" is not a list (found ${typeof json.catalogue})`);
  json.catalogue.forEach((d: unknown, i) => {
    if (!isObject(d) || typeof d.id !== 'string' || !isObject(d.label) || !isObject(d.unit)) throw bad(`catalogue entry ${i + 1} lacks id, label or unit`);
  });
  for (const key of ['sources', 'years'] as const) if (!isObject(json[key])) throw bad(`"${key}" is not an object`);
  for (const [id, y] of Object.entries(json.years as Record<string, unknown>)) {
    if (!isObject(y) || !Array.isArray(y.years) || !y.years.every(Number.isInteger) || !Number.isInteger(y.defaultYear)) throw bad(`years of "${id}" are not { years: [...], defaultYear }`);
  }
  return { national: {}, priority: {}, ...json } as unknown as IndicatorIndex;
}

/** Read one indicator's values file (column form, lib/indicators/values-file.ts), naming the year and region of a bad cell. */
export function readIndicatorValues(json: unknown, file: string): IndicatorValues {
  try {
    return valuesFromFile(json, file);
  } catch (e) {
    if (e instanceof DataError) throw new LoadError({ kind: 'invalid', file, detail: e.message.replace(`${file}: `, '') });
    throw e;
  }
}
