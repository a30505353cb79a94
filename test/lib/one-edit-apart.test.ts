import { describe, expect, it } from 'vitest';
import { oneEditApart } from '../../src/lib/one-edit-apart.ts';

describe('oneEditApart', () => {
  it('accepts one substitution, insertion or deletion in names of six letters or more', () => {
    expect(oneEditApart('oebelo', 'oebello')).toBe(true);
    expect(oneEditApart('sukamakmur', 'sukamakmor')).toBe(true);
    expect(oneEditApart('sukamakmur', 'sukamakmu')).toBe(true);
  });
  it('rejects short names, equal names and two edits', () => {
    expect(oneEditApart('oelo', 'oela')).toBe(false);
    expect(oneEditApart('baumata', 'baumata')).toBe(false);
    expect(oneEditApart('baumata', 'baumuta2')).toBe(false);
  });
});
