import { describe, expect, it } from 'vitest';
import { INTERVENTION_LABELS } from '../../../src/lib/programs/intervention.ts';
import { mergeLoci, mergeLociInSlices } from '../../../src/lib/programs/ingest/merge-loci.ts';
import { INTERVENTION_TYPES, type ProgramLocus } from '../../../src/lib/programs/types.ts';

const locus = (id: string, dataset: string): ProgramLocus => ({ id, name: id, program: 'p', agency: 'a', intervention: 'jobs', years: [], locatedBy: 'region', lon: 0, lat: 0, dataset });

describe('mergeLoci', () => {
  it('appends imported loci, the imported one winning on a shared id', () => {
    const r = mergeLoci([locus('A', 'shipped'), locus('B', 'shipped')], [locus('B', 'mine'), locus('C', 'mine')], 'merge');
    expect(r.loci.map((p) => `${p.id}:${p.dataset}`)).toEqual(['A:shipped', 'B:mine', 'C:mine']);
    expect(r.replacedIds).toEqual(['B']);
  });
  it('replaces the loaded set', () => expect(mergeLoci([locus('A', 's')], [locus('C', 'm')], 'replace').loci.map((p) => p.id)).toEqual(['C']));
  it('gives the same result in slices, pausing before hashing the loaded ids and before each slice', async () => {
    const loaded = ['A', 'B', 'C', 'D'].map((id) => locus(id, 'shipped'));
    const imported = ['X', 'D', 'Y', 'B', 'Z'].map((id) => locus(id, 'mine'));
    let pauses = 0;
    const pause = () => Promise.resolve(void pauses++);
    for (const mode of ['merge', 'replace'] as const) expect(await mergeLociInSlices(loaded, imported, mode, pause, 2)).toEqual(mergeLoci(loaded, imported, mode));
    // One pause before the loaded ids are hashed, one per slice of 2 of the 5 imported; none for `replace`.
    expect(pauses).toBe(4);
    expect((await mergeLociInSlices(loaded, imported, 'merge', pause, 2)).replacedIds).toEqual(['B', 'D']);
  });
});

describe('INTERVENTION_LABELS', () => {
  it('labels every type in both languages', () => {
    for (const t of INTERVENTION_TYPES) expect(INTERVENTION_LABELS[t].id && INTERVENTION_LABELS[t].en).toBeTruthy();
  });
});
