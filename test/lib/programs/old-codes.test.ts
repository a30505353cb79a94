import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { importPrograms } from '../../../src/lib/programs/ingest/import-programs.ts';
import { importWithChunks } from '../../../src/lib/programs/ingest/import-with-chunks.ts';
import { resolveOldBpsCode } from '../../../src/lib/programs/ingest/resolve-old-code.ts';
import { regionsToColumns } from '../../../src/lib/regions/region-columns.ts';
import { buildRegionLookup, type RegionLookup } from '../../../src/lib/regions/region-lookup.ts';
import type { Region } from '../../../src/lib/regions/region.ts';
import type { Level } from '../../../src/lib/types.ts';
import { syntheticLookup } from './helpers.ts';

/**
 * SYNTHETIC regions keyed as after the switch to BIG boundaries (kecamatan and desa by dotted
 * Kemendagri codes), and SYNTHETIC old-code aliases. The trap: the old BPS desa code 5301242002
 * (here a desa of Sumba Barat, now 53.12.01.2001) has the digits of Baumata's Kemendagri code
 * 53.01.24.2002 in Kabupaten Kupang. Baumata's own pair (5303121006 → 53.01.24.2002) is real.
 */
function bigLookup(): RegionLookup {
  const rows: Record<Level, [string, string, string, string][]> = {
    provinsi: [['53', '53', 'Nusa Tenggara Timur', '']],
    kabupaten: [['5303', '53.01', 'Kabupaten Kupang', '53'], ['5301', '53.12', 'Kabupaten Sumba Barat', '53']],
    kecamatan: [['53.01.24', '53.01.24', 'Taebenu', '5303'], ['53.12.01', '53.12.01', 'Kecamatan Sintetis', '5301']],
    desa: [['53.01.24.2002', '53.01.24.2002', 'Baumata', '53.01.24'], ['53.12.01.2001', '53.12.01.2001', 'Desa Sintetis', '53.12.01']],
  };
  const region = (level: Level, [kode, kemendagri, name, parent]: [string, string, string, string]): Region => ({ level, kode, kemendagri, name, parent, coastal: false, coastlineKm: 0, areaKm2: 1, lon: 123.7, lat: -10.2 });
  return buildRegionLookup(Object.fromEntries((Object.keys(rows) as Level[]).map((l) => [l, regionsToColumns(rows[l].map((r) => region(l, r)))])));
}

const OLD = new Map([
  ['5303121', '53.01.24'],
  ['5303121006', '53.01.24.2002'],
  ['5303121098', ''],
  ['5303130', ''],
  ['5303130001', ''],
  ['5301242002', '53.12.01.2001'],
]);

const csv = (...codes: string[]) => ['id,name,program,ministry,intervention_type,kode', ...codes.map((c, i) => `P${i + 1},Lokus ${i + 1},p,m,jobs,${c}`)].join('\n');
const kodeCsv = (code: string) => `id,name,program,ministry,intervention_type,kode_bps\nP1,Lokus 1,p,m,jobs,${code}`;

describe('resolveOldBpsCode', () => {
  it('reads an old desa code that is no key through its alias', () => {
    expect(resolveOldBpsCode(bigLookup(), '5303121006', OLD)).toMatchObject({ hit: { level: 'desa', kodeBps: '53.01.24.2002', as: 'bps' }, how: 'alias', target: '53.01.24.2002' });
  });

  it('leaves alone a code that is still a key, or not an old code at all', () => {
    expect(resolveOldBpsCode(syntheticLookup(), '5303121006', OLD)).toBeUndefined();
    expect(resolveOldBpsCode(bigLookup(), '5303121007', OLD)).toBeUndefined();
    expect(resolveOldBpsCode(bigLookup(), '53.01.24.2002', OLD)).toBeUndefined();
  });

  it('returns the other reading of digits that are also a Kemendagri code', () => {
    expect(resolveOldBpsCode(bigLookup(), '5301242002', OLD)).toMatchObject({ hit: { kodeBps: '53.12.01.2001' }, kemendagri: { kodeBps: '53.01.24.2002', as: 'kemendagri' } });
  });
});

