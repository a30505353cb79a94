/** The importer on the other shapes of program list: place names, HXL 3W, Kemnaker's register, the page's templates. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { makePointLocator } from '../../../src/lib/geo/point-locator.ts';
import { kecamatanFromAddress } from '../../../src/lib/programs/ingest/read-kemnaker-register.ts';
import { namesLookup, syntheticDesaIndex, syntheticLookup } from './helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/programs/${name}`, import.meta.url), 'utf8');
const template = (name: string) => readFileSync(new URL(`../../../public/templates/${name}`, import.meta.url), 'utf8');
const load = (text: string, file: string, lookup = syntheticLookup()) => importPrograms(text, file, lookup, { locate: makePointLocator(lookup, [syntheticDesaIndex()]) });

describe('importPrograms, rows placed by names', () => {
  it('reads Bahasa header words (desa, kecamatan, kab/kota, provinsi) and places the row in its desa', () => {
    const r = load('id,nama,program,kementerian,jenis_intervensi,desa,kecamatan,Kab/Kota,provinsi\nN1,n,p,Kemnaker,pelatihan,Baumata,Taebenu,KAB. KUPANG,NTT\n', 'p.csv');
    expect(r.issues).toEqual([]);
    expect(r.loci[0]).toMatchObject({ desa: '5303121006', level: 'desa', locatedBy: 'region', nameMatch: 'exact', intervention: 'skills_training', lon: 123.65, lat: -10.25 });
  });

  it('reads English header words (village, district, regency, province) and "X Regency"', () => {
    const r = load('id,name,program,ministry,intervention_type,village,district,regency,province\nN1,n,p,m,jobs,Tetangga,Taebenu,Kupang Regency,Nusa Tenggara Timur\n', 'p.csv');
    expect(r.issues).toEqual([]);
    expect(r.loci[0].desa).toBe('5303121005');
  });

  it('counts rows per name method in the import report', () => {
    const text = ['id,name,program,ministry,intervention_type,desa,kabupaten',
      'A,n,p,m,jobs,Baumata,Kab. Kupang', 'B,n,p,m,jobs,Oebello,Kab. Kupang', 'C,n,p,m,jobs,Tetangka,Kab. Kupang', 'D,n,p,m,jobs,Tidak Ada,Kab. Kupang', 'E,n,p,m,jobs,,Kupang', 'F,n,p,m,jobs,Alak Satu,Kota Kupang'].join('\n');
    const r = load(text, 'p.csv', namesLookup());
    expect(r.nameMethods).toEqual({ exact: 1, normalised: 1, 'one-edit': 1, 'parent-only': 1, ambiguous: 2, unmatched: 0, address: 0, disputed: 0 });
  });

  it('reports an ambiguous desa as a warning and places the row kabupaten-wide', () => {
    const r = load('id,name,program,ministry,intervention_type,desa,kabupaten\nA,n,p,m,jobs,Baumata,Kab. Kupang\n', 'p.csv', namesLookup());
    expect(r.loci[0]).toMatchObject({ level: 'kabupaten', kabupaten: '5303', nameMatch: 'ambiguous' });
    expect(r.issues[0]).toMatchObject({ severity: 'warning', code: 'name-ambiguous', column: 'desa', value: 'Baumata' });
    expect(r.issues[0].message.en).toMatch(/fits more than one desa \(Baumata \(Taebenu\); Baumata \(Kupang Tengah\)\); not guessed, placed kabupaten-wide in Kabupaten Kupang/);
  });

  it('reports an unmatched desa and places the row at its kecamatan', () => {
    const r = load('id,name,program,ministry,intervention_type,desa,kecamatan,kabupaten\nA,n,p,m,jobs,Tidak Ada,Taebenu,Kab. Kupang\n', 'p.csv');
    expect(r.loci[0]).toMatchObject({ level: 'kecamatan', kecamatan: '5303121', nameMatch: 'parent-only' });
    expect(r.issues[0].message.en).toMatch(/column "desa": value "Tidak Ada" matches no desa in Taebenu; placed kecamatan-wide in Taebenu/);
  });

  it('is an error when no name places the row', () => {
    const r = load('id,name,program,ministry,intervention_type,kabupaten\nA,n,p,m,jobs,Atlantis\n', 'p.csv');
    expect([r.loci.length, r.issues[0].severity, r.issues[0].code, r.nameMethods.unmatched]).toEqual([0, 'error', 'name-unmatched', 1]);
  });

  it('keeps the ministry as written and gives its canonical name', () => {
    const r = load('id,name,program,ministry,intervention_type,admin_code\nA,n,p,Kemnaker (central funding),jobs,53.01\n', 'p.csv');
    expect(r.loci[0]).toMatchObject({ agency: 'Kementerian Ketenagakerjaan (Kemnaker)', agencyAsGiven: 'Kemnaker (central funding)' });
  });
});

describe('importPrograms, HXL 3W files', () => {
  const r = load(fixture('synthetic-3w.csv'), 'synthetic-3w.csv');

  it('imports every row of the synthetic 3W file', () => {
    expect(r.issues).toEqual([]);
    expect(r.format).toBe('hxl');
    expect(r.loci.map((p) => [p.id, p.agency, p.intervention, p.level, p.desa ?? p.kabupaten, p.years, p.beneficiaries])).toEqual([
      ['3W-3', 'Synthetic NGO A', 'jobs', 'desa', '5303121006', [2023, 2024], 120],
      ['3W-4', 'Synthetic NGO B', 'social_assistance', 'kabupaten', '5303', [2024], 80],
      ['3W-5', 'Synthetic NGO C', 'skills_training', 'desa', '5303121005', [2024], 15],
    ]);
  });

  it('shows which tagged column fed each field', () => {
    expect(Object.fromEntries(r.columns.map((c) => [c.field, c.column]))).toMatchObject({
      agency: 'Organisation (#org+name)', intervention: 'Sector (#sector)', program: 'Activity (#activity+name)', code: 'Regency P-code (#adm2+code)',
      provinsiName: 'Province (#adm1+name)', kabupatenName: 'Regency (#adm2+name)', kecamatanName: 'District (#adm3+name)', desaName: 'Village (#loc+name)',
      lat: 'Latitude (#geo+lat)', lon: 'Longitude (#geo+lon)', year: 'Start date (#date+start)', beneficiaries: 'People reached (#reached)', id: '(generated: 3W-line)',
    });
  });

  it('names a 3W locus by its activity and place', () => expect(r.loci[0].name).toBe('Synthetic cash for work — Baumata'));
});

describe('importPrograms, Kemnaker register of training institutions', () => {
  const r = load(fixture('synthetic-kemnaker-register.csv'), 'synthetic-kemnaker-register.csv');

  it('reads every row as skills training placed by its desa name', () => {
    expect(r.format).toBe('kemnaker-register');
    expect(r.loci.map((p) => [p.id, p.intervention, p.desa, p.program, p.agency, p.years.length])).toEqual([
      ['KL-00000000', 'skills_training', '5303121006', 'BLK Komunitas', 'Kementerian Ketenagakerjaan (Kemnaker)', 4],
      ['KL-00000001', 'skills_training', '5303121006', 'BLK UPTD (balai latihan kerja daerah)', 'Pemerintah daerah', 35],
    ]);
  });

  it('reads the kecamatan its address names', () => {
    expect(kecamatanFromAddress('KP. PUNCAKMULYA RT 03 RW 11 DESA CIHAWUK KECAMATAN KERTASARI KABUPATEN BANDUNG', 'KAB. BANDUNG')).toBe('KERTASARI');
    expect(kecamatanFromAddress('DUSUN KRAJAN DESA SELOMUKTI KEC.MALANDINGAN KAB.SITUBONDO JAWA TIMUR', 'KAB. SITUBONDO')).toBe('MALANDINGAN');
    expect(kecamatanFromAddress('DESA X KEC. PALANG TUBAN', 'KAB. TUBAN')).toBe('PALANG');
    expect(kecamatanFromAddress('JL. JAKSA AGUNG SUPRAPTO NOMOR 63 LAMONGAN', 'KAB. LAMONGAN')).toBe('');
  });
});

describe('the page\'s program templates', () => {
  for (const file of ['lokus-program-template.csv', 'lokus-program-template-en.csv']) {
    it(`${file} imports without a problem, its two example rows placed`, () => {
      const r = load(template(file), file);
      expect(r.issues).toEqual([]);
      expect(r.loci.map((p) => [p.level, p.kabupaten])).toEqual([['desa', '5303'], [file.endsWith('-en.csv') ? 'desa' : 'kabupaten', '5303']]);
      expect(r.loci.every((p) => /^(CONTOH|EXAMPLE)/.test(p.name))).toBe(true);
    });
  }
});
