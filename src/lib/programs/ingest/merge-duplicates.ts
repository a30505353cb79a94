import { fold } from '../../names.ts';
import { LEVELS } from '../../types.ts';
import type { ProgramLocus } from '../types.ts';

/** A program naming one of Kemnaker's own training units (UPTP: BBPVP, BPVP, the former BLK UPTP). */
const KEMNAKER_UNIT = /\bUPTP\b|\bB?BPVP\b|pelatihan vokasi dan produktivitas/i;

/**
 * Tier and place of a Kemnaker training unit's name: "BBPVP Bandung" and "BALAI BESAR PELATIHAN
 * VOKASI DAN PRODUKTIVITAS BANDUNG" → "bbpvp:bandung"; "BLK Sidoarjo" (BLK UPTP, renamed BPVP in
 * 2021) and "BPVP SIDOARJO" → "unit:sidoarjo". Undefined for any other name.
 */
export function trainingUnitKey(name: string): string | undefined {
  const s = name.toUpperCase()
    .replace(/BALAI BESAR PELATIHAN VOKASI DAN PRODUKTIVITAS/g, 'BBPVP')
    .replace(/BALAI PELATIHAN VOKASI DAN PRODUKTIVITAS/g, 'BPVP')
    .replace(/BALAI LATIHAN KERJA/g, 'BLK');
  const m = /^(BBPVP|BPVP|BLK)\s+(?:UPTP\s+)?([^(]+)/.exec(s.trim());
  if (!m) return undefined;
  const place = fold(m[2].replace(/\bKAB(?:UPATEN)?\.?\s|\bKOTA\s/g, ''));
  return place ? `${m[1] === 'BBPVP' ? 'bbpvp' : 'unit'}:${place}` : undefined;
}

/** One merge: the kept locus and the dropped duplicate. */
export interface MergedDuplicate {
  kept: string;
  dropped: string;
  name: string;
}

/**
 * Merge a dataset into the loci already kept (`base`, e.g. the shipped list) when the same
 * training unit is in both. Rule: a `base` locus and an `added` locus are one institution when
 * (1) both are `skills_training` and both programs name a Kemnaker unit (UPTP, BBPVP or BPVP),
 * (2) their names give the same {@link trainingUnitKey} (tier and place), and (3) the added
 * locus lies inside the base locus's region (same code at the base locus's level). The base
 * locus is kept (its id, name and sources) and lists the added id in `sameAs`; the added locus is
 * dropped. A merge never moves a locus to a coarser place: when the added locus is placed finer
 * (a desa inside the base locus's province), the kept locus takes its place (point, codes, level,
 * how it was located). Anything else is kept from both.
 */
export function mergeDuplicates(base: readonly ProgramLocus[], added: readonly ProgramLocus[]): { loci: ProgramLocus[]; merged: MergedDuplicate[] } {
  const unit = (p: ProgramLocus) => (p.intervention === 'skills_training' && KEMNAKER_UNIT.test(p.program) ? trainingUnitKey(p.name) : undefined);
  const byKey = new Map<string, ProgramLocus[]>();
  const kept = base.map((p) => ({ ...p }));
  for (const p of kept) {
    const k = unit(p);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), p]);
  }
  const merged: MergedDuplicate[] = [];
  const out: ProgramLocus[] = [];
  for (const a of added) {
    const k = unit(a);
    const b = k ? byKey.get(k)?.find((x) => x.level !== undefined && x[x.level] !== undefined && a[x.level] === x[x.level]) : undefined;
    if (!b) { out.push(a); continue; }
    b.sameAs = [...(b.sameAs ?? []), a.id];
    if (LEVELS.indexOf(a.level ?? 'provinsi') > LEVELS.indexOf(b.level ?? 'provinsi')) takePlace(b, a);
    merged.push({ kept: b.id, dropped: a.id, name: a.name });
  }
  return { loci: [...kept, ...out], merged };
}

/** Give `to` the placement of `from` (a finer one): point, region codes, level, how it was located. */
function takePlace(to: ProgramLocus, from: ProgramLocus): void {
  to.lon = from.lon;
  to.lat = from.lat;
  to.locatedBy = from.locatedBy;
  for (const l of LEVELS) {
    if (from[l] !== undefined) to[l] = from[l];
    else delete to[l];
  }
  to.level = from.level;
  if (from.nameMatch) to.nameMatch = from.nameMatch;
  else delete to.nameMatch;
}
