import type { SourceDef } from './types.ts';

/** The links of a source: the publisher's own table (when known) and the copy the figures came through. */
export interface SourceLinks {
  /** The publisher's table or publication; the source's `url` when the figures were taken from the publisher directly. */
  publisher?: string;
  /** The copy's page (Kaggle, GitHub, a news site …); only for sources with `via`. */
  copy?: string;
}

type Linked = Pick<SourceDef, 'via' | 'url' | 'publisherUrl' | 'publisherUrlOf'>;

/**
 * Which link of a source is the publisher's and which the copy's, for the figures of `indicator`
 * (none is guessed: absent stays absent; a per-indicator table is given only for that indicator).
 */
export function sourceLinks(s: Linked, indicator?: string): SourceLinks {
  const out: SourceLinks = {};
  const publisher = (indicator !== undefined ? s.publisherUrlOf?.[indicator] : undefined) ?? s.publisherUrl ?? (s.via ? undefined : s.url);
  if (publisher) out.publisher = publisher;
  if (s.via && s.url) out.copy = s.url;
  return out;
}

/**
 * A source on one line of plain text (CSV cells): its title, then the publisher's table, then the
 * copy's link after "via", e.g. "BPS, tabel 621 … (via GitHub) — https://www.bps.go.id/… — via https://github.com/…".
 */
export function sourceLine(s: Linked & Pick<SourceDef, 'title'>, indicator?: string): string {
  const l = sourceLinks(s, indicator);
  return [s.title, l.publisher, l.copy && `via ${l.copy}`].filter(Boolean).join(' — ');
}

/** "BPS" or "BPS via Kaggle": the publisher and, for a copy, which one (alt text, short citations). */
/** `publisher_url` as written in sources.csv: one URL, or "indicator=URL" pairs separated by spaces. */
export function publisherUrlCell(s: Pick<SourceDef, 'publisherUrl' | 'publisherUrlOf'>): string {
  return s.publisherUrl ?? Object.entries(s.publisherUrlOf ?? {}).map(([k, v]) => `${k}=${v}`).join(' ');
}

export function publisherVia(s: Pick<SourceDef, 'publisher' | 'via'>): string {
  return s.via ? `${s.publisher} via ${s.via}` : s.publisher;
}
