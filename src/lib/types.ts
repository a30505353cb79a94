/** Administrative levels, coarsest first. Names follow Indonesian usage. */
export const LEVELS = ['provinsi', 'kabupaten', 'kecamatan', 'desa'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * One administrative region, as written to `public/data/regions.csv`.
 * `kodeBps` is the region's key everywhere in Lokus (BPS code without dots:
 * 2 digits provinsi, 4 kabupaten, 7 kecamatan, 10 desa).
 */
export interface Region {
  level: Level;
  /** BPS code, digits only. Kabupaten in Papua keep their BPS 2020 code (see data/README.md). */
  kodeBps: string;
  /** Kemendagri code with dots (53.01.24.2002), or '' where no match was found. */
  kodeKemendagri: string;
  /** Display name with spaces restored ("Kabupaten Timor Tengah Selatan", "Kota Kupang", "Taebenu"). */
  name: string;
  /** kodeBps of the parent region; '' for provinsi. */
  parentKodeBps: string;
  /** True if any part of the boundary touches the sea (not a lake, not a land border abroad). */
  coastal: boolean;
  /** Length of sea coastline in km (0 when not coastal). */
  coastlineKm: number;
  /** Area in km² (geodesic, from the simplified boundary). */
  areaKm2: number;
  /** Label point inside the region (degrees). NaN when the region has no polygon. */
  lon: number;
  lat: number;
  /** False when the region exists in the code list but has no polygon in the boundary source. */
  hasGeometry: boolean;
}
