import { describe, expect, it } from 'vitest';
import { publisherUrlCell, publisherVia, sourceLine, sourceLinks } from '../../../src/lib/indicators/source-links.ts';
import { readSources } from '../../../src/lib/indicators/read-sources.ts';

const HEADER = 'id,title,publisher,via,url,publisher_url,licence,note';

describe('sourceLinks, sourceLine, publisherVia', () => {
  const copy = { title: 'BPS, tabel 621 (via GitHub)', publisher: 'BPS', via: 'GitHub', url: 'https://github.com/o/r', publisherUrl: 'https://www.bps.go.id/t' };
  it('keeps the publisher’s table and the copy apart', () => {
    expect(sourceLinks(copy)).toEqual({ publisher: 'https://www.bps.go.id/t', copy: 'https://github.com/o/r' });
    expect(sourceLine(copy)).toBe('BPS, tabel 621 (via GitHub) — https://www.bps.go.id/t — via https://github.com/o/r');
    expect(publisherVia(copy)).toBe('BPS via GitHub');
  });
  it('a copy without a known publisher table gets only the copy link (none is guessed)', () => {
    const kaggle = { title: 'BPS, Susenas Maret 2021 (via Kaggle)', publisher: 'BPS', via: 'Kaggle', url: 'https://www.kaggle.com/x' };
    expect(sourceLinks(kaggle)).toEqual({ copy: 'https://www.kaggle.com/x' });
    expect(sourceLine(kaggle)).toBe('BPS, Susenas Maret 2021 (via Kaggle) — via https://www.kaggle.com/x');
  });
  it('a source of several publisher tables links the table of the shown indicator only', () => {
    const stis = { title: 'BPS (via proyek STIS)', publisher: 'BPS', via: 'proyek STIS', url: 'https://github.com/j/u', publisherUrlOf: { p0: 'https://www.bps.go.id/621', p1: 'https://www.bps.go.id/622' } };
    expect(sourceLinks(stis, 'p1')).toEqual({ publisher: 'https://www.bps.go.id/622', copy: 'https://github.com/j/u' });
    expect(sourceLinks(stis, 'hdi_ipm')).toEqual({ copy: 'https://github.com/j/u' });
    expect(sourceLinks(stis)).toEqual({ copy: 'https://github.com/j/u' });
    expect(sourceLine(stis, 'p0')).toBe('BPS (via proyek STIS) — https://www.bps.go.id/621 — via https://github.com/j/u');
    expect(publisherUrlCell(stis)).toBe('p0=https://www.bps.go.id/621 p1=https://www.bps.go.id/622');
  });

  it('a source taken from the publisher directly: its url is the publisher’s link; no url, no link', () => {
    expect(sourceLinks({ url: 'https://www.bps.go.id/t' })).toEqual({ publisher: 'https://www.bps.go.id/t' });
    expect(sourceLinks({})).toEqual({});
    expect(publisherVia({ publisher: 'Kemenkes' })).toBe('Kemenkes');
  });
});

describe('readSources', () => {
  it('reads via and publisher_url', () => {
    const s = readSources(`${HEADER}\nK,"BPS, Susenas Maret 2021 (via Kaggle)",BPS,Kaggle,https://www.kaggle.com/x,,not stated,n\nD,"BPS, tabel 621",BPS,,,https://www.bps.go.id/t,,`);
    expect(s.K).toEqual({ id: 'K', title: 'BPS, Susenas Maret 2021 (via Kaggle)', publisher: 'BPS', via: 'Kaggle', url: 'https://www.kaggle.com/x', licence: 'not stated', note: 'n' });
    expect(s.D).toEqual({ id: 'D', title: 'BPS, tabel 621', publisher: 'BPS', publisherUrl: 'https://www.bps.go.id/t' });
  });
  it('reads indicator=URL pairs (a URL may contain "=") and refuses anything else in publisher_url', () => {
    const s = readSources(`${HEADER}\nS,BPS (via proyek STIS),BPS,proyek STIS,https://github.com/j/u,p0=https://www.bps.go.id/2/NjIxIzI=/x.html p1=https://www.bps.go.id/622,,`);
    expect(s.S.publisherUrlOf).toEqual({ p0: 'https://www.bps.go.id/2/NjIxIzI=/x.html', p1: 'https://www.bps.go.id/622' });
    expect(s.S.publisherUrl).toBeUndefined();
    expect(() => readSources(`${HEADER}\nS,BPS,BPS,,,www.bps.go.id/x,,`)).toThrow(/row 2, column "publisher_url": "www\.bps\.go\.id\/x" is neither/);
    expect(() => readSources(`${HEADER}\nS,BPS,BPS,,,https://a https://b,,`)).toThrow(/column "publisher_url"/);
  });

  it('refuses a copy whose title does not say "via", naming file, row and column', () => {
    expect(() => readSources(`${HEADER}\nK,"BPS, Susenas Maret 2021",BPS,Kaggle,https://www.kaggle.com/x,,,`)).toThrow(/sources\.csv row 2, column "title": "BPS, Susenas Maret 2021" does not say "via".*Kaggle/);
  });
  it('refuses the old header without via and publisher_url', () => {
    expect(() => readSources('id,title,publisher,url,licence,note\nK,t,BPS,,,')).toThrow(/missing column\(s\) "via", "publisher_url"/);
  });
});
