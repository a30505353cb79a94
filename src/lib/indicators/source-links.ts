import type { SourceDef } from './types.ts';

/** The links of a source: the publisher's own table (when known) and the copy the figures came through. */
export interface SourceLinks {
  /** The publisher's table or publication; the source's `url` when the figures were taken from the publisher directly. */
  publisher?: string;
  /** The copy's page (Kaggle, GitHub, a news site …); only for sources with `via`. */
  copy?: string;
}

/** Which link of a source is the publisher's and which the copy's (none is guessed: absent stays absent). */
export function sourceLinks(s: Pick<SourceDef, 'via' | 'url' | 'publisherUrl'>): SourceLinks {
  const out: SourceLinks = {};
  const publisher = s.publisherUrl ?? (s.via ? undefined : s.url);
  if (publisher) out.publisher = publisher;
  if (s.via && s.url) out.copy = s.url;
  return out;
}

/**
 * A source on one line of plain text (CSV cells): its title, then the publisher's table, then the
 * copy's link after "via", e.g. "BPS, tabel 621 … (via GitHub) — https://www.bps.go.id/… — via https://github.com/…".
 */
export function sourceLine(s: Pick<SourceDef, 'title' | 'via' | 'url' | 'publisherUrl'>): string {
  const l = sourceLinks(s);
  return [s.title, l.publisher, l.copy && `via ${l.copy}`].filter(Boolean).join(' — ');
}

/** "BPS" or "BPS via Kaggle": the publisher and, for a copy, which one (alt text, short citations). */
export function publisherVia(s: Pick<SourceDef, 'publisher' | 'via'>): string {
  return s.via ? `${s.publisher} via ${s.via}` : s.publisher;
}
