import { DataError } from '../errors.ts';
import { idmNeed } from './idm-need.ts';
import type { IdmDesa, IdmStatusException } from './read-idm.ts';
import { csvRows } from './read-stats.ts';
import type { StatRecord } from './stat-record.ts';

/** Source ids in `sources.csv`: the published desa figures, and what Lokus computed from them. */
export const IDM_SOURCE = 'KEMENDESA_IDM_2024';
export const IDM_NEED_SOURCE = 'LOKUS_FROM_IDM_2024';
export const IDM_YEAR = 2024;

/** Desa-level indicator ids (the published figures). */
export const IDM_DESA_INDICATORS = ['idm', 'idm_status', 'idm_iks', 'idm_ike', 'idm_ikl'] as const;
/** Area-level ids computed by Lokus (kecamatan, kabupaten, provinsi). */
export const IDM_NEED_INDICATORS = ['idm_need_share', 'idm_need_count', 'idm_scored_desa', 'idm_median'] as const;

const dotted = (kode: string) => kode.match(/^(\d{2})(\d{2})?(\d{2})?(\d{4})?$/)!.slice(1).filter(Boolean).join('.');

/**
 * The IDM desa figures as records keyed by Kemendagri desa code, and the need figures per
 * kecamatan, kabupaten and province (computed by Lokus: number and share of desa Tertinggal +
 * Sangat Tertinggal, median IDM, n). Desa without a score give no record (the reader counts them).
 */
export function idmRecords(desa: readonly IdmDesa[], file: string): StatRecord[] {
  const out: StatRecord[] = [];
  const rec = (kode: string, level: StatRecord['level'], indicator: string, value: number, source: string, line: number): StatRecord => ({ kodeKemendagri: dotted(kode), level, indicator, year: IDM_YEAR, value, source, file, line });
  desa.forEach((d, i) => {
    if (d.idm === null || d.status === null) return;
    const v = { idm: d.idm, idm_status: d.status, idm_iks: d.iks!, idm_ike: d.ike!, idm_ikl: d.ikl! };
    for (const id of IDM_DESA_INDICATORS) out.push(rec(d.kode, 'desa', id, v[id], IDM_SOURCE, i + 1));
  });
  for (const level of ['kecamatan', 'kabupaten', 'provinsi'] as const)
    idmNeed(desa, level).forEach((n, i) => {
      const v = { idm_need_share: n.needShare, idm_need_count: n.need, idm_scored_desa: n.scored, idm_median: n.median };
      for (const id of IDM_NEED_INDICATORS) out.push(rec(n.kode, level, id, v[id], IDM_NEED_SOURCE, i + 1));
    });
  return out;
}

/**
 * `status_exceptions.csv`: published statuses that contradict the thresholds and are kept as
 * published (kode_kemendagri with dots, idm, status, note). A bad line stops the build.
 */
export function readIdmExceptions(text: string, file: string): IdmStatusException[] {
  return csvRows(text, file, ['kode_kemendagri', 'idm', 'status', 'note']).map((row) => {
    const kode = row.get('kode_kemendagri'), idm = Number(row.get('idm')), status = Number(row.get('status'));
    if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(kode)) throw new DataError(`${file} row ${row.line}, column "kode_kemendagri": "${kode}" is not a Kemendagri desa code (11.01.01.2001)`, { file, row: row.line, column: 'kode_kemendagri', value: kode });
    if (!row.get('idm') || !(idm >= 0 && idm <= 1)) throw new DataError(`${file} row ${row.line}, column "idm": "${row.get('idm')}" is not a number from 0 to 1`, { file, row: row.line, column: 'idm', value: row.get('idm') });
    if (![1, 2, 3, 4, 5].includes(status)) throw new DataError(`${file} row ${row.line}, column "status": "${row.get('status')}" is not 1–5`, { file, row: row.line, column: 'status', value: row.get('status') });
    if (!row.get('note')) throw new DataError(`${file} row ${row.line}, column "note": empty (say why the published status is kept)`, { file, row: row.line, column: 'note' });
    return { kode: kode.replace(/\./g, ''), idm, status: status as IdmStatusException['status'], note: row.get('note') };
  });
}
