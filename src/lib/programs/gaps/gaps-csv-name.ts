import type { Lang } from '../../format/format.ts';
import type { GapOptions } from './gap-options.ts';

const IDM_WORDS: Record<GapOptions['idm'], { id: string; en: string }> = {
  need: { id: 'tertinggal-dan-sangat-tertinggal', en: 'tertinggal-and-sangat-tertinggal' },
  sangat: { id: 'sangat-tertinggal', en: 'sangat-tertinggal' },
  all: { id: 'semua', en: 'all' },
};

const REQUIRE_WORDS: Record<GapOptions['require'], { id: string; en: string }> = {
  coastal: { id: 'pesisir', en: 'coastal' },
  farming: { id: 'pertanian', en: 'farming' },
  'coastal-or-farming': { id: 'pesisir-atau-pertanian', en: 'coastal-or-farming' },
  'coastal-and-farming': { id: 'pesisir-dan-pertanian', en: 'coastal-and-farming' },
  any: { id: '', en: '' },
};

/**
 * File name of the gap CSV in `lang`: `lokus-celah-program.csv` / `lokus-program-gaps.csv` for
 * kabupaten and kecamatan rows; desa rows name what the list holds, e.g.
 * `lokus-celah-program-desa-sangat-tertinggal-pesisir-tanpa-program-10km-indonesia.csv` /
 * `lokus-program-gaps-desa-sangat-tertinggal-coastal-no-program-10km-indonesia.csv`
 * (the area: `indonesia`, or the key of the region the list is limited to, dots as hyphens).
 */
export function gapsCsvName(options: Partial<Pick<GapOptions, 'level' | 'idm' | 'require' | 'noProgramWithinKm' | 'within'>>, lang: Lang): string {
  const base = lang === 'id' ? 'lokus-celah-program' : 'lokus-program-gaps';
  if (options.level !== 'desa') return `${base}.csv`;
  const km = options.noProgramWithinKm ?? 0;
  const parts = [
    base, 'desa', IDM_WORDS[options.idm ?? 'need'][lang], REQUIRE_WORDS[options.require ?? 'coastal-or-farming'][lang],
    km > 0 ? (lang === 'id' ? `tanpa-program-${km}km` : `no-program-${km}km`) : '',
    options.within ? options.within.replace(/\./g, '-') : 'indonesia',
  ];
  return `${parts.filter(Boolean).join('-')}.csv`;
}
