import type { BoundarySource, KemendagriList, SourceFeature } from '../boundary/types.ts';
import { DataError } from '../errors.ts';
import { nameKey, splitKind } from '../names.ts';
import { matchDesa, type KecamatanMatch } from './match-desa.ts';
import { nameMethod, similarNames } from './similar-names.ts';
import type { Alias, Crosswalk, CrosswalkRow, Unmatched } from './types.ts';
import { groupBy } from './group-by.ts';

export { oneEditApart } from './similar-names.ts';

/** Inputs besides the two code lists: the BPS↔Kemendagri kabupaten table and the manual tables. */
export interface CrosswalkInputs {
  source: BoundarySource;
  kemendagri: KemendagriList;
  /** Kemendagri kabupaten code → BPS 2020 kabupaten code (BPS SIG bridging, 514 rows). */
  kabupatenBps: Map<string, string>;
  /** Kemendagri province code → BPS province code, for provinces whose BPS code is not the prefix of their kabupaten codes. */
  provinsiBps: Map<string, string>;
  aliases: Alias[];
  /** File names used in error messages. */
  files?: { aliases?: string };
}


/**
 * Pair the boundary source's regions with Kemendagri's code list at all four levels.
 * Kabupaten: BPS code via the bridging table, confirmed by name; else name within the
 * province (and its post-2022 successors); else a manual alias. Kecamatan: name within the
 * kabupaten, then within kabupaten created after the boundary source (these are regrouped
 * under their current kabupaten). Desa: see `matchDesa` (own kecamatan first, then the kabupaten).
 * Every region left over on either side is listed in `unmatched` with its reason.
 * Throws `DataError` when an alias names an unknown code.
 */
