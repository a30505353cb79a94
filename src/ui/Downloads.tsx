import { regionOf, regionsOf, childrenOf } from '../lib/regions/region-views.ts';
import type { Region } from '../lib/regions/region.ts';
import { DATA_FILES } from '../load/data-source.ts';
import { toProblem } from '../load/load-error.ts';
import { downloadText } from './download.ts';
import { useI18n, useStore } from './store/store.ts';

/**
 * "Download data": the shown indicator for the shown region and the regions in it, every year
 * (made in the browser from the loaded values); the full `indicators.csv`; and its data dictionary.
 * For Indonesia the regions are the provinces and every kabupaten/kota.
 */
export function Downloads() {
  const { state: s, dispatch, loader } = useStore();
  const { t, lang } = useI18n();
  const { base, url } = s;
  if (!base) return null;
  const def = base.bundle.catalogue.find((d) => d.id === url.indicator);
  const here = url.region ? regionOf(s.regions, url.region) : undefined;
  const regionName = here?.name ?? t.breadcrumbRoot;
  const rows = (): Region[] => {
    if (!url.region) return [...regionsOf(s.regions, 'provinsi'), ...regionsOf(s.regions, 'kabupaten')];
    const kids = here && (here.level === 'provinsi') ? childrenOf(s.regions, here.kode) : [];
    return here ? [here, ...kids] : [];
  };
  const saveView = () =>
    void import('../lib/indicators/view-csv.ts').then(({ viewCsv, viewCsvName }) => downloadText(viewCsv(base.bundle, url.indicator, rows(), base.years.get(url.indicator) ?? [], lang, t.viewCsvColumns), viewCsvName(url.indicator, url.region)));
  // The dictionary lists each source's licence and note: from the full register, fetched on click.
  const saveDictionary = () =>
    void Promise.all([import('../lib/indicators/view-csv.ts'), loader.source.json(DATA_FILES.indicatorSources)]).then(
      ([{ dataDictionaryCsv }, sources]) => downloadText(dataDictionaryCsv({ ...base.bundle, sources: { ...base.bundle.sources, ...(sources as typeof base.bundle.sources) } }, lang), lang === 'id' ? 'lokus-kamus-data-indikator.csv' : 'lokus-indicators-dictionary.csv'),
      (e: Error) => dispatch({ type: 'loadFailed', problem: toProblem(e) }),
    );
  return (
    <div class="downloads" role="group" aria-label={t.downloadsTitle}>
      <strong>{t.downloadsTitle}</strong>
      <button type="button" class="link" id="download-view" onClick={saveView}>{t.downloadView(def?.label[lang] ?? url.indicator, regionName)}</button>
      <a href={loader.source.url(DATA_FILES.indicatorsCsv)} download="lokus-indicators.csv">{t.downloadAll}</a>
      <button type="button" class="link" id="download-dictionary" onClick={saveDictionary}>{t.downloadDictionary}</button>
    </div>
  );
}
