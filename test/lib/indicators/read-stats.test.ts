import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { readPriorityTable } from '../../../src/lib/indicators/read-priority.ts';
import { COVARIATE_RANGES, covariateSeries } from '../../../src/lib/indicators/covariates.ts';
import { readExtremeTable, readLongTable, readNationalTable, readPovertyTable } from '../../../src/lib/indicators/read-stats.ts';

const POVERTY_HEADER = 'code,province_code,name,year,p0_percent,poor_thousands,p1,p2,source_id';

describe('readPovertyTable', () => {
  it('gives each field the source that source_id names for it', () => {
    const recs = readPovertyTable(`${POVERTY_HEADER}\n53.01,53,Kabupaten Kupang,2021,22.98,,3.9,1.1,"KAGGLE_KTKI_2021(p0);BPS_P1P2_KABKOTA_2015_2023(p1,p2)"\n`);
    expect(recs.map((r) => [r.indicator, r.value, r.source])).toEqual([
      ['p0', 22.98, 'KAGGLE_KTKI_2021'], ['p1', 3.9, 'BPS_P1P2_KABKOTA_2015_2023'], ['p2', 1.1, 'BPS_P1P2_KABKOTA_2015_2023'],
    ]);
  });
  it('reads poor counts as poor_thousands', () => {
    const recs = readPovertyTable(`${POVERTY_HEADER}\n53.01,53,Kabupaten Kupang,2025,19.5,70.1,,,"STIS_JAG_2025(p0,poor)"\n`);
    expect(recs.find((r) => r.indicator === 'poor_thousands')?.value).toBe(70.1);
  });
  it('rejects a value without a source, naming row and column', async () => {
    await expect(async () => readPovertyTable(`${POVERTY_HEADER}\n53.01,53,Kabupaten Kupang,2021,22.98,5,,,KAGGLE_KTKI_2021(p0)\n`)).rejects.toThrow(/row 2, column "poor_thousands": 5 has no source/);
  });
  it('rejects a decimal comma in a compiled table', async () => {
    await expect(async () => readPovertyTable(`${POVERTY_HEADER}\n53.01,53,Kabupaten Kupang,2021,"22,98",,,,KAGGLE_KTKI_2021(p0)\n`)).rejects.toThrow(/row 2, column "p0_percent": "22,98" is not a number/);
  });
  it('rejects a P0 above 100', async () => {
    await expect(async () => readPovertyTable(`${POVERTY_HEADER}\n53.01,53,Kabupaten Kupang,2021,229.8,,,,KAGGLE_KTKI_2021(p0)\n`)).rejects.toThrow(DataError);
  });
  it('rejects a code that is not a Kemendagri kabupaten code', async () => {
    await expect(async () => readPovertyTable(`${POVERTY_HEADER}\n5301,53,Kabupaten Kupang,2021,22.98,,,,KAGGLE_KTKI_2021(p0)\n`)).rejects.toThrow(/"5301" is not a Kemendagri kabupaten code/);
  });
  it('names a missing column', async () => {
    await expect(async () => readPovertyTable('code,year,p0_percent\n53.01,2021,1\n', 'p.csv')).rejects.toThrow(/p\.csv: missing column\(s\) "poor_thousands"/);
  });
});

