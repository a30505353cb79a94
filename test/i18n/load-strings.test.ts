import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { loadedStrings, loadStrings } from '../../src/i18n/index.ts';

describe('loadStrings', () => {
  it('has Bahasa Indonesia at hand from the start, English only once loaded, then at hand and shared', async () => {
    expect(loadedStrings('id')).toBe(id);
    expect(loadedStrings('en')).toBeUndefined();
    expect(await loadStrings('id')).toBe(id);
    const [a, b] = await Promise.all([loadStrings('en'), loadStrings('en')]);
    expect(a).toBe(en);
    expect(b).toBe(en);
    expect(loadedStrings('en')).toBe(en);
    expect(a.langToggle).toBe('Bahasa Indonesia');
  });
});
