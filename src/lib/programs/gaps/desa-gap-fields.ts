import { idmStatusClass, type IdmStatus } from '../../indicators/idm-status.ts';
import { formatNumber } from '../../format/format.ts';
import type { DesaNeed } from './desa-need.ts';
import type { GapHotspot } from './gap-flags.ts';

type Words = { id: string; en: string };

/** A desa row's own IDM, as the gap table and its CSV show it. */
export interface GapIdm {
  /** IDM score 0–1; null: not scored (a kelurahan, or a desa without an IDM row). */
  score: number | null;
  /** 1 Mandiri … 5 Sangat Tertinggal; null: not scored. */
  status: IdmStatus | null;
  /** A kelurahan: "tidak dinilai IDM (kelurahan)", never "no data". */
  kelurahan: boolean;
  year: number;
  source: Words;
}

/** What a desa row says of its status in words: the class's name, or why it has none. */
export function idmStatusWords(idm: GapIdm): Words {
  if (idm.kelurahan) return { id: 'tidak dinilai IDM (kelurahan)', en: 'not scored by IDM (kelurahan)' };
  const cls = idm.status === null ? undefined : idmStatusClass(idm.status);
  return cls ? cls.label : { id: `tanpa skor IDM ${idm.year}`, en: `no IDM ${idm.year} score` };
}

/**
 * The IDM of desa row `r` and the reasons a desa row gives: its own IDM score and status with their
 * source and year (not its kabupaten's poverty figures), then its kabupaten's farming flag when that
 * holds, named as the kabupaten's.
 */
export function desaGapFields(need: DesaNeed, r: number, h: GapHotspot | undefined, kabupatenName: string): { idm: GapIdm; reasons: Words[] } {
  const s = need.status[r], score = need.score[r];
  const idm: GapIdm = {
    score: Number.isNaN(score) ? null : score,
    status: idmStatusClass(s)?.status ?? null,
    kelurahan: need.kelurahan[r] === 1,
    year: need.year,
    source: need.source,
  };
  const words = idmStatusWords(idm);
  const reasons: Words[] = [idm.score === null
    ? { id: `${words.id} (${need.source.id})`, en: `${words.en} (${need.source.en})` }
    : { id: `IDM ${formatNumber(idm.score, 'id', 4)}: ${words.id} (${need.source.id})`, en: `IDM ${formatNumber(idm.score, 'en', 4)}: ${words.en} (${need.source.en})` }];
  if (h?.farming && h.farmingReason) reasons.push({ id: `Kabupaten pertanian (angka ${kabupatenName}, bukan angka desa ini): ${h.farmingReason.id}`, en: `Farming kabupaten (a figure of ${kabupatenName}, not of this desa): ${h.farmingReason.en}` });
  return { idm, reasons };
}
