import type { UrlNotice } from '../view/url-state.ts';

/** Notices with a sentence of their own (the rest are ignored parameters, listed in one sentence). */
const OWN = new Set(['regionParent', 'regionNoPolygon']);

/** A notice about the region the page opened instead of the one asked for (its own sentence), not about an ignored parameter. */
export function isRegionNotice(n: { param: string }): boolean {
  return OWN.has(n.param);
}

/**
 * The sentences shown for the URL's notices: an old region code opened at its parent, and a desa
 * without a polygon opened at its kecamatan, get their own sentence; every other ignored parameter
 * is listed in one sentence.
 */
export function urlNoticeTexts(notices: readonly UrlNotice[], t: { urlNotice: (params: string) => string; urlRegionParent: (kode: string) => string; urlRegionNoPolygon: (kode: string, name: string) => string }): string[] {
  const ignored = notices.filter((n) => !OWN.has(n.param));
  const own = notices.filter((n) => OWN.has(n.param)).map((n) => (n.param === 'regionParent' ? t.urlRegionParent(n.value) : t.urlRegionNoPolygon(n.value, n.name ?? '')));
  return [...own, ...(ignored.length ? [t.urlNotice(ignored.map((n) => `${n.param}=${n.value}`).join(', '))] : [])];
}
