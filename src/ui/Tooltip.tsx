import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n/index.ts';
import type { IndicatorDef } from '../lib/indicators/types.ts';
import { formatValue, type Lang } from '../lib/ui/format.ts';
import type { RegionTable } from '../lib/ui/region-table.ts';
import type { MapHit } from '../map/map-view.ts';

export interface TooltipProps {
  t: Strings;
  lang: Lang;
  def: IndicatorDef | undefined;
  year: number;
  values: ReadonlyMap<string, number>;
  regions: RegionTable;
  /** Registers the setter the map's hover callback calls, so hovering re-renders only this component. */
  subscribe: (set: (hit: MapHit | null) => void) => void;
}

/** Name and value (with unit and year) of the region under the pointer or finger. */
export function Tooltip(p: TooltipProps) {
  const [hit, setHit] = useState<MapHit | null>(null);
  useEffect(() => p.subscribe(setHit), []);
  if (!hit) return null;
  const row = p.regions.get(hit.kode);
  const v = p.values.get(hit.kode);
  const hasFigures = hit.level === 'provinsi' || hit.level === 'kabupaten';
  return (
    <div class="tooltip" aria-hidden="true" style={{ left: `${hit.x + 12}px`, top: `${hit.y + 12}px` }}>
      <strong>{row?.name ?? hit.kode}</strong>
      <span class="muted"> · {p.t.levels[hit.level]}</span>
      <br />
      {hasFigures && p.def ? (
        <span>
          {p.def.label[p.lang]}: {v === undefined ? p.t.tooltipNoValue : formatValue(v, p.def.unit[p.lang], p.lang, p.def.decimals)} ({p.year})
        </span>
      ) : (
        <span>{row?.coastal ? p.t.coastal : row ? p.t.notCoastal : ''}</span>
      )}
    </div>
  );
}
