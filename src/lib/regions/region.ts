import type { Level } from '../types.ts';

/**
 * One administrative region: the one shape Lokus uses for a region everywhere (pipeline,
 * importers, page). `kode` is the region's key everywhere in Lokus: a BPS code (2 digits provinsi,
 * 4 kabupaten, 7 kecamatan, 10 desa) or, for kecamatan and desa, a Kemendagri code with dots
 * (`53.01.24`, `53.01.24.2002`); see `level-of.ts`. Ancestors come from `parent`, not from the key.
 */
export interface Region {
  level: Level;
  /** The key: BPS code (digits; kabupaten in Papua keep their BPS 2020 code, see data/README.md), or a dotted Kemendagri code for kecamatan and desa. */
  kode: string;
  /** Kemendagri code with dots (53.01.24.2002), or '' where no match was found. */
  kemendagri: string;
  /** Display name with spaces restored ("Kabupaten Timor Tengah Selatan", "Kota Kupang", "Taebenu"). */
  name: string;
  /** Key of the parent region ('' for provinsi): the only source of a region's ancestors (a dotted desa's kabupaten is not a prefix of its code). */
  parent: string;
  /** True if any part of the boundary touches the sea (not a lake, not a land border abroad). */
  coastal: boolean;
  /** Length of sea coastline in km (0 when not coastal). */
  coastlineKm: number;
  /** Area in km² (geodesic, from the simplified boundary). */
  areaKm2: number;
  /** Label point inside the region (degrees); null when the region has no polygon in the boundary source. */
  lon: number | null;
  lat: number | null;
}