export function buildCrosswalk(input: CrosswalkInputs): Crosswalk {
  const { source, kemendagri: kd, kabupatenBps } = input;
  const aliasFile = input.files?.aliases ?? 'aliases.csv';
  const known = new Set([...kd.provinces, ...kd.regencies, ...kd.districts, ...kd.villages].map((x) => x.code));
  for (const a of input.aliases)
    if (!known.has(a.kodeKemendagri)) throw new DataError(`${aliasFile} row ${a.line}, column "kode_kemendagri": "${a.kodeKemendagri}" is not a Kemendagri code in idn-area-data (alias for "${a.sourceName}")`, { file: aliasFile, row: a.line, column: 'kode_kemendagri', value: a.kodeKemendagri });
  const alias = (level: string, province: string, name: string) =>
    input.aliases.filter((a) => a.level === level && (a.province === '' || nameKey(a.province) === nameKey(province)) && nameKey(a.sourceName) === nameKey(name)).map((a) => a.kodeKemendagri);

  const rows: CrosswalkRow[] = [];
  const unmatched: Unmatched[] = [];

  // --- provinsi: names of the source's provinces → Kemendagri provinces (+ post-split successors)
  const provByKey = new Map(kd.provinces.map((p) => [nameKey(p.name), p.code]));
  const sourceProvinces = [...new Set(source.kabupaten.map((f) => f.provinceName))];
  const provinceOf = new Map<string, string>();
  for (const name of sourceProvinces) {
    const code = provByKey.get(nameKey(name)) ?? alias('provinsi', '', name)[0];
    if (!code) throw new DataError(`boundary source province "${name}" matches no Kemendagri province; add a row to ${aliasFile} (level provinsi)`, { file: aliasFile, value: name });
    provinceOf.set(name, code);
  }
  const successors = new Map<string, string[]>(); // source province → Kemendagri provinces its kabupaten may now be in
  for (const name of sourceProvinces) successors.set(name, [provinceOf.get(name)!, ...alias('provinsi_successor', name, name)]);

  // --- kabupaten
  const bpsToKab = new Map([...kabupatenBps].map(([k, b]) => [b, k]));
  const kabByCode = new Map(kd.regencies.map((r) => [r.code, r]));
  const kabOfSource = new Map<string, string>(); // source id → Kemendagri kabupaten
  const kabMethod = new Map<string, { method: string; note: string; ids: string[] }>();
  for (const f of source.kabupaten) {
    if (f.water) continue;
    const provs = successors.get(f.provinceName)!;
    const candidates = kd.regencies.filter((r) => provs.includes(r.provinceCode));
    const byName = candidates.filter((r) => nameKey(r.name) === nameKey(f.name) && (f.kind === null || kindOf(r.name) === f.kind));
    const viaCode = f.code ? bpsToKab.get(f.code) : undefined;
    const viaAlias = alias('kabupaten', f.provinceName, f.name);
    let code: string | undefined, method = '', note = '';
    if (viaCode && byName.length === 1 && byName[0].code === viaCode) (code = viaCode), (method = 'code');
    else if (viaAlias.length) (code = viaAlias[0]), (method = 'manual alias');
    else if (byName.length === 1) {
      code = byName[0].code;
      method = viaCode ? 'normalized name' : 'normalized name (no BPS code in source)';
      if (viaCode && viaCode !== code) note = `source BPS code ${f.code} belongs to ${kabByCode.get(viaCode)?.name}; name wins`;
    } else if (viaCode && candidates.some((r) => r.code === viaCode)) {
      code = viaCode;
      method = 'code';
      note = `name differs: source "${f.name}", Kemendagri "${kabByCode.get(viaCode)!.name}"`;
    }
    if (!code) {
      unmatched.push({ level: 'kabupaten', side: 'boundary', code: f.code, name: f.name, parent: f.provinceName, reason: byName.length > 1 ? 'ambiguous name' : 'no Kemendagri kabupaten with this code or name in the province' });
      continue;
    }
    kabOfSource.set(f.id, code);
    const m = kabMethod.get(code);
    if (m) m.ids.push(f.id), (m.note = [m.note, `also source feature ${f.id}`].filter(Boolean).join('; '));
    else kabMethod.set(code, { method, note, ids: [f.id] });
  }
  const provBps = (kem: string) => input.provinsiBps.get(kem) ?? provinceBpsByPrefix(kem, kd, kabupatenBps);
  const newKabs = kd.regencies.filter((r) => !kabMethod.has(r.code));

  // --- kecamatan: name within the kabupaten, then within kabupaten newer than the source
  const districtsByKab = groupBy(kd.districts, (d) => d.regencyCode);
  const desaBySourceKec = groupBy(source.desa, (d) => d.parentId);
  const kecOfSource = new Map<string, KecamatanMatch>();
  const kecRows = new Map<string, CrosswalkRow>();
  const usedDistricts = new Map<string, string>();
  const pendingKec: { f: SourceFeature; row: CrosswalkRow; parentKab: string; reason: string }[] = [];
  for (const f of source.kecamatan) {
    if (f.water) continue;
    const parentKab = kabOfSource.get(f.parentId);
    const kodeBps = f.code || majorityPrefix(desaBySourceKec.get(f.id) ?? [], 7);
    if (!kodeBps) {
      unmatched.push({ level: 'kecamatan', side: 'boundary', code: '', name: f.name, parent: f.parentId, reason: 'no BPS code in the source and none derivable from its desa' });
      continue;
    }
    if (!parentKab) {
      unmatched.push({ level: 'kecamatan', side: 'boundary', code: kodeBps, name: f.name, parent: f.parentId, reason: 'parent kabupaten not matched' });
      continue;
    }
    const key = nameKey(f.name);
    const own = (districtsByKab.get(parentKab) ?? []).filter((d) => nameKey(d.name) === key);
    const provs = new Set(successors.get(f.provinceName));
    const moved = newKabs.filter((r) => provs.has(r.provinceCode)).flatMap((r) => (districtsByKab.get(r.code) ?? []).filter((d) => nameKey(d.name) === key));
    const viaAlias = alias('kecamatan', f.provinceName, f.name).filter((c) => c.startsWith(parentKab) || newKabs.some((r) => c.startsWith(r.code + '.')));
    let kem = '', method = 'unmatched', note = '';
    if (own.length === 1) (kem = own[0].code), (method = nameMethod(f.name, own[0].name));
    else if (own.length === 0 && moved.length === 1) (kem = moved[0].code), (method = 'normalized name (regrouped)'), (note = `moved from ${kabByCode.get(parentKab)!.name} to ${kabByCode.get(moved[0].regencyCode)!.name}`);
    else if (viaAlias.length) (kem = viaAlias[0]), (method = 'manual alias');
    const kab = kem ? kem.slice(0, 5) : parentKab;
    const prev = kecRows.get(kodeBps);
    if (prev) {
      // Two source features with one BPS code (GADM duplicates, e.g. "Setia Budi"/"Setiabudi"): one region.
      prev.sourceIds.push(f.id);
      if (!prev.kodeKemendagri && kem && !usedDistricts.has(kem)) (prev.kodeKemendagri = kem), (prev.method = method), (prev.name = nameOf(kd, kem, f.name));
      kecOfSource.set(f.id, { kodeBps, kem: prev.kodeKemendagri, kab: prev.kodeKemendagri ? prev.kodeKemendagri.slice(0, 5) : parentKab });
      continue;
    }
    if (kem && usedDistricts.has(kem)) (note = `Kemendagri ${kem} already matched to BPS ${usedDistricts.get(kem)}`), (kem = ''), (method = 'unmatched');
    if (kem) usedDistricts.set(kem, kodeBps);
    const row: CrosswalkRow = { level: 'kecamatan', kodeBps, kodeKemendagri: kem, name: nameOf(kd, kem, f.name), parentKodeBps: kabupatenBps.get(kab)!, method, sourceIds: [f.id], note };
    kecRows.set(kodeBps, row);
    kecOfSource.set(f.id, { kodeBps, kem, kab });
    if (!kem) pendingKec.push({ f, row, parentKab, reason: note || (own.length > 1 || moved.length > 1 ? 'ambiguous name in Kemendagri list' : `no kecamatan of this name in ${kabByCode.get(parentKab)!.name}`) });
  }
  // Second pass, once every exact pairing is taken: a unique unused name one edit away.
  for (const { f, row, parentKab, reason } of pendingKec) {
    const near = reason.startsWith('no kecamatan') ? (districtsByKab.get(parentKab) ?? []).filter((d) => !usedDistricts.has(d.code) && similarNames(f.name, d.name)) : [];
    if (near.length === 1) {
      Object.assign(row, { kodeKemendagri: near[0].code, name: near[0].name, method: 'similar name (1 edit)', note: `source "${f.name}"` });
      usedDistricts.set(near[0].code, row.kodeBps);
      for (const [id, k] of kecOfSource) if (k.kodeBps === row.kodeBps) kecOfSource.set(id, { ...k, kem: near[0].code });
    } else unmatched.push({ level: 'kecamatan', side: 'boundary', code: row.kodeBps, name: f.name, parent: kabupatenBps.get(parentKab)!, reason });
  }

  // --- desa: own kecamatan first for every desa, then the kabupaten, then one edit (match-desa.ts)
  const desa = matchDesa({ desa: source.desa, kecOfSource, villages: kd.villages });
  const { usedVillages } = desa;
  unmatched.push(...desa.unmatched);

  // --- assemble: provinsi and kabupaten complete from the Kemendagri list
  for (const p of kd.provinces)
    rows.push({ level: 'provinsi', kodeBps: provBps(p.code), kodeKemendagri: p.code, name: p.name, parentKodeBps: '', method: input.provinsiBps.has(p.code) ? 'manual (data/crosswalk/provinsi_bps.csv)' : 'code (prefix of its kabupaten BPS codes)', sourceIds: [], note: '' });
  for (const r of kd.regencies) {
    const m = kabMethod.get(r.code);
    const kodeBps = kabupatenBps.get(r.code);
    if (!kodeBps) throw new DataError(`kabupaten_codes_bps_kemendagri.csv: no BPS code for Kemendagri ${r.code} ${r.name}`, { value: r.code });
    const kecs = [...kecRows.values()].filter((k) => k.parentKodeBps === kodeBps);
    const regrouped = !m && kecs.length > 0;
    rows.push({ level: 'kabupaten', kodeBps, kodeKemendagri: r.code, name: r.name, parentKodeBps: provBps(r.provinceCode), method: m?.method ?? (regrouped ? 'regrouped from kecamatan' : 'unmatched'), sourceIds: m?.ids ?? [], note: m?.note ?? (regrouped ? `no kabupaten polygon in the source; dissolved from ${kecs.length} kecamatan matched by name` : '') });
    if (!m && !regrouped) unmatched.push({ level: 'kabupaten', side: 'kemendagri', code: r.code, name: r.name, parent: r.provinceCode, reason: 'no polygon in the boundary source (created after it) and none of its kecamatan found' });
  }
  rows.push(...kecRows.values(), ...desa.rows);
  const matchedKec = new Set([...kecRows.values()].map((k) => k.kodeKemendagri));
  for (const d of kd.districts) if (!matchedKec.has(d.code)) unmatched.push({ level: 'kecamatan', side: 'kemendagri', code: d.code, name: d.name, parent: d.regencyCode, reason: 'no kecamatan polygon of this name in the boundary source (new since, renamed, or spelled differently)' });
  for (const v of kd.villages) if (!usedVillages.has(v.code)) unmatched.push({ level: 'desa', side: 'kemendagri', code: v.code, name: v.name, parent: v.districtCode, reason: matchedKec.has(v.districtCode) ? 'no desa polygon of this name in its kecamatan or kabupaten' : 'its kecamatan has no polygon in the boundary source' });
  return { rows, unmatched, refused: desa.refused };
}

