import { Fragment } from 'preact';
import { useI18n } from './store/store.ts';
import { sourceLinks, type SourceLinks } from '../lib/indicators/source-links.ts';
import type { SourceDef } from '../lib/indicators/types.ts';
import { sourceIn } from '../lib/indicators/source-in.ts';
import { citedYears } from '../lib/format/cited-years.ts';

type Shown = Pick<SourceDef, 'id' | 'title' | 'publisher' | 'via' | 'url' | 'publisherUrl' | 'publisherUrlOf' | 'titleEn' | 'viaEn'>;

/**
 * A source as the page shows it where there is room (legend, region panel): its title in the page's
 * language (publisher, and "via …" for a copy), the `years` it gives that the title does not name,
 * then a link to the publisher's own table of `indicator`'s figures when known and a link to the
 * copy, each opening in a new tab. `links: false` leaves the two links out (the folded legend on a phone:
 * they come with the unfolded legend).
 */
export function SourceCitation({ source, indicator, years = [], links: withLinks = true }: { source: Shown; indicator?: string; years?: readonly number[]; links?: boolean }) {
  const { t, lang } = useI18n();
  const s = sourceIn(source, lang);
  const own = citedYears(s.title, years);
  const links: SourceLinks = withLinks ? sourceLinks(s, indicator) : {};
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

/** Several sources of `indicator`'s figures separated by "; " (the legend's source line), each with its years (`years`: source id → years), or "–" when there are none; `links` as `SourceCitation`'s. */
export function SourceCitations({ sources, indicator, years, links = true }: { sources: Shown[]; indicator?: string; years?: ReadonlyMap<string, readonly number[]>; links?: boolean }) {
  if (!sources.length) return <>–</>;
  return (
    <>
      {sources.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && '; '}
          <SourceCitation source={s} indicator={indicator} years={years?.get(s.id)} links={links} />
        </Fragment>
      ))}
    </>
  );
}
