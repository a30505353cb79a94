import { fold } from '../../names.ts';
import type { RegionLookup } from '../../regions/region-lookup.ts';
import { LEVELS, type Level } from '../../types.ts';
import { matchNames, type NameMatch, type NameMethod, type PlaceNames } from './match-names.ts';
import { parseAddress } from './parse-address.ts';

/** A register row's place columns: the `Village` cell, the `Address` text, and its kab/kota and province. */
export interface AddressRow {
  village: string;
  address: string;
  kabupaten: string;
  provinsi: string;
}

/** Where a row is placed and why, when its Address and its Village column are read together. */
export interface AddressPlace {
  /** The names to place the row by (registry names once decided, so that matching them is certain). */
  names: PlaceNames;
  /** How it was placed: the name method of the names, or `address` / `disputed` when Village and address disagree. */
  method?: NameMethod;
  /** Set when Village and the address disagree (or the Village is a kecamatan's name): what the report lists. */
  conflict?: { registerSays: string; placedAt: string; why: string };
  /** A desa name matched one letter apart: as written and the registry's name. */
  oneEdit?: { given: string; matched: string };
}

type Hit = { level: Level; index: number; method: NameMethod; given?: string };

/** The finest region `names` reach, or undefined unless it is a region of `level` (one match, not ambiguous). */
function reach(lookup: RegionLookup, names: PlaceNames, level: Level): Hit | undefined {
  const m: NameMatch = matchNames(lookup, names);
  if (m.level !== level || m.index === undefined || m.method === 'ambiguous' || m.method === 'parent-only' || m.method === 'unmatched') return undefined;
  return { level, index: m.index, method: m.method };
}

const oneEdit = (lookup: RegionLookup, hit: Hit) =>
  hit.method === 'one-edit' && hit.given ? { oneEdit: { given: hit.given, matched: lookup.levels[hit.level].name[hit.index] } } : {};

/** The names of a region and its ancestors, from the registry. */
function namesOf(lookup: RegionLookup, level: Level, index: number): PlaceNames {
  const out: PlaceNames = {};
  for (let li = LEVELS.indexOf(level), i = index; li >= 0 && i >= 0; li--) {
    out[LEVELS[li]] = lookup.levels[LEVELS[li]].name[i];
    i = lookup.parentIndex[LEVELS[li]][i];
  }
  return out;
}

const label = (lookup: RegionLookup, level: Level, index: number) => {
  const n = namesOf(lookup, level, index);
  return level === 'desa' ? `desa ${n.desa} (Kec. ${n.kecamatan})` : `${level} ${n[level]}`;
};

/** Word sequences of a name, shortest last ("BAKALANPULE TIKUNG LAMONGAN" → the three prefixes, longest first). */
const prefixes = (name: string) => {
  const w = name.split(/\s+/).filter(Boolean);
  return w.map((_, i) => w.slice(0, w.length - i).join(' '));
};

/**
 * The desa a name fits under the kab/kota (and the kecamatan, when given): the whole name first,
 * then its leading words (an address that runs on: "BAKALANPULE TIKUNG LAMONGAN"). When the name
 * fits several desa of the kab/kota, the one whose kecamatan's name is written in the address settles it.
 */
function findDesa(lookup: RegionLookup, base: PlaceNames, name: string, kecamatan: string | undefined, address: string): Hit | undefined {
  for (const [i, n] of prefixes(name).entries()) {
    const hit = (kecamatan && reach(lookup, { ...base, kecamatan, desa: n }, 'desa')) || reach(lookup, { ...base, desa: n }, 'desa');
    if (hit && (i === 0 || hit.method !== 'one-edit')) return { ...hit, given: n };
    if (!kecamatan) {
      const settled = settleByText(lookup, base, n, address);
      if (settled) return settled;
    }
  }
  return undefined;
}