function kindOf(kemName: string): SourceFeature['kind'] {
  return splitKind(kemName).kind;
}

const districtNames = new WeakMap<KemendagriList, Map<string, string>>();
function nameOf(kd: KemendagriList, kem: string, fallback: string): string {
  let m = districtNames.get(kd);
  if (!m) districtNames.set(kd, (m = new Map(kd.districts.map((d) => [d.code, d.name]))));
  return (kem && m.get(kem)) || fallback;
}

/** The most common `n`-digit prefix of the features' BPS codes ('' if none). */
function majorityPrefix(features: SourceFeature[], n: number): string {
  const counts = new Map<string, number>();
  for (const f of features) if (f.code.length > n) counts.set(f.code.slice(0, n), (counts.get(f.code.slice(0, n)) ?? 0) + 1);
  let best = '', bestN = 0;
  for (const [k, c] of counts) if (c > bestN) (best = k), (bestN = c);
  return best;
}

function provinceBpsByPrefix(kem: string, kd: KemendagriList, kabupatenBps: Map<string, string>): string {
  const prefixes = new Map<string, number>();
  for (const r of kd.regencies) if (r.provinceCode === kem) {
    const b = kabupatenBps.get(r.code)?.slice(0, 2);
    if (b) prefixes.set(b, (prefixes.get(b) ?? 0) + 1);
  }
  const sorted = [...prefixes].sort((a, b) => b[1] - a[1]);
  if (!sorted.length) throw new DataError(`no BPS code can be derived for Kemendagri province ${kem}; add it to data/crosswalk/provinsi_bps.csv`, { value: kem });
  return sorted[0][0];
}
