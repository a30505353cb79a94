import { splitKind } from '../names.ts';
import type { JoinReport } from './join-report.ts';
import type { CodeSystem, RegionMatcher } from './region-matcher.ts';

/** True for a name written in capitals ("NUSA TENGGARA TIMUR"). */
export function isAllCaps(s: string): boolean {
  return /[A-Z]/.test(s) && s === s.toUpperCase();
}

/**
 * A row naming a province: "Provinsi …", a name no kabupaten/kota has ("Jawa Barat"), or an ALL-CAPS
 * name in a mixed-case table ("GORONTALO" above "Gorontalo"); in an all-caps table, only names that
 * no kabupaten has.
 */
export function isProvinceRow(name: string, capsFile: boolean, matcher: RegionMatcher): boolean {
  if (!name || splitKind(name).kind || !matcher.province(name)) return false;
  if (/^prov/i.test(name) || !matcher.hasRegionNamed(name, '*')) return true;
  return capsFile ? !matcher.hasRegionNamed(name, 'kabupaten') : isAllCaps(name);
}

/**
 * How to read a code column: as asked; else by header ("kode_bps", "kode_dagri"); Kemendagri when any
 * code has a dot; else whichever system agrees with the names more often; else BPS, with a warning.
 */
export function chooseCodeSystem(asked: CodeSystem | 'auto', header: string, pairs: string[][], matcher: RegionMatcher, report: JoinReport): CodeSystem {
  if (asked !== 'auto') return asked;
  if (/bps/i.test(header)) return 'bps';
  if (/dagri|kemendagri|permendagri/i.test(header) || pairs.some(([c]) => c.includes('.'))) return 'kemendagri';
  const agree = (s: CodeSystem) => pairs.filter(([c, n]) => {
    const m = n ? matcher.byName(n) : undefined;
    return m?.status === 'matched' && matcher.byCode(c, s) === m.region;
  }).length;
  const bps = agree('bps'), kem = agree('kemendagri');
  if (kem > bps) return 'kemendagri';
  if (bps === 0) report.warnings.push('4-digit codes without dots read as BPS codes (no header hint and no names to check); pass codeSystem to override');
  return 'bps';
}