describe('readExtremeTable', () => {
  const header = 'code,level,name,year,extreme_percent,source_id';
  it('keeps the TNP2K priority-setting series apart', () => {
    const { records } = readExtremeTable(`${header}\n35.13,kabupaten,Kabupaten Probolinggo,2020,9.74,NEWS_ANTARA_JATIM_EXT_2021_TNP2K\n`);
    expect(records[0].indicator).toBe('extreme_poverty_tnp2k');
  });
  it('keeps the revised 2025 national line apart from the older series', () => {
    const { records } = readExtremeTable(`${header}\nID,national,"Indonesia (revised BPS series, see SOURCES)",2025,0.85,NEWS_KONDUSIF_EXT_2025\nID,national,Indonesia,2023,1.12,NEWS_DETIK_EXT_2023\n`);
    expect(records.map((r) => r.indicator)).toEqual(['extreme_poverty_revised', 'extreme_poverty']);
  });
  it('skips Papua rows on pre-2022 boundaries with a reason', () => {
    const { records, skipped } = readExtremeTable(`${header}\n91,province,"Papua (pre-2022 boundaries, incl. areas now 93/94/95)",2023,7.67,NEWS_DETIK_EXT_2023\n`);
    expect(records).toEqual([]);
    expect(skipped[0].reason).toMatch(/pre-2022 boundaries/);
  });
  it('reads province rows as provinsi', () => {
    const { records } = readExtremeTable(`${header}\n53,province,Nusa Tenggara Timur,2023,3.93,NEWS_BERITACENDANA_NTT_2024\n`);
    expect(records[0]).toMatchObject({ level: 'provinsi', kodeKemendagri: '53', value: 3.93 });
  });
});

describe('readLongTable and readNationalTable', () => {
  it('keeps only the asked indicators', () => {
    const text = 'code,name,year,indicator,value,unit,source_id\n53.01,K,2019,households_in_agriculture_percent,62.1,%,W\n53.01,K,2019,cereal_production_paddy_plus_maize,8000,t,W\n';
    expect(readLongTable(text, 'f.csv', { households_in_agriculture_percent: [0, 100] }).map((r) => r.value)).toEqual([62.1]);
  });
  it('checks each indicator against its own range', async () => {
    const text = 'code,name,year,indicator,value,unit,source_id\n53.01,K,2020,fsva_priority_group,7,class,W\n';
    await expect(async () => readLongTable(text, 'c.csv', { fsva_priority_group: [1, 6] })).rejects.toThrow(/c\.csv row 2, column "value": 7 is outside the plausible range 1\.\.6/);
  });
  it('keeps a methodological break apart as a separate series', () => {
    const text = 'code,name,year,indicator,value,unit,source_id\n53.01,K,2021,hdi_ipm,63.8,index,A\n53.01,K,2025,hdi_ipm,68.1,index,B\n';
    expect(readLongTable(text, 'c.csv', COVARIATE_RANGES, covariateSeries).map((r) => r.indicator)).toEqual(['hdi_ipm', 'hdi_ipm_revised']);
  });
  it('reads national reference values', () => {
    expect(readNationalTable('indicator,year,value,source_id,note\np0,2025,8.47,N,x\n')[0]).toMatchObject({ level: 'national', indicator: 'p0', year: 2025, value: 8.47 });
  });
});

describe('readPriorityTable', () => {
  const text = [
    'code,name,year,program,source_id',
    '53.17,Kabupaten Sumba Tengah,2021,Penanggulangan kemiskinan ekstrem 2021,NEWS_TENDABESAR_2021',
    '53.12,Kabupaten Sumba Barat,2021,NTT priority list variant: named only by tabloidmaritim.com (instead of Manggarai Timur); disputed,NEWS_TABLOIDMARITIM_2021',
    '53.19,Kabupaten Manggarai Timur,2021,Penanggulangan kemiskinan ekstrem 2021,NEWS_TENDABESAR_2021',
  ].join('\n');
  it('marks the disputed variant and the entry it would replace as disputed, keeping both', () => {
    expect(readPriorityTable(text).map((r) => [r.name, r.status])).toEqual([
      ['Kabupaten Sumba Tengah', 'listed'], ['Kabupaten Sumba Barat', 'disputed'], ['Kabupaten Manggarai Timur', 'disputed'],
    ]);
  });
  it('says in each disputed entry who names the other', () => {
    expect(readPriorityTable(text)[2].note).toMatch(/NEWS_TABLOIDMARITIM_2021 names Kabupaten Sumba Barat instead/);
  });
});
