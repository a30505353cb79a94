/**
 * KKP's KNMP list format (semicolon-separated, SQL NULLs, names with a line break inside quotes).
 * The rows are SYNTHETIC, on the synthetic registry of helpers.ts (Baumata and Tetangga in Kab. Kupang).
 */
import { describe, expect, it } from 'vitest';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { makePointLocator } from '../../../src/lib/geo/point-locator.ts';
import { syntheticDesaIndex, syntheticLookup } from './helpers.ts';

const HEADER = '"id";"batch_id";"tahap_saat_ini";"nama";"provinsi";"kabupaten";"kecamatan";"desa";"latitude";"longitude";"penyedia_jasa_konstruksi";"created_at";"updated_at"';
const row = (id: number, desa: string, lat: string, lon: string) => `"${id}";NULL;"1";"KNMP Desa ${desa}\n";"Nusa Tenggara Timur";"Kupang";"Taebenu";"${desa}";${lat};${lon};"PT. Sintetis";"2025-12-01 14:00:07";"2026-04-30 10:54:34"`;
const load = (rows: string[]) => {
  const lookup = syntheticLookup();
  return importPrograms([HEADER, ...rows].join('\n'), 'knmp.csv', lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()]) });
};

describe('KNMP list', () => {
  it('reads a row as a KKP program of 2025 placed by its names, "Kupang" settled by its kecamatan and desa', () => {
    const r = load([row(1, 'Baumata', 'NULL', 'NULL')]);
    expect(r.format).toBe('knmp');
    const p = r.loci[0];
    expect([p.id, p.name, p.agency, p.intervention, p.years, p.desa, p.locatedBy, p.source]).toEqual(['KNMP-1', 'KNMP Desa Baumata', 'Kementerian Kelautan dan Perikanan (KKP)', 'other', [2025], '5303121006', 'region', 'KKP_KNMP_2025']);
    expect(r.issues.map((i) => i.code)).toEqual(['name-settled']);
  });

  it('draws a locus at its coordinate when the coordinate falls in the named desa', () => {
    const p = load([row(2, 'Baumata', '"-10.25"', '"123.65"')]).loci[0];
    expect([p.locatedBy, p.lon, p.lat, p.desa]).toEqual(['coordinates', 123.65, -10.25, '5303121006']);
  });

  it('keeps the named desa and reports a coordinate that falls in another desa, not using it', () => {
    const r = load([row(3, 'Tetangga', '"-10.25"', '"123.65"')]);
    expect([r.loci[0].locatedBy, r.loci[0].desa]).toEqual(['region', '5303121005']);
    expect(r.issues.find((i) => i.code === 'point-elsewhere')?.message.en).toMatch(/row 2, column "latitude, longitude": value "-10.25, 123.65" falls in desa Baumata \(Kabupaten Kupang\), not in the named desa Tetangga \(Kabupaten Kupang\); the coordinate is not used/);
  });
});
