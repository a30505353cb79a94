import { describe, expect, it } from 'vitest';
import { historyWrite } from '../../../src/lib/view/history-write.ts';

const base = { lastWritten: '?region=5303', current: '?region=5303', fromUrl: false, embed: false };

describe('historyWrite', () => {
  it('pushes a user’s navigation and replaces a camera move', () => {
    expect(historyWrite({ ...base, query: '?region=5371' })).toBe('push');
    expect(historyWrite({ ...base, query: '?region=5303&view=123.6,-10.2,9' })).toBe('replace');
  });

  it('replaces when the state came from the URL, and in an embed', () => {
    expect(historyWrite({ ...base, query: '?region=5371', fromUrl: true })).toBe('replace');
    expect(historyWrite({ ...base, query: '?region=5371', embed: true })).toBe('replace');
  });

  it('writes the first view (nothing written yet) as a replace', () => {
    expect(historyWrite({ query: '?lang=en', current: '?lang=en', lastWritten: null, fromUrl: true, embed: false })).toBe('replace');
  });

  it('skips a state from before a back/forward: writing it would push over the forward entries', () => {
    // Back from ?region=5371 to the national view; the state still shows Kota Kupang until the popstate restore.
    expect(historyWrite({ query: '?region=5371', current: '', lastWritten: '?region=5371', fromUrl: false, embed: false })).toBe('skip');
    // The restore itself is written.
    expect(historyWrite({ query: '', current: '', lastWritten: '?region=5371', fromUrl: true, embed: false })).toBe('replace');
  });
});
