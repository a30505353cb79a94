import { describe, expect, it } from 'vitest';
import { rankRegions } from '../../../src/lib/rank/rank-regions.ts';
import { rankingCsv, rankingCsvName } from '../../../src/lib/rank/ranking-csv.ts';

const meta = { indicator: 'p0', years: '2025', unit: '%', source: 'BPS, Susenas Maret 2025' };

describe('rankingCsv', () => {
  it('writes ranked rows worst first, ties marked, then the regions without a value', () => {
    const ranking = rankRegions(['9101', '9102', '9103'], new Map([['9101', 10], ['9102', 10]]), 'higher-is-worse');
    const names: Record<string, string> = { '9101': 'Alfa', '9102': 'Beta', '9103': '=Gamma' };
    const lines = rankingCsv(ranking, (k) => names[k], meta).replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toEqual([
      'peringkat,seri,kode_bps,nama,indikator,tahun,nilai,satuan,sumber',
      '1,1,9101,Alfa,p0,2025,10,%,"BPS, Susenas Maret 2025"',
      '1,1,9102,Beta,p0,2025,10,%,"BPS, Susenas Maret 2025"',
      ",,9103,'=Gamma,p0,2025,,%,\"BPS, Susenas Maret 2025\"",
    ]);
  });
});

describe('rankingCsv in another language', () => {
  it('takes the column names it is given (the English page\'s), the rows unchanged', () => {
    const ranking = rankRegions(['9101'], new Map([['9101', 10]]), 'higher-is-worse');
    const lines = rankingCsv(ranking, () => 'Alfa', { ...meta, source: 'BPS, Susenas March 2025' }, ['rank', 'tied', 'kode_bps', 'name', 'indicator', 'year', 'value', 'unit', 'source']).replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toEqual(['rank,tied,kode_bps,name,indicator,year,value,unit,source', '1,0,9101,Alfa,p0,2025,10,%,"BPS, Susenas March 2025"']);
  });
});

describe('rankingCsvName', () => {
  it('names the indicator, years, level and region in ASCII', () => {
    expect(rankingCsvName({ indicator: 'p0', years: '2019-2025', level: 'kabupaten', region: '', lang: 'id' })).toBe('lokus-peringkat-p0-2019-2025-kabupaten-indonesia.csv');
    expect(rankingCsvName({ indicator: 'p0', years: '2025', level: 'kabupaten', region: '53', lang: 'en' })).toBe('lokus-ranking-p0-2025-kabupaten-53.csv');
  });
});
