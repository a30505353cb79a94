import { Fragment } from 'preact';
import { useI18n } from './store/store.ts';
import { sourceLinks } from '../lib/indicators/source-links.ts';
import type { SourceDef } from '../lib/indicators/types.ts';
import { sourceIn } from '../lib/indicators/source-in.ts';
import { citedYears } from '../lib/format/cited-years.ts';

type Shown = Pick<SourceDef, 'id' | 'title' | 'publisher' | 'via' | 'url' | 'publisherUrl' | 'publisherUrlOf' | 'titleEn' | 'viaEn'>;

/**
 * A source as the page shows it where there is room (legend, region panel): its title in the page's
 * language (publisher, and "via …" for a copy), the `years` it gives that the title does not name,
 * then a link to the publisher's own table of `indicator`'s figures when known and a link to the
 * copy, each opening in a new tab.
 */
export function SourceCitation({ source, indicator, years = [] }: { source: Shown; indicator?: string; years?: readonly number[] }) {
  const { t, lang } = useI18n();
  const s = sourceIn(source, lang);
  const own = citedYears(s.title, years);
  const links = sourceLinks(s, indicator);
  const link = (href: string, text: string, kind: string) => (
    <a class="source-link" data-link={kind} href={href} target="_blank" rel="noopener" title={t.sourceLinkTitle(href)}>
      {text} ↗
    </a>
  );
  return (
    <span class="source-citation" data-source={s.id}>
      {s.title}
      {own.length > 0 && ` (${own.join(', ')})`}
      {links.publisher && <> · {link(links.publisher, t.sourcePublisherLink(s.publisher), 'publisher')}</>}
      {links.copy && <> · {link(links.copy, t.sourceCopyLink(s.via!), 'copy')}</>}
    </span>
  );
}

/** Several sources of `indicator`'s figures separated by "; " (the legend's source line), each with its years (`years`: source id → years), or "–" when there are none. */
export function SourceCitations({ sources, indicator, years }: { sources: Shown[]; indicator?: string; years?: ReadonlyMap<string, readonly number[]> }) {
  if (!sources.length) return <>–</>;
  return (
    <>
      {sources.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && '; '}
          <SourceCitation source={s} indicator={indicator} years={years?.get(s.id)} />
        </Fragment>
      ))}
    </>
  );
}
