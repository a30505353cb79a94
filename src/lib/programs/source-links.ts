/**
 * Web addresses of the source ids the shipped program lists cite (`source_id` of
 * `data/programs/program_loci.csv`, the register and the KNMP list), as listed in the project's
 * source register (`../shared/data/SOURCES.md`; `data/programs/README.md` names the ids).
 */
export const SOURCE_URLS: Readonly<Record<string, string>> = {
  NEWS_INDONEWS_BAUMATA_2024: 'https://indonews.id/artikel/339201/Sinergi-Konvergensi-Program-Pemberdayaan-untuk-Percepatan-Penghapusan-Kemiskinan-Ekstrem-di-Kabupaten-Kupang/',
  NEWS_JPNN_BAUMATA_2024: 'https://m.jpnn.com/news/pemerintah-gelar-rapat-koordinasi-konvergensi-untuk-atasi-kemiskinan-ekstrem-di-kupang?page=2',
  NEWS_JEJAKTANAH_BAUMATA_2025: 'https://www.jejaktanah.id/2025/11/kampung-reforma-agraria-baumata-kemandirian-ekonomi-pisang-cavendish.html',
  NEWS_BERITABETA_WAISAMET_2021: 'https://beritabeta.com/program-kampung-reforma-agraria-terus-pulihkan-ekonomi-warga-desa-waisamet-sbt',
  NEWS_RADARKAUR_2024: 'https://radarkaur.bacakoran.co/read/8363/bentuk-kampung-reforma-agraria-tim-gtra-data-pemberdayaan-3-desa',
  NEWS_SUARA_KEMNAKER_NTT_2021: 'https://suara.com/bisnis/2021/10/18/093252/program-intervensi-kemnaker-fokus-kurangi-kemiskinan-ekstrem-di-ntt',
  NEWS_RMID_KEMNAKER_NTT_2021: 'https://rm.id/baca-berita/kemnaker/95736/tanggulangi-kemiskinan-di-ntt-kemnaker-pakai-2-jurus-ini',
  NEWS_SUARANTT_BLKK_2022: 'https://suara-ntt.com/saat-ini-ntt-punya-54-blk-komunitas',
  NEWS_MAJALAHINDONESIA_BBPVP: 'https://majalahindonesia.id/pemerintah-miliki-enam-bbpvp-sebagai-salah-satu-pusat-pengembangan-sdm/?noamp=mobile',
  NEWS_SUARA_BLK_UPTP_2019: 'https://amp.suara.com/bisnis/2019/09/30/150000/kemnaker-resmikan-empat-balai-latihan-kerja-baru',
  // The register as published (kelembagaan.kemnaker.go.id) was read from this scrape of it.
  KEMNAKER_LEMBAGA_2024: 'https://github.com/agung96tm/indonesian-training-institutions-collection',
  KKP_KNMP_2025: 'https://github.com/darishafizh/program-prioritas-knmp',
};

/** One cited source: as written, and its address when known. */
export interface SourceLink {
  label: string;
  url?: string;
}

/**
 * The sources a locus cites (`source`: ids or citations separated by ";"), each with its address:
 * a known id's from `SOURCE_URLS`, or the cell itself when it is an http(s) address (a user's file
 * may cite by URL). Anything else is kept as text without a link.
 */
export function sourceLinks(source: string | undefined): SourceLink[] {
  return (source ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((label) => {
      const url = SOURCE_URLS[label] ?? (/^https?:\/\/\S+$/i.test(label) ? label : undefined);
      return url ? { label, url } : { label };
    });
}
