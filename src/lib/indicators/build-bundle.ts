import { DataError } from '../errors.ts';
import { CATALOGUE } from './catalogue.ts';
import type { PriorityRecord } from './read-priority.ts';
import type { Region } from '../regions/region.ts';
import type { SkippedRecord, StatRecord } from './stat-record.ts';
import type { IndicatorBundle, IndicatorValue, SourceDef } from './types.ts';

/** Everything {@link buildBundle} joins; parsed from `data/stats/` by the readers in this folder. */
export interface BundleInputs {
  /** Registry rows (provinsi and kabupaten). */
  regions: readonly Region[];
  /** Figures keyed by Kemendagri code, from the compiled tables and imported BPS tables. */
  records: readonly StatRecord[];
  priority: readonly PriorityRecord[];
  sources: Record<string, SourceDef>;
}

/** The bundle for the map, the long rows for the CSV, and what could not be joined. */
export interface BundleResult {
  bundle: IndicatorBundle;
  /** Long rows for `indicators.csv`, sorted by indicator, year, level, kodeBps. */
  rows: IndicatorValue[];
  /** Records that found no region, with the reason. */
  unjoined: SkippedRecord[];
}

/**
 * Join figures to the registry through the Kemendagri code (never by code arithmetic: Papua's
 * province codes differ between BPS and Kemendagri) and build the bundle the map loads.
 * Throws `DataError` for an unknown indicator or source id, or two figures for one region,
 * indicator and year (naming both rows). Pure: the same inputs give the same output.
 */
export function buildBundle({ regions, records, priority, sources }: BundleInputs): BundleResult {
  const byKemendagri = new Map(regions.filter((r) => r.kemendagri).map((r) => [`${r.level}:${r.kemendagri}`, r]));
  const known = new Set(CATALOGUE.map((d) => d.id));
  const bundle: IndicatorBundle = { catalogue: [...CATALOGUE], sources: {}, values: {}, national: {}, priority: {} };
  const rows: IndicatorValue[] = [];
  const unjoined: SkippedRecord[] = [];
  const seen = new Map<string, StatRecord>();
  const useSource = (id: string, at: string) => {
    if (!sources[id]) throw new DataError(`${at}: source "${id}" is not in sources.csv`, { value: id });
    bundle.sources[id] = sources[id];
  };

  for (const rec of records) {
    const at = `${rec.file} row ${rec.line}`;
    if (!known.has(rec.indicator)) throw new DataError(`${at}: unknown indicator "${rec.indicator}" (catalogue: ${[...known].join(', ')})`, { file: rec.file, row: rec.line, value: rec.indicator });
    useSource(rec.source, at);
    const year = String(rec.year);
    if (rec.level === 'national') {
      ((bundle.national[rec.indicator] ??= {})[year] = [rec.value, rec.source]);
      continue;
    }
    const region = byKemendagri.get(`${rec.level}:${rec.kodeKemendagri}`);
    if (!region) {
      unjoined.push({ file: rec.file, line: rec.line, code: rec.kodeKemendagri, reason: `no ${rec.level} with Kemendagri code ${rec.kodeKemendagri} in the registry` });
      continue;
    }
    const key = `${rec.indicator}|${year}|${region.kode}`;
    const prior = seen.get(key);
    if (prior) throw new DataError(`${at}: a second ${rec.indicator} ${year} value for ${region.name} (${rec.value}); the first is ${prior.file} row ${prior.line} (${prior.value})`, { file: rec.file, row: rec.line });
    seen.set(key, rec);
    ((bundle.values[rec.indicator] ??= {})[year] ??= {})[region.kode] = [rec.value, rec.source];
    rows.push({
      kodeBps: region.kode, kodeKemendagri: region.kemendagri, level: region.level, indicator: rec.indicator, year: rec.year,
      value: rec.value, unit: CATALOGUE.find((d) => d.id === rec.indicator)!.unit.en, source: rec.source,
    });
  }

  for (const p of priority) {
    const region = byKemendagri.get(`kabupaten:${p.kodeKemendagri}`);
    if (!region) { unjoined.push({ file: 'priority_regions.csv', line: p.line, code: p.kodeKemendagri, reason: `no kabupaten with Kemendagri code ${p.kodeKemendagri} in the registry` }); continue; }
    useSource(p.source, `priority_regions.csv row ${p.line}`);
    (bundle.priority[region.kode] ??= []).push({ year: p.year, status: p.status, source: p.source, ...(p.note ? { note: p.note } : {}) });
  }

  const order = { provinsi: 0, kabupaten: 1, kecamatan: 2, desa: 3 };
  rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year || order[a.level] - order[b.level] || a.kodeBps.localeCompare(b.kodeBps));
  return { bundle, rows, unjoined };
}
