import { toSafeCsv, type CsvCell } from '../programs/codec/safe-csv.ts';
import type { Region } from '../regions/region.ts';
import { publisherUrlCell, sourceLine } from './source-links.ts';
import { sourceIn } from './source-in.ts';
import type { IndicatorBundle } from './types.ts';

/** Columns of the "data of this view" download, one row per region and year (their Indonesian names; the page passes its language's). */
export const VIEW_CSV_COLUMNS = ['kode_bps', 'kode_kemendagri', 'nama', 'level', 'indikator', 'tahun', 'nilai', 'satuan', 'sumber_id', 'sumber'] as const;

/**
 * The data of the current view as a spreadsheet-safe CSV: the shown region (or none for Indonesia)
 * and its children, each with every year of `indicator` (an empty value where the year has no
 * published figure for that region, so gaps stay visible), with codes, names, unit and source (its
 * title in `lang`); `columns`: the ten column names in the page's language.
 */
export function viewCsv(bundle: IndicatorBundle, indicator: string, regions: readonly Region[], years: readonly number[], lang: 'id' | 'en', columns: readonly string[] = VIEW_CSV_COLUMNS): string {
  const def = bundle.catalogue.find((d) => d.id === indicator);
  const rows: CsvCell[][] = [];
  for (const r of regions)
    for (const y of years) {
      const cell = bundle.values[indicator]?.[String(y)]?.[r.kode];
      const src = cell ? bundle.sources[cell[1]] : undefined;
      rows.push([r.kode, r.kemendagri, r.name, r.level, indicator, y, cell?.[0], def?.unit[lang] ?? '', cell?.[1] ?? '', src ? sourceLine(sourceIn(src, lang), indicator) : '']);
    }
  return toSafeCsv(columns, rows);
}

/** File name of the view download: `lokus-p0-5300.csv`-like, ASCII only. */
export function viewCsvName(indicator: string, region: string): string {
  return `lokus-${indicator.replace(/[^a-z0-9_-]/gi, '_')}-${region || 'indonesia'}.csv`;
}

/** Columns of `indicators.csv` and what they hold (the first part of the data dictionary). */
const INDICATORS_CSV_DICTIONARY: [string, string][] = [
  ['kode_bps', 'BPS region code without dots (2 digits provinsi, 4 kabupaten/kota, 7 kecamatan, 10 desa)'],
  ['kode_kemendagri', 'Kemendagri code with dots (53.01; desa 53.01.24.2002), empty where no match'],
  ['level', 'provinsi, kabupaten, kecamatan or desa (IDM 2024 only below the kabupaten)'],
  ['indicator', 'indicator id (see the indicator rows below)'],
  ['year', 'data year (for FSVA/IKP: the edition year; inputs are the previous year)'],
  ['value', 'the published figure, dot decimal; computed by Lokus only where the source says so (LOKUS_FROM_IDM_2024)'],
  ['unit', 'unit of value'],
  ['source', 'source id (see the source rows below)'],
];

/**
 * The data dictionary of `indicators.csv` as a spreadsheet-safe CSV: its columns, then each
 * indicator (label, unit, definition, publisher, direction), then each source (title, publisher,
 * URL, licence, note, and in two more columns the copy it came through and the publisher's own table;
 * titles and copies in `lang` where the register has them in English).
 */
export function dataDictionaryCsv(bundle: IndicatorBundle, lang: 'id' | 'en'): string {
  const rows: CsvCell[][] = INDICATORS_CSV_DICTIONARY.map(([c, what]) => ['column', c, what, '', '', '', '', '', '']);
  for (const d of bundle.catalogue) rows.push(['indicator', d.id, d.label[lang], d.unit[lang], d.definition[lang], d.publisher, d.direction, '', '']);
  for (const s of Object.values(bundle.sources).map((x) => sourceIn(x, lang))) rows.push(['source', s.id, s.title, s.publisher, s.url ?? '', s.licence ?? '', s.note ?? '', s.via ?? '', publisherUrlCell(s)]);
  return toSafeCsv(['kind', 'id', 'description', 'unit_or_publisher', 'definition_or_url', 'publisher_or_licence', 'direction_or_note', 'source_via', 'source_publisher_url'], rows);
}
