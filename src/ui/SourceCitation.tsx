import { Fragment } from 'preact';
import { useI18n } from './store/store.ts';
import { sourceLinks } from '../lib/indicators/source-links.ts';
import type { SourceDef } from '../lib/indicators/types.ts';

type Shown = Pick<SourceDef, 'id' | 'title' | 'publisher' | 'via' | 'url' | 'publisherUrl' | 'publisherUrlOf'>;

/**
 * A source as the page shows it where there is room (legend, region panel): its title (publisher,
 * and "via …" for a copy), then a link to the publisher's own table of `indicator`'s figures when
 * known and a link to the copy, each opening in a new tab.
 */
export function SourceCitation({ source: s, indicator }: { source: Shown; indicator?: string }) {
  const { t } = useI18n();
  const links = sourceLinks(s, indicator);
  const link = (href: string, text: string, kind: string) => (
    <a class="source-link" data-link={kind} href={href} target="_blank" rel="noopener" title={t.sourceLinkTitle(href)}>
      {text} ↗
    </a>
  );
  return (
    <span class="source-citation" data-source={s.id}>
      {s.title}
      {links.publisher && <> · {link(links.publisher, t.sourcePublisherLink(s.publisher), 'publisher')}</>}
      {links.copy && <> · {link(links.copy, t.sourceCopyLink(s.via!), 'copy')}</>}
    </span>
  );
}

/** Several sources of `indicator`'s figures separated by "; " (the legend's source line), or "–" when there are none. */
export function SourceCitations({ sources, indicator }: { sources: Shown[]; indicator?: string }) {
  if (!sources.length) return <>–</>;
  return (
    <>
      {sources.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && '; '}
          <SourceCitation source={s} indicator={indicator} />
        </Fragment>
      ))}
    </>
  );
}
