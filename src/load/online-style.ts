import type { StyleSpecification } from 'maplibre-gl';
import { LoadError } from './load-error.ts';

/** The parts of an online style Lokus draws under its own layers. */
export type OnlineStyle = Pick<StyleSpecification, 'sources' | 'layers'>;

/** Fetch an optional online base map style (off by default; `VITE_LOKUS_ONLINE_STYLE`). */
export async function loadOnlineStyle(url: string): Promise<OnlineStyle> {
  const res = await fetch(url).catch((e: Error) => {
    throw new LoadError({ kind: 'network', file: url, detail: e.message });
  });
  if (!res.ok) throw new LoadError({ kind: 'http', file: url, status: res.status, detail: `HTTP ${res.status}` });
  const style = (await res.json()) as Partial<OnlineStyle>;
  if (typeof style.sources !== 'object' || !Array.isArray(style.layers)) throw new LoadError({ kind: 'invalid', file: url, detail: 'not a MapLibre style (sources and layers expected)' });
  return { sources: style.sources, layers: style.layers };
}
