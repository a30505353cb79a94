import type { MultiPolygon, Polygon } from 'geojson';
import type { KabKind } from '../names.ts';

/**
 * A boundary feature as a source adapter hands it to the pipeline, whatever the source
 * (GADM 4.1 today; geoBoundaries or BIG later). Adapters live in scripts/sources/.
 */
export interface SourceFeature {
  /** Source-unique id (GADM: GID_n). */
  id: string;
  /** BPS code as the source gives it, digits only; '' when absent or not a number. */
  code: string;
  /** Display name with spaces restored, without the Kabupaten/Kota prefix. */
  name: string;
  /** For kabupaten-level features: kabupaten or kota. */
  kind: KabKind;
  /** Source id of the parent feature ('' at kabupaten level). */
  parentId: string;
  /** Province name as the source writes it (spaces restored). */
  provinceName: string;
  /** A lake or reservoir drawn as a feature: kept for the topology, never a region. */
  water: boolean;
  geometry: Polygon | MultiPolygon;
}

/** A boundary source: three levels of features (provinces are dissolved from kabupaten). */
export interface BoundarySource {
  /** Short citation, e.g. "GADM 4.1 (via npm geojson-indonesia 1.0.1)". */
  citation: string;
  licence: string;
  kabupaten: SourceFeature[];
  kecamatan: SourceFeature[];
  desa: SourceFeature[];
}

/** The Kemendagri code list (idn-area-data), names title-cased. */
export interface KemendagriList {
  provinces: { code: string; name: string }[];
  regencies: { code: string; provinceCode: string; name: string }[];
  districts: { code: string; regencyCode: string; name: string }[];
  villages: { code: string; districtCode: string; name: string }[];
}
