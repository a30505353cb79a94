import type { Region } from '../types.ts';
import { fold, provinceKey, splitKind, type KabKind } from '../names.ts';

/** The registry fields the importer needs (a `Region` or a row of `regions.csv`). */
export type RegionRef = Pick<Region, 'level' | 'kode' | 'kemendagri' | 'name' | 'parent'>;

/** Which numbering a 4-digit code follows: BPS (5303 = Kab. Kupang) or Kemendagri (53.01 / 5301). */
export type CodeSystem = 'bps' | 'kemendagri';

/** Result of a name lookup: one region (and how it was found), several (ambiguous), or none. */
export type NameMatch =
  | { status: 'matched'; region: RegionRef; how: 'name' | 'alias' | 'convention' }
  | { status: 'ambiguous'; candidates: RegionRef[] }
  | { status: 'unmatched' };

/**
 * Old and variant kabupaten/kota names seen in BPS tables: `kind:key` of the name as written
 * (`*` for any or no prefix) → `kind:key` of the current name. Spacing and hyphen variants need no
 * alias: `fold` already drops them ("Tolitoli" = "Toli-Toli").
 */
export const KABUPATEN_ALIASES: Record<string, string> = {
  '*:tobasamosir': 'kabupaten:toba',
  '*:malukutenggarabarat': 'kabupaten:kepulauantanimbar',
  '*:mahakamhulu': 'kabupaten:mahakamulu',
  '*:siautagulandangbiaro': 'kabupaten:kepulauansiautagulandangbiaro',
  '*:mamujuutara': 'kabupaten:pasangkayu',
  '*:padangsidimpuan': 'kota:padangsidempuan',
  'kota:padangsidimpuan': 'kota:padangsidempuan',
  // Kabupaten Pontianak was renamed Mempawah (2014); bare "Pontianak" stays the kota.
  'kabupaten:pontianak': 'kabupaten:mempawah',
  // Kotabaru (Kalimantan Selatan) is a kabupaten that some tables write "Kota Baru".
  'kota:baru': 'kabupaten:kotabaru',
  // Spellings seen in Bapanas FSVA / IKP tables (abbreviations and typos of the current names).
  '*:kepsiautagulandangbiaro': 'kabupaten:kepulauansiautagulandangbiaro',
  '*:pahuwato': 'kabupaten:pohuwato',
  '*:biaknamfor': 'kabupaten:biaknumfor',
  'kota:kotamobago': 'kota:kotamobagu',
  'kota:makasar': 'kota:makassar',
  '*:kuantansengingi': 'kabupaten:kuantansingingi',
  '*:kutaikertanegara': 'kabupaten:kutaikartanegara',
  '*:limapuluhkoto': 'kabupaten:limapuluhkota',
  '*:melawai': 'kabupaten:melawi',
  '*:selayar': 'kabupaten:kepulauanselayar',
};

/** Kind of a registry kabupaten: its name prefix, else BPS convention (codes NN71–NN99 are kota). */
export function kindOf(r: RegionRef): KabKind {
  return splitKind(r.name).kind ?? (Number(r.kode.slice(2, 4)) >= 71 ? 'kota' : 'kabupaten');
}

/** Lookups from codes and names to registry regions (provinsi and kabupaten levels). */
export class RegionMatcher {
  readonly kabupaten: RegionRef[];
  private readonly bps = new Map<string, RegionRef>();
  private readonly kemendagri = new Map<string, RegionRef>();
  private readonly provinces = new Map<string, RegionRef>();
  private readonly byKey = new Map<string, RegionRef[]>();

  constructor(regions: readonly RegionRef[], private readonly aliases: Record<string, string> = KABUPATEN_ALIASES) {
    this.kabupaten = regions.filter((r) => r.level === 'kabupaten');
    for (const r of regions) {
      if (r.level !== 'kabupaten' && r.level !== 'provinsi') continue;
      this.bps.set(r.kode, r);
      if (r.kemendagri) this.kemendagri.set(r.kemendagri, r);
      if (r.level === 'provinsi') this.provinces.set(provinceKey(r.name), r);
    }
    for (const r of this.kabupaten) {
      const key = `${kindOf(r)}:${fold(splitKind(r.name).base)}`;
      for (const k of [key, key.replace(/^\w+:/, '*:')]) this.byKey.set(k, [...(this.byKey.get(k) ?? []), r]);
    }
  }

  /** A province by name in any usual spelling ("NUSA TENGGARA TIMUR", "Prov. DI Yogyakarta"). */
  province(name: string): RegionRef | undefined {
    return this.provinces.get(provinceKey(name));
  }

  /** A provinsi by its registry code (BPS numbering). */
  provinceByCode(kode: string): RegionRef | undefined {
    const r = this.bps.get(kode);
    return r?.level === 'provinsi' ? r : undefined;
  }

  /** A provinsi (2 digits) or kabupaten (4 digits, or NN.NN for Kemendagri) by code; undefined when unknown. */
  byCode(code: string, system: CodeSystem): RegionRef | undefined {
    const c = code.replace(/\s/g, '');
    if (/^\d{2}\.\d{2}$/.test(c)) return this.kemendagri.get(c);
    if (/^\d{4}$/.test(c)) return system === 'bps' ? this.bps.get(c) : this.kemendagri.get(`${c.slice(0, 2)}.${c.slice(2)}`);
    if (/^\d{2}$/.test(c)) return system === 'bps' ? this.bps.get(c) : this.kemendagri.get(c);
    return undefined;
  }

  /** True when some kabupaten (`kind` = kabupaten) or any kabupaten/kota (`*`) has this name. */
  hasRegionNamed(name: string, kind: 'kabupaten' | '*'): boolean {
    return this.byKey.has(`${kind}:${fold(splitKind(name).base)}`);
  }

  /**
   * A kabupaten/kota by name. "Kab."/"Kabupaten"/"Kota" prefixes pick the kind; `province`
   * (a provinsi kode) narrows same-named regions in different provinces. A bare name shared by
   * a kabupaten and a kota ("Kupang") is ambiguous, unless the same table also lists "Kota Kupang"
   * (`kotaKeys`): BPS tables write kabupaten without prefix and kota with "Kota".
   */
  byName(name: string, ctx: { province?: string; kotaKeys?: ReadonlySet<string> } = {}): NameMatch {
    const split = splitKind(name);
    const key = fold(split.base);
    // BPS convention: in a table that also lists "Kota X", a bare "X" is the kabupaten (or its old name).
    const kind = split.kind ?? (ctx.kotaKeys?.has(key) ? 'kabupaten' : null);
    const alias = this.aliases[`${kind ?? '*'}:${key}`] ?? this.aliases[`*:${key}`];
    let cands = alias ? this.byKey.get(alias) ?? [] : this.byKey.get(`${kind ?? '*'}:${key}`) ?? [];
    if (cands.length > 1 && ctx.province) {
      const near = cands.filter((r) => r.parent === ctx.province);
      if (near.length) cands = near;
    }
    if (cands.length === 1) return { status: 'matched', region: cands[0], how: alias ? 'alias' : kind !== split.kind ? 'convention' : 'name' };
    return cands.length === 0 ? { status: 'unmatched' } : { status: 'ambiguous', candidates: cands };
  }
}
