import type { IndicatorIndex, IndicatorValues } from '../lib/indicators/split-bundle.ts';
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

/** Check one indicator's values (`[year][kode] = [value, sourceId]`), naming the year and region of a bad cell. */
export function readIndicatorValues(json: unknown, file: string): IndicatorValues {
  const bad = (detail: string) => new LoadError({ kind: 'invalid', file, detail });
  if (!isObject(json)) throw bad('expected an object of years');
  for (const [year, byKode] of Object.entries(json)) {
    if (!/^\d{4}$/.test(year) || !isObject(byKode)) throw bad(`"${year}" is not a year with an object of regions`);
    const wrong = Object.entries(byKode).find(([, e]) => !Array.isArray(e) || typeof e[0] !== 'number' || typeof e[1] !== 'string');
    if (wrong) throw bad(`${year}, region ${wrong[0]}: ${JSON.stringify(wrong[1])} is not [number, source id]`);
  }
  return json as IndicatorValues;
}
