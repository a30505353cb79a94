/** A hotspot flag. `unknown` means no figure exists for the region: never read it as "no". */
export type Flag = 'yes' | 'no' | 'unknown';

/** A sentence in both UI languages. */
export interface Reason {
  id: string;
  en: string;
}

/** One flag with the figures behind it, so the panel can show why. */
export interface FlagResult {
  flag: Flag;
  reason: Reason;
  /** The region's value and the threshold it was compared with, when both exist. */
  value?: number;
  threshold?: number;
  /** Source id of the region's value (key of `IndicatorBundle.sources`). */
  source?: string;
}

/** The registry fields the analysis needs; `Region`/`Region` satisfy it. */
export interface HotspotRegion {
  kode: string;
  name?: string;
  coastal: boolean;
  /** Sea coastline in km. */
  coastlineKm?: number;
}
