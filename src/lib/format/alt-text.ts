import { publisherVia } from '../indicators/source-links.ts';
import type { IndicatorDef, SourceDef } from '../indicators/types.ts';
import { formatValue, type Lang } from './format.ts';
import { shortLabel } from './view-title.ts';

/** What the alt text of a view is written from (all of it plain data: no page state, no DOM). */
export interface AltTextInput {
  def: Pick<IndicatorDef, 'label' | 'unit' | 'decimals' | 'publisher' | 'direction'>;
  year: number;
  /**
   * Sources of the shown values; a month in their title ("Susenas Maret 2025") dates the figures, and
   * their publisher and copy ("BPS via GitHub") are named at the end (else the indicator's publisher).
   */
  sources: (Pick<SourceDef, 'title'> & Partial<Pick<SourceDef, 'publisher' | 'via'>>)[];
  /** Name of the selected region; '' for the national view ("Indonesia"). */
  regionName: string;
  /** Level of the regions the map colours, as the page names it in the plural ("kabupaten/kota"). */
  mappedLevel: string;
  /** The regions the map colours: name and value (undefined = no data), in any order. */
  regions: { name: string; value: number | undefined }[];
  lang: Lang;
}

/** How many regions are named at the top and at the bottom of the ranking. */
export const altTextDefaults = {
  /** Highest values named. */
  top: 3,
  /** Lowest values named. */
  bottom: 1,
};

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const words = {
  id: { map: 'Peta', by: 'per', in: 'di', highest: 'Tertinggi', lowest: 'Terendah', noData: (n: number, of: number) => `Tanpa data: ${n} dari ${of}.` },
  en: { map: 'Map of', by: 'by', in: 'in', highest: 'Highest', lowest: 'Lowest', noData: (n: number, of: number) => `No data: ${n} of ${of}.` },
};

/** "Maret 2025" when a source's title names the month of `year` (Susenas is taken in March), else "2025". */
function whenOf(sources: AltTextInput['sources'], year: number, lang: Lang): string {
  for (const s of sources) {
    const m = new RegExp(`(${MONTHS_ID.join('|')}|${MONTHS_EN.join('|')})\\s+${year}`).exec(s.title);
    if (!m) continue;
    const i = Math.max(MONTHS_ID.indexOf(m[1]), MONTHS_EN.indexOf(m[1]));
    return `${(lang === 'id' ? MONTHS_ID : MONTHS_EN)[i]} ${year}`;
  }
  return String(year);
}

/** "BPS via GitHub; BPS via proyek STIS": each distinct publisher (and copy) of the sources, in order. */
function publishersOf(sources: AltTextInput['sources']): string {
  return [...new Set(sources.filter((s) => s.publisher).map((s) => publisherVia({ publisher: s.publisher!, via: s.via })))].join('; ');
}

/** "Kabupaten Sumba Tengah" → "Sumba Tengah" (a list of kabupaten reads better without it; "Kota" stays, it tells cities apart). */
function shortName(name: string): string {
  return name.replace(/^Kabupaten\s+/, '');
}

/** A label as it reads inside a sentence: "Persentase penduduk miskin" → "persentase penduduk miskin"; "IPM" stays. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/**
 * The alt text of a view, in `lang`: what is mapped, where and when, the highest and lowest
 * regions with their values, how many have no data, and the publisher. For example
 * "Peta persentase penduduk miskin per kabupaten/kota di Nusa Tenggara Timur, Maret 2025 (BPS).
 * Tertinggi: Sumba Tengah 29,23%, Sabu Raijua 27,18%, Sumba Barat 26,47%. Terendah: Kota Kupang 7,57%.
 * Tanpa data: 0 dari 22."
 * Highest and lowest are by value whatever the indicator's direction; ties keep the input order.
 * One region with data gives its value alone; none gives only the no-data count. Pure.
 */
export function altText(input: AltTextInput): string {
  const { def, year, lang } = input;
  const w = words[lang];
  const unit = def.unit[lang];
  const fmt = (r: { name: string; value: number }) => `${shortName(r.name)} ${formatValue(r.value, unit, lang, def.decimals)}`;
  const withData = input.regions.filter((r): r is { name: string; value: number } => r.value !== undefined && Number.isFinite(r.value));
  const ranked = [...withData].sort((a, b) => b.value - a.value);
  const place = input.regionName || 'Indonesia';
  const parts = [`${w.map} ${inSentence(shortLabel(def.label[lang]))} ${w.by} ${input.mappedLevel} ${w.in} ${place}, ${whenOf(input.sources, year, lang)} (${publishersOf(input.sources) || def.publisher}).`];
  if (ranked.length === 1) parts.push(`${fmt(ranked[0])}.`);
  else if (ranked.length > 1) {
    const top = ranked.slice(0, Math.min(altTextDefaults.top, ranked.length - 1));
    const bottom = ranked.slice(Math.max(top.length, ranked.length - altTextDefaults.bottom)).reverse();
    parts.push(`${w.highest}: ${top.map(fmt).join(', ')}.`);
    parts.push(`${w.lowest}: ${bottom.map(fmt).join(', ')}.`);
  }
  parts.push(w.noData(input.regions.length - withData.length, input.regions.length));
  return parts.join(' ');
}
