import type { Region } from '../regions/region.ts';
import { isKelurahan } from './idm-status.ts';
import type { IdmDesa } from './read-idm.ts';

/** The IDM ↔ registry join by Kemendagri desa code, on both sides. */
export interface IdmJoin {
  /** IDM desa (scored or not) whose code is a desa of the registry. */
  joined: number;
  /** IDM desa with no registry desa of that Kemendagri code (no polygon in the boundaries). */
  idmWithoutRegion: IdmDesa[];
  /** Registry desa-level units with a Kemendagri code but no IDM row: kelurahan (not scored, expected) and desa. */
  kelurahanNotScored: Region[];
  desaWithoutIdm: Region[];
  /** Registry desa-level units without a Kemendagri code (cannot be joined at all). */
  withoutCode: Region[];
}

/** Join IDM desa to the registry's desa by Kemendagri code (never by name). Pure. */
export function idmJoin(desa: readonly IdmDesa[], regions: readonly Region[]): IdmJoin {
  const registry = regions.filter((r) => r.level === 'desa');
  const codes = new Set(registry.map((r) => r.kemendagri).filter(Boolean));
  const idmCodes = new Set(desa.map((d) => d.kemendagri));
  const out: IdmJoin = { joined: 0, idmWithoutRegion: [], kelurahanNotScored: [], desaWithoutIdm: [], withoutCode: [] };
  for (const d of desa) {
    if (codes.has(d.kemendagri)) out.joined++;
    else out.idmWithoutRegion.push(d);
  }
  for (const r of registry) {
    if (!r.kemendagri) out.withoutCode.push(r);
    else if (idmCodes.has(r.kemendagri)) continue;
    else if (isKelurahan(r.kemendagri)) out.kelurahanNotScored.push(r);
    else out.desaWithoutIdm.push(r);
  }
  return out;
}

/** The join as CSV rows for `idm-join.csv`: side, Kemendagri code, registry code, name, reason. */
export function idmJoinRows(j: IdmJoin): string[][] {
  return [
    ...j.idmWithoutRegion.map((d) => ['idm', d.kemendagri, '', d.name, `IDM 2024 desa with no desa of this Kemendagri code in regions.csv (no polygon); ${d.at}`]),
    ...j.desaWithoutIdm.map((r) => ['regions', r.kemendagri, r.kode, r.name, 'desa in regions.csv with no IDM 2024 row of this Kemendagri code']),
    ...j.kelurahanNotScored.map((r) => ['regions', r.kemendagri, r.kode, r.name, 'kelurahan: not scored by IDM (expected)']),
    ...j.withoutCode.map((r) => ['regions', '', r.kode, r.name, 'desa in regions.csv without a Kemendagri code: cannot be joined']),
  ];
}
