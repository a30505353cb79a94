import { IDM_STATUSES } from './idm-status.ts';
import type { IndicatorDef } from './types.ts';

const INDEX01 = { id: 'indeks (0–1)', en: 'index (0–1)' };
const PUBLISHER = 'Kemendes PDTT';
const DESA = ['desa'] as const;
const AREAS = ['kecamatan', 'kabupaten', 'provinsi'] as const;
const COMPUTED = { id: 'Dihitung Lokus dari IDM 2024 (Kemendes PDTT)', en: 'computed by Lokus from IDM 2024 (Kemendes PDTT)' };
const KELURAHAN = { id: 'Kelurahan tidak dinilai IDM.', en: 'Kelurahan are not scored by IDM.' };
const NO_DESA = { id: 'Wilayah tanpa desa (kota yang hanya berkelurahan) tidak punya angka ini.', en: 'Areas without desa (cities with kelurahan only) have no figure.' };

const component = (id: string, short: string, name: { id: string; en: string }): IndicatorDef => ({
  id,
  label: { id: `${name.id} (${short}, IDM)`, en: `${name.en} (${short}, IDM)` },
  unit: INDEX01,
  definition: {
    id: `${name.id} (${short}), satu dari tiga komponen Indeks Desa Membangun 2024 (Kemendes PDTT); IDM = rata-rata ketiganya. Per desa. ${KELURAHAN.id}`,
    en: `${name.en} (${short}), one of the three components of the Village Development Index 2024 (Kemendes PDTT); IDM is their mean. Per desa. ${KELURAHAN.en}`,
  },
  publisher: PUBLISHER,
  direction: 'higher-is-better',
  decimals: 4,
  levels: DESA,
});

/** IDM 2024: the desa figures as published by Kemendes PDTT, then the need per area that Lokus computes from them. */
export const IDM_CATALOGUE: readonly IndicatorDef[] = [
  {
    id: 'idm',
    label: { id: 'Indeks Desa Membangun (IDM)', en: 'Village Development Index (IDM)' },
    unit: INDEX01,
    definition: {
      id: `Indeks Desa Membangun 2024 (Kemendes PDTT) per desa, 0–1, makin tinggi makin maju; rata-rata IKS, IKE dan IKL. ${KELURAHAN.id}`,
      en: `Village Development Index 2024 (Kemendes PDTT) per desa, 0–1, higher is more developed; the mean of IKS, IKE and IKL. ${KELURAHAN.en}`,
    },
    publisher: PUBLISHER,
    direction: 'higher-is-better',
    decimals: 4,
    levels: DESA,
  },
  {
    id: 'idm_status',
    label: { id: 'Status IDM', en: 'IDM status' },
    unit: { id: '(1–5)', en: '(1–5)' },
    definition: {
      id: `Status desa menurut IDM 2024 (Kemendes PDTT), batas resmi: Mandiri ≥ 0,8155, Maju ≥ 0,7073, Berkembang ≥ 0,5990, Tertinggal ≥ 0,4908, di bawahnya Sangat Tertinggal. ${KELURAHAN.id}`,
      en: `Desa status by IDM 2024 (Kemendes PDTT), official thresholds: Mandiri ≥ 0.8155, Maju ≥ 0.7073, Berkembang ≥ 0.5990, Tertinggal ≥ 0.4908, below that Sangat Tertinggal. ${KELURAHAN.en}`,
    },
    publisher: PUBLISHER,
    direction: 'higher-is-worse',
    decimals: 0,
    categories: IDM_STATUSES.map((s) => ({ value: s.status, label: s.label, colour: s.colour })),
    levels: DESA,
  },
  component('idm_iks', 'IKS', { id: 'Indeks Ketahanan Sosial', en: 'Social Resilience Index' }),
  component('idm_ike', 'IKE', { id: 'Indeks Ketahanan Ekonomi', en: 'Economic Resilience Index' }),
  component('idm_ikl', 'IKL', { id: 'Indeks Ketahanan Ekologi/Lingkungan', en: 'Ecological Resilience Index' }),
  {
    id: 'idm_need_share',
    label: { id: 'Desa tertinggal dan sangat tertinggal (IDM)', en: 'Desa left behind or severely left behind (IDM)' },
    unit: { id: '% desa', en: '% of desa' },
    definition: {
      id: `Persentase desa berstatus Tertinggal atau Sangat Tertinggal dari desa yang dinilai IDM 2024, per kecamatan, kabupaten/kota dan provinsi. ${COMPUTED.id}, bukan angka terbitan Kemendes. ${NO_DESA.id}`,
      en: `Share of the desa scored by IDM 2024 whose status is Tertinggal or Sangat Tertinggal, per kecamatan, kabupaten/kota and province. ${COMPUTED.en}, not a figure Kemendes publishes. ${NO_DESA.en}`,
    },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-worse',
    decimals: 2,
    levels: AREAS,
  },
  {
    id: 'idm_need_count',
    label: { id: 'Jumlah desa tertinggal dan sangat tertinggal (IDM)', en: 'Number of desa left behind or severely left behind (IDM)' },
    unit: { id: 'desa', en: 'desa' },
    definition: { id: `Jumlah desa berstatus Tertinggal atau Sangat Tertinggal (IDM 2024). ${COMPUTED.id}.`, en: `Number of desa whose IDM 2024 status is Tertinggal or Sangat Tertinggal. ${COMPUTED.en}.` },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-worse',
    decimals: 0,
    levels: AREAS,
  },
  {
    id: 'idm_scored_desa',
    label: { id: 'Desa yang dinilai IDM (n)', en: 'Desa scored by IDM (n)' },
    unit: { id: 'desa', en: 'desa' },
    definition: { id: `Jumlah desa dengan skor IDM 2024, dasar (n) persentase dan median. ${COMPUTED.id}.`, en: `Number of desa with an IDM 2024 score, the base (n) of the share and the median. ${COMPUTED.en}.` },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-better',
    decimals: 0,
    levels: AREAS,
  },
  {
    id: 'idm_median',
    label: { id: 'Median IDM desa', en: 'Median IDM of desa' },
    unit: INDEX01,
    definition: { id: `Median skor IDM 2024 desa yang dinilai, per kecamatan, kabupaten/kota dan provinsi. ${COMPUTED.id}.`, en: `Median IDM 2024 score of the scored desa, per kecamatan, kabupaten/kota and province. ${COMPUTED.en}.` },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-better',
    decimals: 4,
    levels: AREAS,
  },
];
