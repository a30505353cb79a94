import type { SourceFeature } from '../boundary/types.ts';
import { nameKey } from '../names.ts';
import { nameMethod, similarNames } from './similar-names.ts';
import type { CrosswalkRow, RefusedMatch, Unmatched } from './types.ts';
import { groupBy } from './group-by.ts';

/** Where a source kecamatan landed in the crosswalk: its BPS code, Kemendagri code ('' if none) and kabupaten. */
export interface KecamatanMatch {
  kodeBps: string;
  kem: string;
  kab: string;
}

export interface DesaMatchInputs {
  /** The source's desa features (lakes are skipped). */
  desa: SourceFeature[];
  /** Source kecamatan id → its crosswalk match. */
  kecOfSource: Map<string, KecamatanMatch>;
  villages: { code: string; districtCode: string; name: string }[];
}

export interface DesaMatches {
  rows: CrosswalkRow[];
  unmatched: Unmatched[];
  /** Kemendagri desa code → BPS code of the polygon it was given to. */
  usedVillages: Map<string, string>;
  /** Wider (within-kabupaten) matches refused because the Kemendagri desa's own kecamatan has a polygon of that name. */
  refused: RefusedMatch[];
}


/**
 * Pair source desa with Kemendagri desa in three passes, each over every desa before the next:
 * 1. the same normalized name within the desa's own (matched) kecamatan;
 * 2. where the own kecamatan has no desa of that name, the same name elsewhere in the kabupaten
 *    (kecamatan split since) — but never a Kemendagri desa whose own kecamatan has a source
 *    polygon of that name: that polygon is the desa (Karangsalam of Kec. Kemranjen is not the
 *    Karangsalam polygon of Kec. Baturraden, 30 km away). Such refusals are listed in `refused`;
 * 3. a unique unused name one edit away within the own kecamatan.
 * Running pass 1 over all desa first means the order of the source never lets a wider match take
 * a code before the right polygon is seen. Every polygon left over is in `unmatched` with its reason.
 */
export function matchDesa({ desa, kecOfSource, villages }: DesaMatchInputs): DesaMatches {
  const byDistrict = groupBy(villages, (v) => v.districtCode);
  const byKab = groupBy(villages, (v) => v.districtCode.slice(0, 5));
  const nameOfVillage = new Map(villages.map((v) => [v.code, v.name]));
  const rows: CrosswalkRow[] = [];
  const unmatched: Unmatched[] = [];
  const refused: RefusedMatch[] = [];
  const used = new Map<string, string>();
  // Names drawn in each Kemendagri kecamatan: "<district code> <name key>".
  const drawn = new Set<string>();
  for (const f of desa) {
    const kec = kecOfSource.get(f.parentId);
    if (!f.water && kec?.kem) drawn.add(`${kec.kem} ${nameKey(f.name)}`);
  }
  const take = (row: CrosswalkRow, code: string, method: string, note: string) => {
    Object.assign(row, { kodeKemendagri: code, name: nameOfVillage.get(code) ?? row.name, method, note });
    used.set(code, row.kodeBps);
  };

  // Pass 1: own kecamatan.
  const wider: { f: SourceFeature; row: CrosswalkRow; kec: KecamatanMatch }[] = [];
  const pending: { f: SourceFeature; row: CrosswalkRow; district: string; reason: string }[] = [];
  for (const f of desa) {
    if (f.water) continue;
    const kec = kecOfSource.get(f.parentId);
    if (!kec || !f.code) {
      unmatched.push({ level: 'desa', side: 'boundary', code: f.code, name: f.name, parent: kec?.kodeBps ?? f.parentId, reason: kec ? 'no BPS code in the source' : 'parent kecamatan not in the registry' });
      continue;
    }
    const row: CrosswalkRow = { level: 'desa', kodeBps: f.code, kodeKemendagri: '', name: f.name, parentKodeBps: kec.kodeBps, method: 'unmatched', sourceIds: [f.id], note: '' };
    rows.push(row);
    const own = kec.kem ? (byDistrict.get(kec.kem) ?? []).filter((v) => nameKey(v.name) === nameKey(f.name)) : [];
    if (own.length === 1 && !used.has(own[0].code)) take(row, own[0].code, nameMethod(f.name, own[0].name), '');
    else if (own.length === 1) pending.push({ f, row, district: kec.kem, reason: (row.note = `Kemendagri ${own[0].code} already matched to BPS ${used.get(own[0].code)}`) });
    else if (own.length > 1) pending.push({ f, row, district: kec.kem, reason: 'ambiguous name in Kemendagri list' });
    else wider.push({ f, row, kec });
  }

  // Pass 2: elsewhere in the kabupaten, only where the right kecamatan has no polygon of that name.
  for (const { f, row, kec } of wider) {
    const key = nameKey(f.name);
    const same = (byKab.get(kec.kab) ?? []).filter((v) => nameKey(v.name) === key);
    const elsewhere = same.filter((v) => drawn.has(`${v.districtCode} ${key}`));
    if (elsewhere.length) refused.push({ kodeBps: f.code, name: f.name, parentKodeBps: kec.kodeBps, kodeKemendagri: elsewhere.map((v) => v.code) });
    const open = same.filter((v) => !used.has(v.code) && !drawn.has(`${v.districtCode} ${key}`));
    if (open.length === 1) take(row, open[0].code, 'normalized name (within kabupaten)', kec.kem && open[0].districtCode !== kec.kem ? `now in kecamatan ${open[0].districtCode}` : '');
    else if (open.length > 1) pending.push({ f, row, district: kec.kem, reason: 'ambiguous name in Kemendagri list' });
    else if (elsewhere.length) pending.push({ f, row, district: kec.kem, reason: `Kemendagri ${elsewhere[0].code} of this name lies in another kecamatan, which has its own polygon of this name` });
    else pending.push({ f, row, district: kec.kem, reason: 'no desa of this name in the kecamatan or kabupaten' });
  }

  // Pass 3: one edit away within the own kecamatan, once every exact pairing is taken.
  for (const { f, row, district, reason } of pending) {
    const near = district && (reason.startsWith('no desa') || reason.endsWith('its own polygon of this name')) ? (byDistrict.get(district) ?? []).filter((v) => !used.has(v.code) && similarNames(f.name, v.name)) : [];
    if (near.length === 1) take(row, near[0].code, 'similar name (1 edit)', `source "${f.name}"`);
    else unmatched.push({ level: 'desa', side: 'boundary', code: row.kodeBps, name: f.name, parent: row.parentKodeBps, reason });
  }
  return { rows, unmatched, usedVillages: used, refused };
}
