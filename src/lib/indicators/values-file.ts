import { DataError } from '../errors.ts';
import type { IndicatorValues } from './split-bundle.ts';

/**
 * `indicators/values/{id}.json` as written: one indicator's values in column form. The page
 * holds them as `[year][kode] = [value, sourceId]` (`IndicatorValues`); written that way, every
 * value repeated its region code and its source id, and the default indicator's file cost 20.6 KB
 * gzip of a first view budgeted against a bare MapLibre page. In columns the codes are written once,
 * values are a list per year aligned with them, and sources are runs over that list: 10.6 KB.
 */
export interface IndicatorValuesFile {
  /** Tells this form from the old `[year][kode]` object (which any year-keyed object would be). */
  format: typeof VALUES_FORMAT;
  /** Every region code with a value in some year, in one order for all years. */
  codes: string[];
  /** Source ids, referred to by their index. */
  sources: string[];
  /** Per year: the value of each code (null: no figure that year) and its source as runs `[source index, count]` over `codes` (-1 where there is no value). */
  years: Record<string, { values: (number | null)[]; sources: [number, number][] }>;
}

export const VALUES_FORMAT = 'lokus-indicator-values/2';

export function valuesToFile(values: IndicatorValues): IndicatorValuesFile {
  const codes = [...new Set(Object.values(values).flatMap((byKode) => Object.keys(byKode)))].sort();
  const sources = [...new Set(Object.values(values).flatMap((byKode) => Object.values(byKode).map(([, s]) => s)))].sort();
  const sourceIndex = new Map(sources.map((s, i) => [s, i]));
  const years: IndicatorValuesFile['years'] = {};
  for (const [year, byKode] of Object.entries(values)) {
    const runs: [number, number][] = [];
    const column = codes.map((kode) => {
      const entry = byKode[kode];
      const s = entry ? sourceIndex.get(entry[1])! : -1;
      if (runs.length && runs[runs.length - 1][0] === s) runs[runs.length - 1][1]++;
      else runs.push([s, 1]);
      return entry ? entry[0] : null;
    });
    years[year] = { values: column, sources: runs };
  }
  return { format: VALUES_FORMAT, codes, sources, years };
}

/** A region key as values files hold them: BPS digits, or a dotted Kemendagri kecamatan or desa code. */
const REGION_CODE = /^(\d+|\d{2}\.\d{2}\.\d{2}(\.\d{4})?)$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read a values file back into `[year][kode] = [value, sourceId]`, checking its shape on the way:
 * a damaged file is named with the year and region of the bad cell, never read partly.
 */
export function valuesFromFile(json: unknown, file: string): IndicatorValues {
  const bad = (detail: string) => new DataError(`${file}: ${detail}`, { file });
  if (!isObject(json) || json.format !== VALUES_FORMAT) throw bad(`expected an object with format "${VALUES_FORMAT}", codes, sources and years`);
  const { codes, sources, years } = json;
  // BPS digits (provinsi, kabupaten) or dotted Kemendagri keys (kecamatan `53.01.24`, desa `53.01.24.2002`).
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string' && REGION_CODE.test(c))) throw bad('"codes" is not a list of region codes');
  if (!Array.isArray(sources) || !sources.every((s) => typeof s === 'string')) throw bad('"sources" is not a list of source ids');
  if (!isObject(years)) throw bad('"years" is not an object');
  const out: IndicatorValues = {};
  for (const [year, column] of Object.entries(years)) {
    if (!/^\d{4}$/.test(year) || !isObject(column) || !Array.isArray(column.values) || !Array.isArray(column.sources)) throw bad(`"${year}" is not a year with values and sources`);
    if (column.values.length !== codes.length) throw bad(`${year}: ${column.values.length} values for ${codes.length} region codes`);
    const byKode: IndicatorValues[string] = {};
    let i = 0;
    for (const run of column.sources as unknown[]) {
      if (!Array.isArray(run) || !Number.isInteger(run[0]) || !Number.isInteger(run[1]) || run[1] < 1 || run[0] < -1 || run[0] >= sources.length) throw bad(`${year}: source run ${JSON.stringify(run)} is not [source index, count]`);
      for (let end = i + run[1]; i < end && i < codes.length; i++) {
        const v: unknown = column.values[i];
        const kode = codes[i] as string;
        if (v === null && run[0] === -1) continue;
        if (typeof v !== 'number' || run[0] === -1) throw bad(`${year}, region ${kode}: ${JSON.stringify(v)} ${run[0] === -1 ? 'has no source' : 'is not a number'}`);
        byKode[kode] = [v, sources[run[0]] as string];
      }
    }
    const covered = (column.sources as [number, number][]).reduce((n, r) => n + r[1], 0);
    if (covered !== codes.length) throw bad(`${year}: source runs cover ${covered} of ${codes.length} region codes`);
    out[year] = byKode;
  }
  return out;
}