describe('program files with old BPS codes (kecamatan and desa keyed by Kemendagri codes)', () => {
  it('places an old desa code at its new key and says so on its row, in both languages', () => {
    const r = importPrograms(csv('5303121006'), 'p.csv', bigLookup(), { oldCodes: OLD });
    expect(r.loci[0]).toMatchObject({ desa: '53.01.24.2002', kabupaten: '5303' });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', code: 'old-code', row: 2, column: 'kode', value: '5303121006' });
    expect(r.issues[0].message.id).toBe('p.csv baris 2, kolom "kode": nilai "5303121006" dibaca sebagai kode BPS lama 5303121006 → 53.01.24.2002 (Baumata)');
    expect(r.issues[0].message.en).toBe('p.csv row 2, column "kode": value "5303121006" read as the old BPS code 5303121006 → 53.01.24.2002 (Baumata)');
  });

  it('places an old code without a match at its kecamatan or kabupaten, saying so', () => {
    const r = importPrograms(csv('5303121098', '5303130001'), 'p.csv', bigLookup(), { oldCodes: OLD });
    expect(r.loci.map((p) => [p.level, p.kecamatan ?? p.kabupaten])).toEqual([['kecamatan', '53.01.24'], ['kabupaten', '5303']]);
    expect(r.issues.map((i) => i.code)).toEqual(['old-code-parent', 'old-code-parent']);
    expect(r.issues[0].message.en).toMatch(/value "5303121098" read as the old BPS code 5303121098, which has no Kemendagri match; placed kecamatan-wide in Taebenu \(53\.01\.24\)$/);
    expect(r.issues[1].message.id).toMatch(/kode BPS lama 5303130001, yang tidak punya padanan Kemendagri; ditempatkan se-kabupaten di Kabupaten Kupang \(5303\)$/);
  });

  it('reports digits that are an old BPS code and another place’s Kemendagri code, naming both; BPS first, unless the file writes Kemendagri codes', () => {
    const r = importPrograms(csv('5301242002'), 'p.csv', bigLookup(), { oldCodes: OLD });
    expect(r.loci[0].desa).toBe('53.12.01.2001');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['old-code-two-readings', 'warning']]);
    expect(r.issues[0].message.en).toBe('p.csv row 2, column "kode": value "5301242002" is both the old BPS code 5301242002 → 53.12.01.2001 (Desa Sintetis) and the Kemendagri code 53.01.24.2002 (Baumata) without dots; read as the old BPS code (this file is read BPS first). Write Kemendagri codes with dots (53.01.24.2002) or name the column kode_bps / kode_kemendagri');
    expect(r.issues[0].message.id).toMatch(/adalah kode BPS lama 5301242002 → 53\.12\.01\.2001 \(Desa Sintetis\) dan juga kode Kemendagri 53\.01\.24\.2002 \(Baumata\) tanpa titik; dibaca sebagai kode BPS lama/);
    const kemendagriFile = importPrograms(csv('5301242002', '53.01.24'), 'p.csv', bigLookup(), { oldCodes: OLD });
    expect(kemendagriFile.loci[0].desa).toBe('53.01.24.2002');
    expect(kemendagriFile.issues[0].message.en).toMatch(/read as the Kemendagri code 53\.01\.24\.2002 \(this file writes Kemendagri codes\)/);
  });

  it('reads the digits as BPS without a doubt when the column says kode_bps, and as Kemendagri when it says kode_kemendagri', () => {
    expect(importPrograms(kodeCsv('5301242002'), 'p.csv', bigLookup(), { oldCodes: OLD })).toMatchObject({ loci: [{ desa: '53.12.01.2001' }], issues: [{ code: 'old-code' }] });
    const kem = importPrograms(kodeCsv('5301242002').replace('kode_bps', 'kode_kemendagri'), 'p.csv', bigLookup(), { oldCodes: OLD });
    expect([kem.loci[0].desa, kem.issues]).toEqual(['53.01.24.2002', []]);
  });

  it('without the aliases, an old desa code silently becomes the desa with the same Kemendagri digits (what the aliases prevent)', () => {
    const r = importPrograms(csv('5301242002'), 'p.csv', bigLookup());
    expect([r.loci[0].desa, r.issues]).toEqual(['53.01.24.2002', []]);
  });

  it('in the build (strict), an old code is a warning, not an error', () => {
    expect(importPrograms(csv('5303121006', '5301242002'), 'p.csv', bigLookup(), { oldCodes: OLD, mode: 'strict' }).loci).toHaveLength(2);
  });

  it('changes nothing while the old codes are still keys (today’s BPS-keyed data)', () => {
    const r = importPrograms(csv('5303121006'), 'p.csv', syntheticLookup(), { oldCodes: OLD });
    expect([r.loci[0].desa, r.issues]).toEqual(['5303121006', []]);
  });
});

// No coordinate rows: only the national file is read, and it may be empty.
const none: FeatureCollection = { type: 'FeatureCollection', features: [] };
const national = async (): Promise<Topology> => topology({ provinsi: none, kabupaten: none }) as unknown as Topology;

describe('importWithChunks fetches the alias shards the file’s codes need (the page)', () => {
  it('asks only for the kabupaten prefixes of undotted 7/10-digit codes that are no key, and reads through them', async () => {
    const asked: string[] = [];
    const shard = async (kab: string) => {
      asked.push(kab);
      return new Map([...OLD].filter(([k]) => k.startsWith(kab)));
    };
    const r = await importWithChunks(csv('5303121006', '5303121', '53.12.01.2001', '5301242002', '53'), 'p.csv', bigLookup(), national, { national: 'n' }, { oldCodeShard: shard });
    expect(asked).toEqual(['5301', '5303']);
    expect(r.loci.map((p) => p.desa ?? p.kecamatan ?? p.kabupaten ?? p.provinsi)).toEqual(['53.01.24.2002', '53.01.24', '53.12.01.2001', '53.01.24.2002', '53']);
  });

  it('scans the file as text: coordinates, phone numbers and numbers of no kabupaten ask for no shard; a GeoJSON property does', async () => {
    const asked: string[] = [];
    const shard = async (kab: string) => {
      asked.push(kab);
      return new Map([...OLD].filter(([k]) => k.startsWith(kab)));
    };
    const table = 'id,name,program,ministry,intervention_type,kode,lat,lon,telepon\nP1,Lokus 1,p,m,jobs,53.01.24.2002,-10.2530312,123.5303121,0812345678\n';
    await importWithChunks(table, 'p.csv', bigLookup(), national, { national: 'n' }, { oldCodeShard: shard });
    expect(asked).toEqual([]);
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { id: 'G1', name: 'n', program: 'p', ministry: 'm', intervention_type: 'jobs', kode: '5303121006' } }] });
    const r = await importWithChunks(geojson, 'p.geojson', bigLookup(), national, { national: 'n' }, { oldCodeShard: shard });
    expect([asked, r.loci[0]?.desa]).toEqual([['5303'], '53.01.24.2002']);
  });

  it('reads the codes as they are when a shard cannot be fetched', async () => {
    const r = await importWithChunks(csv('5303121006'), 'p.csv', bigLookup(), national, { national: 'n' }, { oldCodeShard: async () => Promise.reject(new Error('offline')) });
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-code']);
  });
});
