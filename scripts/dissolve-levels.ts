import type { FeatureCollection, MultiPolygon } from 'geojson';
import mapshaper from 'mapshaper';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Object names of the dissolved topology, finest first. */
export const LEVEL_OBJECTS = ['desa', 'kecamatan', 'kabupaten', 'provinsi'] as const;

/**
 * Build all four levels from one desa layer, so that they nest and share arcs: mapshaper's
 * `-clean` (gaps smaller than `gapFillKm2` go to a neighbour, vertices closer than `snapDeg` are
 * snapped), then `-dissolve` by the Kemendagri code prefix (`53.01.24`, `53.01`, `53`). Returns one
 * TopoJSON with objects `desa`, `kecamatan`, `kabupaten`, `provinsi`, each geometry's `id` its
 * Kemendagri code; `emptied` lists the desa that `-clean` left without area (they are in the
 * topology with a null geometry: the caller keeps their drawn shape).
 */
export async function dissolveLevels(desa: readonly { code: string; geometry: MultiPolygon }[], opts: { gapFillKm2: number; snapDeg: number }): Promise<{ topology: Topology; emptied: string[] }> {
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: desa.map((d) => ({ type: 'Feature', properties: { id: d.code, kec: d.code.slice(0, 8), kab: d.code.slice(0, 5), prov: d.code.slice(0, 2) }, geometry: d.geometry })),
  };
  const cmd = [
    `-i in.json name=desa`,
    `-clean gap-fill-area=${opts.gapFillKm2}km2 snap-interval=${opts.snapDeg} allow-empty`,
    `-dissolve kec copy-fields=kab,prov + name=kecamatan`,
    `-each 'id=kec' target=kecamatan`,
    `-dissolve kab target=kecamatan copy-fields=prov + name=kabupaten`,
    `-each 'id=kab' target=kabupaten`,
    `-dissolve prov target=kabupaten + name=provinsi`,
    `-each 'id=prov' target=provinsi`,
    `-o target=desa,kecamatan,kabupaten,provinsi format=topojson id-field=id out.json`,
  ].join(' ');
  const out = await mapshaper.applyCommands(cmd, { 'in.json': JSON.stringify(input) });
  const topology = JSON.parse(out['out.json']) as Topology;
  for (const name of LEVEL_OBJECTS) {
    for (const g of (topology.objects[name] as GeometryCollection).geometries) delete g.properties;
  }
  const emptied = (topology.objects.desa as GeometryCollection).geometries.filter((g) => g.type === null).map((g) => String(g.id));
  return { topology, emptied };
}
