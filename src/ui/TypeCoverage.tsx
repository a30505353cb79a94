import type { ProgramsMetadata } from '../lib/programs/metadata.ts';
import { INTERVENTION_LABELS } from '../lib/programs/intervention.ts';
import { INTERVENTION_TYPES, type InterventionType } from '../lib/programs/types.ts';
import { useI18n } from './store/store.ts';

/** What the shipped data holds of one intervention type: a complete register (somewhere), examples from news, or nothing. */
export type TypeData = 'register' | 'examples' | 'none';

/** Per intervention type (`other` left out), what kind of data the shipped datasets hold. */
export function typeData(m: ProgramsMetadata): Record<Exclude<InterventionType, 'other'>, TypeData> {
  const out = {} as Record<Exclude<InterventionType, 'other'>, TypeData>;
  for (const t of INTERVENTION_TYPES) {
    if (t === 'other') continue;
    const kinds = m.datasets.filter((d) => d.interventions.includes(t)).map((d) => d.kind);
    out[t] = m.registerCoverage[t]?.length ? 'register' : kinds.length ? 'examples' : 'none';
  }
  return out;
}

/**
 * Per intervention type, in one line each, what the shipped program data covers: where a register
 * lists it completely (provinces named), where only examples from news exist, and where there is no
 * locus data at all — so a thin register never reads as a gap.
 */
export function TypeCoverage({ metadata, provinceName }: { metadata: ProgramsMetadata; provinceName: (kode: string) => string | undefined }) {
  const { t, lang } = useI18n();
  const kinds = typeData(metadata);
  return (
    <details class="type-coverage">
      <summary>{t.typeCoverageTitle}</summary>
      <ul>
        {(Object.keys(kinds) as (keyof typeof kinds)[]).map((type) => (
          <li key={type} data-type={type} data-kind={kinds[type]}>
            <strong>{INTERVENTION_LABELS[type][lang]}</strong>:{' '}
            {kinds[type] === 'register'
              ? t.typeCoverageRegister((metadata.registerCoverage[type] ?? []).map((k) => provinceName(k) ?? k).join(', '))
              : kinds[type] === 'examples'
                ? t.typeCoverageExamples
                : t.typeCoverageNone}
          </li>
        ))}
      </ul>
    </details>
  );
}
