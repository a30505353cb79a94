import type { IndicatorBundle } from '../lib/indicators/types.ts';
import { LoadError } from './load-error.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Check the shape of a loaded `indicators.json` before the page uses it, so a damaged file is
 * reported by name ("catalogue is not a list") rather than failing later in minified code.
 */
export function readBundle(json: unknown, file = 'indicators.json'): IndicatorBundle {
  const bad = (detail: string) => new LoadError({ kind: 'invalid', file, detail });
  if (!isObject(json)) throw bad('expected an object with catalogue, sources and values');
  if (!Array.isArray(json.catalogue)) throw bad(`"catalogue" is not a list (found ${typeof json.catalogue})`);
  json.catalogue.forEach((d: unknown, i) => {
    if (!isObject(d) || typeof d.id !== 'string' || !isObject(d.label) || !isObject(d.unit)) throw bad(`catalogue entry ${i + 1} lacks id, label or unit`);
  });
  for (const key of ['sources', 'values'] as const) if (!isObject(json[key])) throw bad(`"${key}" is not an object`);
  for (const [id, byYear] of Object.entries(json.values as Record<string, unknown>)) {
    if (!isObject(byYear)) throw bad(`values of "${id}" are not an object of years`);
    for (const [year, byKode] of Object.entries(byYear)) {
      if (!isObject(byKode)) throw bad(`values of "${id}" ${year} are not an object of regions`);
      const wrong = Object.entries(byKode).find(([, e]) => !Array.isArray(e) || typeof e[0] !== 'number' || typeof e[1] !== 'string');
      if (wrong) throw bad(`values of "${id}" ${year}, region ${wrong[0]}: ${JSON.stringify(wrong[1])} is not [number, source id]`);
    }
  }
  return { national: {}, priority: {}, ...json } as unknown as IndicatorBundle;
}
