import type { Level } from '../types.ts';

/** Whether a higher value of an indicator means a worse or a better situation. */
export type Direction = 'higher-is-worse' | 'higher-is-better';

/** One entry of the indicator catalogue; drives labels, legends and colour direction in the UI. */
export interface IndicatorDef {
  /** Stable id used in URLs and files, e.g. `p0`, `poor_thousands`, `extreme_poverty`, `households_in_agriculture_percent`. */
  id: string;
  label: { id: string; en: string };
  /** Unit as shown after a value: `%`, `ribu jiwa` … ({ id, en }). */
  unit: { id: string; en: string };
  definition: { id: string; en: string };
  /** Publisher of the underlying statistic, e.g. `BPS`. */
  publisher: string;
  direction: Direction;
  /** Number of decimals to show. */
  decimals: number;
  /**
   * A categorical indicator (IDM status): its values are these codes, shown by label and fixed colour
   * in this official order, never classified into quantiles.
   */
  categories?: readonly { value: number; label: { id: string; en: string }; colour: string }[];
  /** Levels with figures; default provinsi and kabupaten (see `indicatorLevels`). IDM's desa figures: desa only. */
  levels?: readonly Level[];
}

/** The levels an indicator has figures at: its `levels`, else provinsi and kabupaten (every BPS table). */
export function indicatorLevels(def: Pick<IndicatorDef, 'levels'>): readonly Level[] {
  return def.levels ?? ['provinsi', 'kabupaten'];
}

/** Provenance of one figure set; every value in the UI shows its source and year. */
export interface SourceDef {
  id: string;
  /** Short citation shown in the UI, e.g. `BPS, Susenas Maret 2025`. */
  title: string;
  /** Who published the figures (BPS, BPS Provinsi Riau, Kemenkes, Badan Pangan Nasional …), never the copy. */
  publisher: string;
  /**
   * The copy the figures reached us through when not taken from the publisher directly, e.g.
   * `Kaggle (ermila)`, `GitHub muhammadsyafiq11/mkmsml`, `databoks.katadata.co.id`. Set ⇔ `title` says "via".
   */
  via?: string;
  /** Link to where the figures were taken from: the copy's page when `via` is set, else the publisher's. */
  url?: string;
  /** The publisher's own table or publication (e.g. a bps.go.id statistics table) for all figures of the source, only when known; never guessed. */
  publisherUrl?: string;
  /** The same per indicator id, for a source whose figures come from several of the publisher's tables (`STIS_JAG_2025`: p0 → table 621, p1 → 622 …). */
  publisherUrlOf?: Record<string, string>;
  licence?: string;
  note?: string;
  /** `title` in English (from `sources_en.csv`), for the English page; the Indonesian title otherwise. */
  titleEn?: string;
  /** `via` in English where it is Indonesian words ("proyek STIS" → "a STIS student project"). */
  viaEn?: string;
}

/** One value in long format (the shape of `public/data/indicators.csv`). */
export interface IndicatorValue {
  kodeBps: string;
  kodeKemendagri: string;
  level: Level;
  indicator: string;
  year: number;
  value: number;
  unit: string;
  source: string;
  note?: string;
}

/**
 * What the map loads (`public/data/indicators.json`): catalogue, sources and values keyed for
 * direct colouring without parsing CSV at run time.
 * `values[indicator][year][kodeBps] = [value, sourceId]`.
 */
export interface IndicatorBundle {
  catalogue: IndicatorDef[];
  sources: Record<string, SourceDef>;
  values: Record<string, Record<string, Record<string, [number, string]>>>;
  /** National published reference values, e.g. `national.p0["2025"] = [8.47, sourceId]`. */
  national: Record<string, Record<string, [number, string]>>;
  /** 2021 extreme-poverty priority kabupaten: kodeBps → status. */
  priority: Record<string, { year: number; status: 'listed' | 'disputed'; source: string; note?: string }[]>;
}
