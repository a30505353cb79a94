import { describe, expect, it } from 'vitest';
import { readSources, readSourcesEn } from '../../../src/lib/indicators/read-sources.ts';
import { sourceIn } from '../../../src/lib/indicators/source-in.ts';

const HEADER = 'id,title,publisher,via,url,publisher_url,licence,note';
const register = () => readSources(`${HEADER}\nS,"BPS, Susenas Maret 2025 (via proyek STIS, GitHub)",BPS,proyek STIS,https://github.com/j/u,,,\nN,"BPS, Susenas Maret 2019 (nasional)",BPS,,,,,\n`);

describe('English source titles (sources_en.csv)', () => {
  it('gives the English page the English title and copy name, the Indonesian page the register as is', () => {
    const sources = register();
    expect(readSourcesEn('id,title_en,via_en\nS,"BPS, Susenas March 2025 (via a STIS student project, GitHub)",a STIS student project\n', sources)).toEqual(['N']);
    expect(sourceIn(sources.S, 'en')).toMatchObject({ title: 'BPS, Susenas March 2025 (via a STIS student project, GitHub)', via: 'a STIS student project' });
    expect(sourceIn(sources.S, 'id')).toMatchObject({ title: 'BPS, Susenas Maret 2025 (via proyek STIS, GitHub)', via: 'proyek STIS' });
    // Without an English title the English page keeps the register's (the build warns).
    expect(sourceIn(sources.N, 'en').title).toBe('BPS, Susenas Maret 2019 (nasional)');
  });
  it('refuses an unknown id, a duplicate and an English title of a copy without "via", naming row and value', () => {
    expect(() => readSourcesEn('id,title_en,via_en\nX,t,\n', register())).toThrow(/sources_en\.csv row 2, column "id": "X" is not in sources\.csv/);
    expect(() => readSourcesEn('id,title_en,via_en\nN,a,\nN,b,\n', register())).toThrow(/row 3, column "id": duplicate id "N"/);
    expect(() => readSourcesEn('id,title_en,via_en\nS,"BPS, Susenas March 2025",\n', register())).toThrow(/row 2, column "title_en": "BPS, Susenas March 2025" does not say "via"/);
  });
});
