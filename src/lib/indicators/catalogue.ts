import { IDM_CATALOGUE } from './idm-catalogue.ts';
import type { IndicatorDef } from './types.ts';

const PERCENT = { id: '%', en: '%' };
const INDEX = { id: 'indeks', en: 'index' };

/**
 * The indicator catalogue: what each id means, its unit and which way is worse. Drives labels,
 * legends and colour direction in the UI. Ids match the columns and indicator names of the tables
 * in `data/stats/` (see its README for sources and years).
 */
export const CATALOGUE: readonly IndicatorDef[] = [
  {
    id: 'p0',
    label: { id: 'Persentase penduduk miskin (P0)', en: 'Poverty rate (P0)' },
    unit: PERCENT,
    definition: {
      id: 'Persentase penduduk dengan pengeluaran per kapita di bawah garis kemiskinan kabupaten/kota (Susenas Maret).',
      en: 'Share of people whose per-capita expenditure is below the regency/city poverty line (Susenas, March).',
    },
    publisher: 'BPS',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'poor_thousands',
    label: { id: 'Jumlah penduduk miskin', en: 'Number of poor people' },
    unit: { id: 'ribu jiwa', en: 'thousand people' },
    definition: { id: 'Jumlah penduduk di bawah garis kemiskinan (Susenas Maret).', en: 'People below the poverty line (Susenas, March).' },
    publisher: 'BPS',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'p1',
    label: { id: 'Indeks kedalaman kemiskinan (P1)', en: 'Poverty gap index (P1)' },
    unit: INDEX,
    definition: {
      id: 'Rata-rata jarak pengeluaran penduduk miskin terhadap garis kemiskinan.',
      en: 'Average shortfall of the poor’s expenditure below the poverty line.',
    },
    publisher: 'BPS',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'p2',
    label: { id: 'Indeks keparahan kemiskinan (P2)', en: 'Poverty severity index (P2)' },
    unit: INDEX,
    definition: {
      id: 'Ketimpangan pengeluaran di antara penduduk miskin.',
      en: 'Inequality of expenditure among the poor (squared poverty gap).',
    },
    publisher: 'BPS',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'extreme_poverty',
    label: { id: 'Persentase penduduk miskin ekstrem', en: 'Extreme poverty rate' },
    unit: PERCENT,
    definition: {
      id: 'Persentase penduduk di bawah garis kemiskinan ekstrem (seri resmi 2018–2023, US$1,9 PPP). BPS tidak menerbitkan angka ini per kabupaten/kota: yang tampil hanya provinsi dan beberapa kabupaten yang dikutip berita (2023 kabupaten NTT: estimasi Kemenko PMK); kabupaten lain "tidak ada data" karena angkanya tidak terbit, bukan karena nol.',
      en: 'Share of people below the extreme poverty line (official 2018–2023 series, US$1.9 PPP). BPS does not publish it per regency/city: shown are provinces and the few kabupaten quoted in news reports (NTT kabupaten 2023: Kemenko PMK estimates); other kabupaten show "no data" because no figure is published, not because it is zero.',
    },
    publisher: 'BPS',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'extreme_poverty_tnp2k',
    label: { id: 'Kemiskinan ekstrem (seri TNP2K 2021)', en: 'Extreme poverty (TNP2K 2021 series)' },
    unit: PERCENT,
    definition: {
      id: 'Angka yang dipakai TNP2K/Setwapres untuk memilih 35 kabupaten prioritas 2021; bukan seri resmi BPS dan tidak dapat dibandingkan dengannya.',
      en: 'Rates TNP2K/Setwapres used to choose the 35 priority kabupaten of 2021; not BPS’s official series and not comparable with it.',
    },
    publisher: 'TNP2K',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'extreme_poverty_revised',
    label: { id: 'Kemiskinan ekstrem (garis revisi 2025)', en: 'Extreme poverty (revised 2025 line)' },
    unit: PERCENT,
    definition: {
      id: 'Seri BPS dengan garis kemiskinan ekstrem yang direvisi (nasional saja); tidak dapat disambung dengan seri 2018–2023.',
      en: 'BPS series with the revised extreme poverty line (national only); cannot be joined to the 2018–2023 series.',
    },
    publisher: 'BPS',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'households_in_agriculture_percent',
    label: { id: 'Rumah tangga berpendapatan dari pertanian', en: 'Households with income from agriculture' },
    unit: PERCENT,
    definition: {
      id: 'Persentase rumah tangga dengan pendapatan dari pertanian (Susenas 2019, lewat WFP PRISM). Makin tinggi, makin bergantung pada pertanian.',
      en: 'Share of households with income derived from agriculture (Susenas 2019, via WFP PRISM). Higher means more dependent on farming.',
    },
    publisher: 'BPS (via WFP)',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'hdi_ipm',
    label: { id: 'Indeks Pembangunan Manusia (IPM)', en: 'Human Development Index (HDI)' },
    unit: INDEX,
    definition: {
      id: 'IPM BPS dengan metode umur harapan hidup sebelum revisi 2024 (2019, 2021). Jangan dibandingkan langsung dengan IPM 2025.',
      en: 'BPS HDI with the life-expectancy method before the 2024 revision (2019, 2021). Do not compare directly with the 2025 HDI.',
    },
    publisher: 'BPS',
    direction: 'higher-is-better',
    decimals: 2,
  },
  {
    id: 'hdi_ipm_revised',
    label: { id: 'IPM (UHH revisi 2024)', en: 'HDI (2024 life-expectancy revision)' },
    unit: INDEX,
    definition: {
      id: 'IPM BPS dengan umur harapan hidup yang direvisi (Long Form SP2020); seri baru, tidak disambung dengan IPM 2019/2021.',
      en: 'BPS HDI with revised life expectancy (Long Form SP2020); a new series, not joined to the 2019/2021 HDI.',
    },
    publisher: 'BPS',
    direction: 'higher-is-better',
    decimals: 2,
  },
  {
    id: 'stunting_prevalence_under5',
    label: { id: 'Prevalensi stunting balita', en: 'Stunting among children under 5' },
    unit: PERCENT,
    definition: { id: 'Persentase balita pendek (Riskesdas 2018, lewat WFP PRISM).', en: 'Share of children under five who are stunted (Riskesdas 2018, via WFP PRISM).' },
    publisher: 'Kemenkes (via WFP)',
    direction: 'higher-is-worse',
    decimals: 1,
  },
  {
    id: 'fsva_priority_group',
    label: { id: 'Prioritas ketahanan pangan (FSVA)', en: 'Food security priority group (FSVA)' },
    unit: { id: '(1–6)', en: '(1–6)' },
    definition: {
      id: 'Kelompok prioritas Peta Ketahanan dan Kerentanan Pangan (FSVA): 1 paling rentan, 6 paling tahan. Edisi 2020 (BKP, lewat WFP PRISM), 2023 dan 2024 (Bapanas). Tahun = edisi; tiap edisi memakai data tahun sebelumnya.',
      en: 'Priority group of the Food Security and Vulnerability Atlas (FSVA): 1 most vulnerable, 6 most resilient. Editions 2020 (BKP, via WFP PRISM), 2023 and 2024 (Bapanas). Year = edition; each edition uses the previous year\u2019s data.',
    },
    publisher: 'BKP / Bapanas',
    direction: 'higher-is-better',
    decimals: 0,
  },
  {
    id: 'fsva_ncpr',
    label: { id: 'Rasio konsumsi normatif terhadap produksi (FSVA)', en: 'Normative consumption to production ratio (FSVA)' },
    unit: { id: 'rasio', en: 'ratio' },
    definition: {
      id: 'Rasio konsumsi normatif per kapita terhadap produksi bersih serealia dan umbi (NCPR), seperti dalam FSVA; di atas 1 berarti defisit. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Ratio of normative per-capita consumption to net production of cereals and tubers (NCPR), as in the FSVA; above 1 means a deficit. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'fsva_poverty_percent',
    label: { id: 'Penduduk miskin, kolom FSVA', en: 'Poverty rate, FSVA column' },
    unit: { id: '%', en: '%' },
    definition: {
      id: 'Persentase penduduk miskin seperti dipakai FSVA: angka BPS P0 Maret tahun sebelum edisi (salinan, bukan seri baru). Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Poverty rate as used by the FSVA: BPS P0 of March of the year before the edition (a copy, not a new series). Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'fsva_food_expenditure_share',
    label: { id: 'Rumah tangga dengan pengeluaran pangan > 65% (FSVA)', en: 'Households spending over 65% on food (FSVA)' },
    unit: { id: '%', en: '%' },
    definition: {
      id: 'Persentase rumah tangga dengan proporsi pengeluaran pangan lebih dari 65% terhadap total pengeluaran, seperti dalam FSVA. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Share of households spending more than 65% of their expenditure on food, as in the FSVA. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'fsva_no_electricity',
    label: { id: 'Rumah tangga tanpa listrik (FSVA)', en: 'Households without electricity (FSVA)' },
    unit: { id: '%', en: '%' },
    definition: {
      id: 'Persentase rumah tangga tanpa akses listrik, seperti dalam FSVA. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Share of households without electricity, as in the FSVA. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'fsva_no_clean_water',
    label: { id: 'Rumah tangga tanpa air bersih (FSVA)', en: 'Households without clean water (FSVA)' },
    unit: { id: '%', en: '%' },
    definition: {
      id: 'Persentase rumah tangga tanpa akses air bersih, seperti dalam FSVA. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Share of households without clean water, as in the FSVA. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'fsva_female_schooling_years',
    label: { id: 'Rata-rata lama sekolah perempuan (FSVA)', en: 'Mean years of schooling, women (FSVA)' },
    unit: { id: 'tahun', en: 'years' },
    definition: {
      id: 'Rata-rata lama sekolah perempuan, seperti dalam FSVA. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Mean years of schooling of women, as in the FSVA. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-better',
    decimals: 2,
  },
  {
    id: 'fsva_health_worker_ratio',
    label: { id: 'Rasio tenaga kesehatan (FSVA)', en: 'Health worker ratio (FSVA)' },
    unit: { id: 'rasio', en: 'ratio' },
    definition: {
      id: 'Rasio jumlah penduduk per tenaga kesehatan terhadap kepadatan penduduk, seperti dalam FSVA (makin tinggi makin kurang tenaga kesehatan). Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Ratio of population per health worker to population density, as in the FSVA (higher means fewer health workers). Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'fsva_life_expectancy',
    label: { id: 'Angka harapan hidup (FSVA)', en: 'Life expectancy (FSVA)' },
    unit: { id: 'tahun', en: 'years' },
    definition: {
      id: 'Angka harapan hidup saat lahir, seperti dalam FSVA. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023).',
      en: 'Life expectancy at birth, as in the FSVA. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data).',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-better',
    decimals: 2,
  },
  {
    id: 'fsva_stunting',
    label: { id: 'Prevalensi stunting balita (FSVA)', en: 'Stunting among children under 5 (FSVA)' },
    unit: { id: '%', en: '%' },
    definition: {
      id: 'Prevalensi balita stunting, seperti dalam FSVA. Tahun = edisi FSVA; tiap edisi memakai data tahun sebelumnya (FSVA 2024 memakai data 2023). Angka ini bukan angka SSGI 2022 Kemenkes (mis. Buton Tengah: FSVA 2023 18,4%, SSGI 2022 41,6%); salinan FSVA tidak menyebut sumber aslinya, jadi angka ini dikreditkan ke Bapanas.',
      en: 'Prevalence of stunting among children under five, as in the FSVA. Year = FSVA edition; each edition uses the previous year’s data (FSVA 2024 uses 2023 data). These are not Kemenkes’ SSGI 2022 figures (e.g. Buton Tengah: FSVA 2023 18.4%, SSGI 2022 41.6%); the FSVA copy does not name their original source, so they are credited to Bapanas.',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-worse',
    decimals: 2,
  },
  {
    id: 'ikp',
    label: { id: 'Indeks Ketahanan Pangan (IKP)', en: 'Food Security Index (IKP)' },
    unit: { id: 'indeks (0–100)', en: 'index (0–100)' },
    definition: {
      id: 'Indeks Ketahanan Pangan kabupaten/kota (Bapanas), 0–100, makin tinggi makin tahan. Tahun = edisi; tiap edisi memakai data tahun sebelumnya. 2018–2023 dari tabel IKP, 2024 dari FSVA 2024.',
      en: 'Food Security Index of kabupaten/kota (Bapanas), 0–100, higher is more food secure. Year = edition; each edition uses the previous year\u2019s data. 2018–2023 from the IKP table, 2024 from FSVA 2024.',
    },
    publisher: 'Bapanas',
    direction: 'higher-is-better',
    decimals: 2,
  },
  ...IDM_CATALOGUE,
];

/** The catalogue entry for an id; throws for an unknown id (a bug, not bad data). */
export function indicatorDef(id: string): IndicatorDef {
  const def = CATALOGUE.find((d) => d.id === id);
  if (!def) throw new Error(`unknown indicator "${id}"`);
  return def;
}
