import { IDM_STATUSES } from './idm-status.ts';
import type { IndicatorDef } from './types.ts';

const INDEX01 = { id: 'indeks (0–1)', en: 'index (0–1)' };
const PUBLISHER = 'Kemendes PDTT';
const DESA = ['desa'] as const;
const AREAS = ['kecamatan', 'kabupaten', 'provinsi'] as const;
const COMPUTED = { id: 'Dihitung Lokus dari IDM 2024 (Kemendes PDTT)', en: 'computed by Lokus from IDM 2024 (Kemendes PDTT)' };
const KELURAHAN = { id: 'Kelurahan tidak dinilai IDM.', en: 'Kelurahan are not scored by IDM.' };
const NO_DESA = { id: 'Kota tanpa desa tidak punya angka.', en: 'Cities without desa have no figure.' };

const component = (id: string, short: string, name: { id: string; en: string }): IndicatorDef => ({
  id,
  label: { id: `${name.id} (${short}, IDM)`, en: `${name.en} (${short}, IDM)` },
  unit: INDEX01,
  definition: {
    id: `Komponen IDM 2024 (Kemendes PDTT) per desa; IDM = rata-rata IKS, IKE, IKL.`,
    en: `Component of IDM 2024 (Kemendes PDTT) per desa; IDM = mean of IKS, IKE, IKL.`,
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
      id: `IDM 2024 (Kemendes PDTT) per desa, 0–1, makin tinggi makin maju. ${KELURAHAN.id}`,
      en: `IDM 2024 (Kemendes PDTT) per desa, 0–1, higher is more developed. ${KELURAHAN.en}`,
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
      id: `Status IDM 2024 (Kemendes PDTT), batas resmi: Mandiri ≥ 0,8155, Maju ≥ 0,7073, Berkembang ≥ 0,5990, Tertinggal ≥ 0,4908, lalu Sangat Tertinggal. ${KELURAHAN.id}`,
      en: `IDM 2024 status (Kemendes PDTT), official thresholds: Mandiri ≥ 0.8155, Maju ≥ 0.7073, Berkembang ≥ 0.5990, Tertinggal ≥ 0.4908, then Sangat Tertinggal. ${KELURAHAN.en}`,
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
      id: `Persentase desa Tertinggal atau Sangat Tertinggal dari desa yang dinilai IDM 2024. ${COMPUTED.id}. ${NO_DESA.id}`,
      en: `Share of the desa scored by IDM 2024 that are Tertinggal or Sangat Tertinggal. ${COMPUTED.en}. ${NO_DESA.en}`,
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
    definition: { id: `Desa Tertinggal atau Sangat Tertinggal (IDM 2024). ${COMPUTED.id}.`, en: `Desa Tertinggal or Sangat Tertinggal (IDM 2024). ${COMPUTED.en}.` },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-worse',
    decimals: 0,
    levels: AREAS,
  },
  {
    id: 'idm_scored_desa',
    label: { id: 'Desa yang dinilai IDM (n)', en: 'Desa scored by IDM (n)' },
    unit: { id: 'desa', en: 'desa' },
    definition: { id: `Desa dengan skor IDM 2024: n dari persentase dan median. ${COMPUTED.id}.`, en: `Desa with an IDM 2024 score: n of the share and the median. ${COMPUTED.en}.` },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-better',
    decimals: 0,
    levels: AREAS,
  },
  {
    id: 'idm_median',
    label: { id: 'Median IDM desa', en: 'Median IDM of desa' },
    unit: INDEX01,
    definition: { id: `Median skor IDM 2024 desa yang dinilai. ${COMPUTED.id}.`, en: `Median IDM 2024 score of the scored desa. ${COMPUTED.en}.` },
    publisher: 'Lokus (IDM 2024, Kemendes PDTT)',
    direction: 'higher-is-better',
    decimals: 4,
    levels: AREAS,
  },
];
