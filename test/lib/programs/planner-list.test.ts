/**
 * A planner's own list read as written: Bahasa and English header synonyms, ids made when absent,
 * names resolved top-down, unknown types kept as "lainnya", every missing or unknown column said at
 * once, a result per row. SYNTHETIC rows on the synthetic registry of helpers.ts.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { makePointLocator } from '../../../src/lib/geo/point-locator.ts';
import { syntheticDesaIndex, syntheticLookup } from './helpers.ts';

const load = (text: string) => {
  const lookup = syntheticLookup();
  return importPrograms(text, 'daftar-saya.csv', lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()]) });
};

describe('a planner\'s list', () => {
  it('reads nama_program, jenis, desa, kecamatan, kabupaten; makes ids; the one name column names the program too', () => {
    const r = load('nama_program,jenis,desa,kecamatan,kabupaten\nPelatihan tenun,pelatihan,Baumata,Taebenu,Kab. Kupang\n');
    expect(r.loci.map((p) => [p.id, p.name, p.program, p.intervention, p.desa])).toEqual([['daftar-saya:2', 'Pelatihan tenun', 'Pelatihan tenun', 'skills_training', '5303121006']]);
    expect(r.issues).toEqual([]);
  });

  it('reads the English synonyms name, intervention_type, kota, latitude, longitude, and lintang/bujur', () => {
    const en = load('program,intervention_type,latitude,longitude\nCash for work,jobs,-10.25,123.65\n');
    const id = load('nama,jenis_intervensi,lintang,bujur,tahun\nPadat karya,padat karya,-10.15,123.55,2024\n');
    expect([en.loci[0].desa, id.loci[0].desa, id.loci[0].years]).toEqual(['5303121006', '5371010001', [2024]]);
  });

  it('resolves "Kupang" top-down: with kecamatan Taebenu and desa Baumata it is Kabupaten Kupang, said on its row', () => {
    const r = load('nama,jenis,desa,kecamatan,kabupaten\nUji,bansos,Baumata,Taebenu,Kupang\n');
    expect(r.loci[0].kabupaten).toBe('5303');
    expect(r.issues.map((i) => [i.severity, i.code, i.row])).toEqual([['warning', 'name-settled', 2]]);
    expect(r.issues[0].message.id).toMatch(/dipilih Kabupaten Kupang/);
  });

  it('keeps an unknown type as "lainnya" with the type as written and a warning, not refused', () => {
    const r = load('nama,jenis,desa,kabupaten\nSumur bor,air bersih,Baumata,Kab. Kupang\n');
    expect(r.loci.map((p) => [p.intervention, p.interventionAsGiven])).toEqual([['other', 'air bersih']]);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'unknown-intervention']]);
    expect(r.issues[0].message.id).toMatch(/disimpan sebagai "lainnya"/);
  });

  it('says every missing column at once, in both languages, and the unknown ones', () => {
    let err: DataError | undefined;
    try {
      load('judul,anggaran\nA,1\n');
    } catch (e) {
      err = e as DataError;
    }
    expect(err).toBeInstanceOf(DataError);
    expect(err!.message).toMatch(/missing column\(s\): a name \("nama_program", "nama", "program" or "name"\); the intervention type .*; a location: .*not recognised: "judul", "anggaran"/);
    expect(err!.details.id).toMatch(/kolom tidak ada: nama \("nama_program", "nama", "program" atau "name"\); jenis intervensi .*; lokasi: .*tidak dikenal: "judul", "anggaran"/);
  });

  it('reads a list with an unknown column and says so once (row 0), in both languages', () => {
    const r = load('nama,jenis,desa,kabupaten,anggaran\nA,bansos,Baumata,Kab. Kupang,100\n');
    expect(r.loci).toHaveLength(1);
    expect(r.issues.map((i) => [i.code, i.row])).toEqual([['unknown-columns', 0]]);
    expect(r.issues[0].message.id).toMatch(/kolom tidak dikenal dan tidak dibaca: "anggaran"/);
  });

  it('still refuses a point in no Indonesian region (Kuala Lumpur; abroad with the basemap, as in the page), and gives a result per row (row, name, place, how)', () => {
    const r = load('nama,jenis,desa,kabupaten,lintang,bujur\nA,bansos,Baumata,Kab. Kupang,,\nB,bansos,,,-10.15,123.55\nC,bansos,,,3.1,101.7\n');
    expect(r.rows).toEqual([
      { row: 2, name: 'A', place: ['Nusa Tenggara Timur', 'Kabupaten Kupang', 'Taebenu', 'Baumata'], level: 'desa', how: 'exact' },
      { row: 3, name: 'B', place: ['Nusa Tenggara Timur', 'Kota Kupang', 'Alak', 'Alak Satu'], level: 'desa', how: 'coordinates' },
      { row: 4, name: 'C', place: [], how: 'refused' },
    ]);
    expect(r.issues.map((i) => [i.severity, i.code, i.row])).toEqual([['error', 'not-in-region', 4]]);
  });
});
