import type { ProgramsMetadata } from '../lib/programs/metadata.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import type { InterventionType } from '../lib/programs/types.ts';
import { formatNumber, type Lang } from '../lib/format/format.ts';
import { useI18n } from './store/store.ts';

/** Provinces of Java and Bali (BPS codes): a register for some of them says nothing about the others. */
const JAVA_BALI = ['31', '32', '33', '34', '35', '36', '51'];

/** `2024-10-31` → "31 Oktober 2024" / "31 October 2024"; a bare year stays as it is. */
export function formatAsOf(asOf: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${asOf}T00:00:00Z`));
}

/**
 * Per intervention type listed by a register: the provinces it covers and the Java–Bali provinces it
 * leaves out (named so nobody reads "no BLK in Jawa Tengah" as a fact). `provinceName` names a BPS code.
 */
export function registerGaps(m: ProgramsMetadata, provinceName: (kode: string) => string | undefined): { type: InterventionType; covered: string[]; missing: string[] }[] {
  return (Object.entries(m.registerCoverage) as [InterventionType, string[]][]).map(([type, codes]) => ({
    type,
    covered: codes.map((k) => provinceName(k) ?? k),
    missing: JAVA_BALI.filter((k) => !codes.includes(k)).map((k) => provinceName(k) ?? k),
  }));
}

/** One sentence per register: "… covers only A, B; not C, D nor any province outside Java–Bali". */
export function registerNote(m: ProgramsMetadata | undefined, provinceName: (kode: string) => string | undefined, lang: Lang, words: (type: string, covered: string, missing: string) => string): string | undefined {
  if (!m) return undefined;
  const lines = registerGaps(m, provinceName).map((g) => words(INTERVENTION_LABELS[g.type][lang], g.covered.join(', '), g.missing.join(', ')));
  return lines.length ? lines.join(' ') : undefined;
}

/**
 * What the shipped program data covers, from the `metadata` of programs.geojson: per dataset its
 * kind (register or examples), the date it stands at, its loci, intervention types and provinces,
 * and its own note; then what the registers leave out.
 */
export function ProgramCoverage({ metadata, provinceName }: { metadata: ProgramsMetadata; provinceName: (kode: string) => string | undefined }) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, lang, 0);
  const note = registerNote(metadata, provinceName, lang, t.coverageRegisterGap);
  return (
    <div class="programs-coverage">
      <h3>{t.coverageTitle}</h3>
      <ul>
        {metadata.datasets.map((d) => (
          <li key={d.file} data-file={d.file} data-kind={d.kind} data-provinces={d.provinces.map((p) => p.kode).join(' ')}>
            <strong>{d.title[lang]}</strong> ({d.kind === 'register' ? t.coverageRegister : t.coverageExamples}, {t.coverageAsOf(formatAsOf(d.asOf, lang))}): {t.coverageLoci(n(d.loci), d.interventions.map((x) => INTERVENTION_LABELS[x][lang]).join(', '), d.provinces.map((p) => p.name).join(', '))} {d.note[lang]}
          </li>
        ))}
      </ul>
      {note && <p class="coverage-gap-note">{note}</p>}
    </div>
  );
}
