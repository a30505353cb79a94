import { DataError } from '../errors.ts';
import { idmStatusOf, type IdmStatus } from './idm-status.ts';

/** One desa of the IDM 2024 files (Kemendes PDTT), as published. */
export interface IdmDesa {
  /** Kemendagri desa code, digits only (`5301252001`). */
  kode: string;
  /** The same with dots (`53.01.25.2001`), the registry's form. */
  kemendagri: string;
  name: string;
  /** Null for the desa the file lists without a score (status 0, every index empty). */
  idm: number | null;
  iks: number | null;
  ike: number | null;
  ikl: number | null;
  status: IdmStatus | null;
  /** Where it came from, for reports: `prov/53.json kec 530125 (kec[0]) ds[0]`. */
  at: string;
}

/** A published status that contradicts the official thresholds, accepted because it is listed (code, score, status). */
export interface IdmStatusException {
  kode: string;
  idm: number;
  status: IdmStatus;
  note: string;
}

/** What {@link readIdm} found: the desa, and the expected gaps it counted (never dropped silently). */
export interface IdmRead {
  desa: IdmDesa[];
  /** Desa listed without a score (status 0). */
  noScore: IdmDesa[];
  /** Desa with an empty name (kept: code and figures are fine). */
  emptyName: IdmDesa[];
  /** Listed exceptions that were applied (published status kept). */
  exceptions: (IdmDesa & { expected: IdmStatus; note: string })[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/**
 * `meta.json` of the IDM copy: the official thresholds `thr` (Mandiri, Maju, Berkembang, Tertinggal),
 * four descending numbers in 0–1. Throws `DataError` naming the file otherwise.
 */
export function readIdmThresholds(json: unknown, file: string): readonly [number, number, number, number] {
  const thr = isObject(json) ? json.thr : undefined;
  if (!Array.isArray(thr) || thr.length !== 4 || !thr.every(isIndex) || !thr.every((t, i) => i === 0 || t < (thr[i - 1] as number)))
    throw new DataError(`${file}, "thr": ${JSON.stringify(thr)} is not four descending thresholds in 0–1 (Mandiri, Maju, Berkembang, Tertinggal)`, { file, column: 'thr', value: thr });
  return [thr[0], thr[1], thr[2], thr[3]] as [number, number, number, number];
}

/**
 * Read the IDM province files strictly: `{ k, kec: [{ k, kb, ds: [[suffix, name, IDM, IKS, IKE, IKL, status, flag]] }] }`.
 * Stops (`DataError` naming file, kecamatan, row and value) on a code that is not Kemendagri-shaped
 * (2-digit province = the file's, 4-digit kabupaten, 6-digit kecamatan, 4-digit desa suffix), a duplicate
 * desa code (across files), a status outside 1–5, an index outside 0–1, an IDM that is not the mean of
 * IKS, IKE and IKL, or a status that contradicts the thresholds (status s when IDM ≥ thr[s − 1]; the
 * files give 4 decimals and every IDM on a threshold has the upper class) unless listed in `exceptions`.
 * A desa with status 0 and no figures is counted in `noScore`; an empty name in `emptyName`.
 */
export function readIdm(files: readonly { file: string; json: unknown }[], thresholds: readonly number[], exceptions: readonly IdmStatusException[] = []): IdmRead {
  const out: IdmRead = { desa: [], noScore: [], emptyName: [], exceptions: [] };
  const seen = new Map<string, string>();
  const listed = new Map(exceptions.map((e) => [e.kode, e]));
  for (const { file, json } of files) {
    const prov = isObject(json) ? json.k : undefined;
    if (typeof prov !== 'string' || !/^\d{2}$/.test(prov)) throw new DataError(`${file}, "k": ${JSON.stringify(prov)} is not a 2-digit Kemendagri province code`, { file, column: 'k', value: prov });
    const kecs = isObject(json) ? json.kec : undefined;
    if (!Array.isArray(kecs)) throw new DataError(`${file}: "kec" is not a list of kecamatan`, { file, column: 'kec' });
    kecs.forEach((kec: unknown, ki) => {
      const k = isObject(kec) ? kec.k : undefined, kb = isObject(kec) ? kec.kb : undefined, ds = isObject(kec) ? kec.ds : undefined;
      const kecAt = `${file} kec[${ki}]`;
      if (typeof kb !== 'string' || !/^\d{4}$/.test(kb) || !kb.startsWith(prov)) throw new DataError(`${kecAt}, "kb": ${JSON.stringify(kb)} is not a 4-digit Kemendagri kabupaten code in province ${prov}`, { file, row: ki, column: 'kb', value: kb });
      if (typeof k !== 'string' || !/^\d{6}$/.test(k) || !k.startsWith(kb)) throw new DataError(`${kecAt}, "k": ${JSON.stringify(k)} is not a 6-digit Kemendagri kecamatan code in kabupaten ${kb}`, { file, row: ki, column: 'k', value: k });
      if (!Array.isArray(ds)) throw new DataError(`${kecAt} (${k}): "ds" is not a list of desa`, { file, row: ki, column: 'ds' });
      ds.forEach((row: unknown, di) => out.desa.push(readRow(row, `${file} kec ${k} (kec[${ki}]) ds[${di}]`, { file, k, thresholds, listed, seen, out })));
    });
  }
  return out;
}

interface RowContext {
  file: string;
  k: string;
  thresholds: readonly number[];
  listed: Map<string, IdmStatusException>;
  seen: Map<string, string>;
  out: IdmRead;
}

function readRow(row: unknown, at: string, c: RowContext): IdmDesa {
  const bad = (column: string, value: unknown, expected: string) => new DataError(`${at}, ${column}: ${JSON.stringify(value)} — expected ${expected}`, { file: c.file, column, value });
  if (!Array.isArray(row) || row.length < 7) throw bad('row', row, '[suffix, name, IDM, IKS, IKE, IKL, status, flag]');
  const [suffix, name, idm, iks, ike, ikl, status] = row as unknown[];
  if (typeof suffix !== 'string' || !/^\d{4}$/.test(suffix)) throw bad('desa code suffix', suffix, 'four digits (Kemendagri desa code = kecamatan code + suffix)');
  const kode = c.k + suffix;
  const first = c.seen.get(kode);
  if (first) throw bad('desa code', kode, `a code listed once; first at ${first}`);
  c.seen.set(kode, at);
  if (typeof name !== 'string') throw bad('name', name, 'a string');
  const figures = [idm, iks, ike, ikl];
  const d: IdmDesa = { kode, kemendagri: `${kode.slice(0, 2)}.${kode.slice(2, 4)}.${kode.slice(4, 6)}.${suffix}`, name: name.trim(), idm: null, iks: null, ike: null, ikl: null, status: null, at };
  if (!name.trim()) c.out.emptyName.push(d);
  if (status === 0 && figures.every((f) => f === null)) {
    c.out.noScore.push(d);
    return d;
  }
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 1 || status > 5) throw bad('status', status, 'an integer 1–5 (1 Mandiri … 5 Sangat Tertinggal), or 0 with no figures');
  (['IDM', 'IKS', 'IKE', 'IKL'] as const).forEach((col, i) => {
    if (!isIndex(figures[i])) throw bad(col, figures[i], 'a number from 0 to 1');
  });
  Object.assign(d, { idm, iks, ike, ikl, status });
  const mean = ((iks as number) + (ike as number) + (ikl as number)) / 3;
  if (Math.abs(mean - (idm as number)) > 0.0005) throw bad('IDM', idm, `(IKS + IKE + IKL) / 3 = ${mean.toFixed(4)}`);
  const expected = idmStatusOf(idm as number, c.thresholds);
  if (expected !== status) {
    const ex = c.listed.get(kode);
    if (!ex || ex.idm !== idm || ex.status !== status)
      throw bad('status', status, `${expected} for IDM ${idm as number} by the official thresholds ${c.thresholds.join(' / ')} (or a line in the status exceptions with this code, score and status)`);
    c.out.exceptions.push({ ...d, expected, note: ex.note });
  }
  return d;
}