/** Among the kecamatan of the kab/kota whose names appear in the address as whole words, the one where the desa name fits. */
function settleByText(lookup: RegionLookup, base: PlaceNames, desa: string, address: string): Hit | undefined {
  const kab = reach(lookup, base, 'kabupaten');
  if (!kab) return undefined;
  const text = ` ${address.toUpperCase().replace(/[^A-Z0-9]+/g, ' ')} `;
  const kecNames = lookup.levels.kecamatan.name;
  const hits = (lookup.children.kecamatan.get(lookup.levels.kabupaten.kode[kab.index]) ?? [])
    .filter((k) => text.includes(` ${kecNames[k].toUpperCase().replace(/[^A-Z0-9]+/g, ' ')} `))
    .map((k) => reach(lookup, { ...base, kecamatan: kecNames[k], desa }, 'desa'))
    .filter((h): h is Hit => !!h);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Place a register row by its address and its `Village` column read together:
 * 1. the desa the address names ("Desa/Ds./Kel. X, Kec. Y") when it exists in the row's kab/kota (and
 *    in the kecamatan the address names): method `exact`/`normalised`/`one-edit` when Village
 *    names the same desa, else `address` and a conflict;
 * 2. otherwise the Village, within the address's kecamatan; but a Village that is the name of a
 *    kecamatan of the kab/kota (the address's, or any when the address names none) is read as
 *    that kecamatan, never as its namesake desa: placed kecamatan-wide, with a conflict;
 * 3. a Village used although the address names another desa (not found) is `disputed`, with a conflict.
 * Pure; the lookup must hold the desa and kecamatan of the row's kab/kota.
 */
export function placeByAddress(lookup: RegionLookup, row: AddressRow): AddressPlace {
  const base: PlaceNames = { provinsi: row.provinsi, kabupaten: row.kabupaten };
  const addr = parseAddress(row.address);
  const kab = reach(lookup, base, 'kabupaten');
  const given: PlaceNames = { ...base, ...(addr.kecamatan ? { kecamatan: addr.kecamatan } : {}), ...(row.village ? { desa: row.village } : {}) };
  if (!kab) return { names: given };
  const kec = addr.kecamatan ? prefixes(addr.kecamatan).map((k) => reach(lookup, { ...base, kecamatan: k }, 'kecamatan')).find(Boolean) : undefined;
  const kecName = kec ? lookup.levels.kecamatan.name[kec.index] : undefined;
  const village = row.village ? findDesa(lookup, base, row.village, kecName, row.address) : undefined;
  const says = `Village "${row.village}"${addr.desa ? `, address desa "${addr.desa}"` : ''}${addr.kecamatan ? `, kecamatan "${addr.kecamatan}"` : ''}`;
  const fromAddress = addr.desa ? findDesa(lookup, base, addr.desa, kecName, row.address) : undefined;
  if (fromAddress) {
    const names = namesOf(lookup, 'desa', fromAddress.index);
    if (village?.index === fromAddress.index || fold(row.village) === fold(addr.desa!)) {
      const hit = village?.index === fromAddress.index ? village : fromAddress;
      return { names, method: hit.method, ...oneEdit(lookup, hit) };
    }
    const vs = village ? `Village names ${label(lookup, 'desa', village.index)}` : row.village ? 'Village matches no desa there' : 'Village is empty';
    return { names, method: 'address', conflict: { registerSays: says, placedAt: label(lookup, 'desa', fromAddress.index), why: `the address names this desa; ${vs}` } };
  }
  // The Village cell holding a kecamatan's name (often the address's own kecamatan).
  const villageKec = row.village ? reach(lookup, { ...base, kecamatan: row.village }, 'kecamatan') : undefined;
  // Also when the address names another kecamatan but Village would only be found as the namesake desa (kab-wide).
  const namesake = villageKec && village && lookup.parentIndex.desa[village.index] === villageKec.index;
  if (villageKec && (!kec || kec.index === villageKec.index || namesake)) {
    const at = kec ?? villageKec;
    return {
      names: namesOf(lookup, 'kecamatan', at.index),
      method: 'parent-only',
      conflict: { registerSays: says, placedAt: label(lookup, 'kecamatan', at.index), why: `Village is the name of kecamatan ${lookup.levels.kecamatan.name[villageKec.index]}, not read as its namesake desa${addr.desa ? `; the address desa "${addr.desa}" is not found` : ''}: placed kecamatan-wide${kec && kec.index !== villageKec.index ? ' in the kecamatan the address names' : ''}` },
    };
  }
  if (addr.desa && village) {
    return { names: namesOf(lookup, 'desa', village.index), method: 'disputed', conflict: { registerSays: says, placedAt: label(lookup, 'desa', village.index), why: `the address desa "${addr.desa}" is not found in ${lookup.levels.kabupaten.name[kab.index]}; Village used` } };
  }
  if (village) return { names: namesOf(lookup, 'desa', village.index), method: village.method, ...oneEdit(lookup, village) };
  return { names: { ...given, ...(kecName ? { kecamatan: kecName } : {}) } };
}
