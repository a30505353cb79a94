import type { RegionColumns } from '../regions/regions-csv.ts';
import type { Level } from '../types.ts';

export type { RegionColumns };

/** One region row as the UI uses it. */
export interface RegionRow {
  level: Level;
  kode: string;
  kemendagri: string;
  name: string;
  parent: string;
  coastal: boolean;
  coastlineKm: number;
  areaKm2: number;
  lon: number | null;
  lat: number | null;
}

/**
 * Regions of the levels loaded so far, looked up by BPS code, Kemendagri code or parent.
 * Levels are added as they arrive (provinsi and kabupaten at start, kecamatan and desa lazily).
 */
export class RegionTable {
  private readonly rows = new Map<string, RegionRow>();
  private readonly byKemendagri = new Map<string, string>();
  private readonly children = new Map<string, string[]>();
  readonly loaded = new Set<Level>();
  /** The columns of each loaded level as given (the program lookup is built from them). */
  readonly columns: Partial<Record<Level, RegionColumns>> = {};

  /** Add one level's columns. Throws `invalid regions/<level>.json: …` when columns differ in length. */
  add(level: Level, c: RegionColumns): void {
    const n = c.kode.length;
    for (const col of ['kemendagri', 'name', 'parent', 'coastal', 'lon', 'lat'] as const) {
      if (!Array.isArray(c[col]) || c[col].length !== n) throw new Error(`invalid regions/${level}.json: column "${col}" has ${c[col]?.length} rows, "kode" has ${n}`);
    }
    for (let i = 0; i < n; i++) {
      const row: RegionRow = {
        level,
        kode: c.kode[i],
        kemendagri: c.kemendagri[i] ?? '',
        name: c.name[i],
        parent: c.parent[i] ?? '',
        coastal: c.coastal[i] === 1,
        coastlineKm: c.coastlineKm?.[i] ?? 0,
        areaKm2: c.areaKm2?.[i] ?? 0,
        lon: c.lon[i],
        lat: c.lat[i],
      };
      this.rows.set(row.kode, row);
      if (row.kemendagri) this.byKemendagri.set(row.kemendagri, row.kode);
      if (row.parent) {
        const list = this.children.get(row.parent);
        list ? list.push(row.kode) : this.children.set(row.parent, [row.kode]);
      }
    }
    this.columns[level] = c;
    this.loaded.add(level);
  }

  get(kode: string): RegionRow | undefined {
    return this.rows.get(kode);
  }

  /** BPS code for a Kemendagri code with dots, if that level is loaded. */
  fromKemendagri(kode: string): string | undefined {
    return this.byKemendagri.get(kode);
  }

  /** BPS codes of the loaded children of a region ('' for the provinces). */
  childrenOf(kode: string): string[] {
    if (kode === '') return [...this.rows.values()].filter((r) => r.level === 'provinsi').map((r) => r.kode);
    return this.children.get(kode) ?? [];
  }

  /** All rows of a level (in load order). */
  ofLevel(level: Level): RegionRow[] {
    return [...this.rows.values()].filter((r) => r.level === level);
  }
}
