import type { UrlNotice } from '../view/url-state.ts';

/**
 * The sentences shown for the URL's notices: an old region code opened at its parent gets its own
 * sentence; every other ignored parameter is listed in one sentence.
 */
export function urlNoticeTexts(notices: readonly UrlNotice[], t: { urlNotice: (params: string) => string; urlRegionParent: (kode: string) => string }): string[] {
  const ignored = notices.filter((n) => n.param !== 'regionParent');
  return [...notices.filter((n) => n.param === 'regionParent').map((n) => t.urlRegionParent(n.value)), ...(ignored.length ? [t.urlNotice(ignored.map((n) => `${n.param}=${n.value}`).join(', '))] : [])];
}
