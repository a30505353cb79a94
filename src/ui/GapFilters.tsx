import { useI18n } from './store/store.ts';
import { GAP_DEFAULTS, IDM_FILTERS, type GapOptions } from '../lib/programs/gaps/find-gaps.ts';
import { GAP_REQUIRE } from '../lib/programs/gaps/gap-options.ts';
import { oneOf } from '../lib/one-of.ts';

const GAP_LEVELS = ['kabupaten', 'kecamatan', 'desa'] as const;
const SORT_BY = ['poor', 'p0'] as const;
export const MAX_LOCI = [0, 1, 2, 3, 5];
/** Radii offered for "no program within" (0: any distance). */
const NO_PROGRAM_KM = ['0', '5', '10', '25', '50'] as const;
/** The national desa list the preset button asks for. */
export const NATIONAL_DESA_PRESET: Partial<GapOptions> = { level: 'desa', idm: 'sangat', require: 'coastal', noProgramWithinKm: 10, within: '' };

/**
 * The gap finder's filters: level, coastal/farming, loci, ranking (kabupaten and kecamatan) or IDM
 * status (desa), distance to the nearest program, area-wide programs, registers, "only in …", and a
 * button for the national desa list (coastal Sangat Tertinggal desa with no program within 10 km).
 */
export function GapFilters({ options: o, set, withinName, withinKode }: { options: Partial<GapOptions>; set: (patch: Partial<GapOptions>, national?: true) => void; withinName: string | undefined; withinKode: string }) {
  const { t } = useI18n();
  const level = o.level ?? 'kabupaten';
  return (
    <div class="gap-options">
      <button type="button" id="gap-national-desa" class="secondary gap-preset" onClick={() => set(NATIONAL_DESA_PRESET, true)}>{t.gapNationalDesa(NATIONAL_DESA_PRESET.noProgramWithinKm ?? 0)}</button>
      <label>
        <span>{t.gapLevel}</span>
        <select id="gap-level" value={level} onChange={(e) => set({ level: oneOf(e.currentTarget.value, GAP_LEVELS, 'gap level') })}>
          {GAP_LEVELS.map((l) => (
            <option key={l} value={l}>{t.levels[l]}</option>
          ))}
        </select>
      </label>
      {level === 'desa' && (
        <label>
          <span>{t.gapIdmFilter}</span>
          <select id="gap-idm" value={o.idm ?? GAP_DEFAULTS.idm} onChange={(e) => set({ idm: oneOf(e.currentTarget.value, IDM_FILTERS, 'IDM status filter') })}>
            {IDM_FILTERS.map((f) => (
              <option key={f} value={f}>{t.gapIdmOptions[f]}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t.gapRequire}</span>
        <select id="gap-require" value={o.require ?? 'coastal-or-farming'} onChange={(e) => set({ require: oneOf(e.currentTarget.value, GAP_REQUIRE, 'gap requirement') })}>
          {GAP_REQUIRE.map((r) => (
            <option key={r} value={r}>{(level === 'desa' ? t.gapRequireOptionsDesa : t.gapRequireOptions)[r]}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.gapMaxLoci}</span>
        <select id="gap-max-loci" value={String(o.maxLoci ?? 0)} onChange={(e) => set({ maxLoci: Number(e.currentTarget.value) })}>
          {MAX_LOCI.map((k) => (
            <option key={k} value={String(k)}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        <span>{t.gapNoProgramKm}</span>
        <select id="gap-no-program-km" value={String(o.noProgramWithinKm ?? 0)} onChange={(e) => set({ noProgramWithinKm: Number(oneOf(e.currentTarget.value, NO_PROGRAM_KM, 'distance')) })}>
          {NO_PROGRAM_KM.map((k) => (
            <option key={k} value={k}>{k === '0' ? t.gapNoProgramKmOff : `${k} km`}</option>
          ))}
        </select>
      </label>
      {level !== 'desa' && (
        <label>
          <span>{t.gapSortBy}</span>
          <select id="gap-sort" value={o.sortBy ?? 'poor'} onChange={(e) => set({ sortBy: oneOf(e.currentTarget.value, SORT_BY, 'gap ranking') })}>
            <option value="poor">{t.gapSortPoor}</option>
            <option value="p0">{t.gapSortP0}</option>
          </select>
        </label>
      )}
      <label class="check">
        <input type="checkbox" id="gap-area-wide" checked={o.countAreaWide ?? GAP_DEFAULTS.countAreaWide} onChange={(e) => set({ countAreaWide: e.currentTarget.checked })} /> {t.gapCountAreaWide}
      </label>
      <label class="check">
        <input type="checkbox" id="gap-only-registered" checked={!!o.onlyRegistered} onChange={(e) => set({ onlyRegistered: e.currentTarget.checked })} /> {t.gapOnlyRegistered}
      </label>
      {withinName && (
        <label class="check">
          <input id="gap-within" type="checkbox" checked={!!o.within} onChange={(e) => set({ within: e.currentTarget.checked ? withinKode : '' })} /> {t.gapWithin(withinName)}
        </label>
      )}
    </div>
  );
}
