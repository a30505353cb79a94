import { DataError } from '../errors.ts';
import { CATALOGUE } from './catalogue.ts';
import type { PriorityRecord } from './read-priority.ts';
import type { Region } from '../regions/region.ts';
import { compareFigures, type SkippedRecord, type SourceConflict, type StatRecord } from './stat-record.ts';
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
  /**
   * Every region, indicator and year given by two sources of different precedence: the figure kept
   * (lower `precedence`, i.e. the BPS table) and the one left out, sorted by indicator, year, code.
   */
  conflicts: SourceConflict[];
}

/**
 * Join figures to the registry through the Kemendagri code (never by code arithmetic: Papua's
 * province codes differ between BPS and Kemendagri) and build the bundle the map loads.
 * Where two sources give one region, indicator and year, the figure with the lower `precedence`
 * wins (a BPS table over a compiled copy) and both are listed in `conflicts`, whether they agree
 * or not. Throws `DataError` for an unknown indicator or source id, or two figures of the same
 * precedence for one region, indicator and year (naming both rows). Pure: the same inputs give
 * the same output, whatever the order of the records.
 */
export function buildBundle({ regions, records, priority, sources }: BundleInputs): BundleResult {
  const byKemendagri = new Map(regions.filter((r) => r.kemendagri).map((r) => [`${r.level}:${r.kemendagri}`, r]));
  const known = new Set(CATALOGUE.map((d) => d.id));
  const bundle: IndicatorBundle = { catalogue: [...CATALOGUE], sources: {}, values: {}, national: {}, priority: {} };
  const rows: IndicatorValue[] = [];
  const unjoined: SkippedRecord[] = [];
  const conflicts: SourceConflict[] = [];
  const byKey = new Map<string, { region: Region; recs: StatRecord[] }>();
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
    const group = byKey.get(key);
    if (group) group.recs.push(rec);
    else byKey.set(key, { region, recs: [rec] });
  }

  const rank = (r: StatRecord) => r.precedence ?? 1;
  const figure = (r: StatRecord) => ({ value: r.value, source: r.source, file: r.file, line: r.line });
  for (const { region, recs } of byKey.values()) {
    const best = Math.min(...recs.map(rank));
    const winners = recs.filter((r) => rank(r) === best);
    if (winners.length > 1) {
      const [a, b] = winners;
      throw new DataError(`${b.file} row ${b.line}: a second ${b.indicator} ${b.year} value for ${region.name} (${b.value}); the first is ${a.file} row ${a.line} (${a.value})`, { file: b.file, row: b.line });
    }
    const rec = winners[0];
    for (const other of recs) {
      if (other === rec) continue;
      conflicts.push({
        indicator: rec.indicator, year: rec.year, level: region.level === 'provinsi' ? 'provinsi' : 'kabupaten', kodeBps: region.kode, kodeKemendagri: region.kemendagri,
        name: region.name, kept: figure(rec), other: figure(other), kind: compareFigures(rec.value, other.value),
      });
    }
    ((bundle.values[rec.indicator] ??= {})[String(rec.year)] ??= {})[region.kode] = [rec.value, rec.source];
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
  // One collator (the order of localeCompare): localeCompare per pair took seconds on the 380,000 rows with IDM's desa.
  const compare = new Intl.Collator().compare;
  rows.sort((a, b) => compare(a.indicator, b.indicator) || a.year - b.year || order[a.level] - order[b.level] || compare(a.kodeBps, b.kodeBps));
  conflicts.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year || a.kodeBps.localeCompare(b.kodeBps));
  return { bundle, rows, unjoined, conflicts };
}
