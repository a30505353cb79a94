import { joinChunks, pngChunks, type PngChunk } from './png-chunks.ts';

/** A PNG text entry: a registered keyword (`Title`, `Description`, `Source`, …) and its text. */
export interface PngText {
  keyword: string;
  text: string;
  /** Language of the text (`id`, `en`), written as the iTXt language tag. */
  lang?: string;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

/** An uncompressed iTXt chunk: UTF-8 text, so "–", "×" and "≥" survive (tEXt is Latin-1 only). */
function iTXt({ keyword, text, lang = '' }: PngText): PngChunk {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim()) throw new Error(`invalid PNG keyword: "${keyword}" (1–79 printable Latin characters, no leading or trailing space)`);
  const parts = [utf8.encode(keyword), Uint8Array.of(0, 0, 0), utf8.encode(lang), Uint8Array.of(0), Uint8Array.of(0), utf8.encode(text)];
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  return { type: 'iTXt', data };
}

/**
 * `png` with `entries` added as iTXt chunks right after the header (before the image data, where
 * readers that stream look for them). The pixels are untouched; throws on a file that is not a
 * valid PNG or a keyword PNG does not allow.
 */
export function addPngText(png: Uint8Array, entries: readonly PngText[]): Uint8Array<ArrayBuffer> {
  const chunks = pngChunks(png);
  if (chunks[0]?.type !== 'IHDR') throw new Error('invalid PNG: the first chunk is not IHDR');
  return joinChunks([chunks[0], ...entries.map(iTXt), ...chunks.slice(1)]);
}

/**
 * The text entries of a PNG (uncompressed iTXt and tEXt), keyword → text. Compressed entries
 * are skipped (Lokus never writes them).
 */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { type, data } of pngChunks(png)) {
    const nul = data.indexOf(0);
    if (nul < 0) continue;
    const keyword = String.fromCharCode(...data.subarray(0, nul));
    if (type === 'tEXt') out[keyword] = String.fromCharCode(...data.subarray(nul + 1));
    if (type !== 'iTXt' || data[nul + 1] !== 0) continue;
    const langEnd = data.indexOf(0, nul + 3);
    const translatedEnd = data.indexOf(0, langEnd + 1);
    if (langEnd < 0 || translatedEnd < 0) continue;
    out[keyword] = fromUtf8.decode(data.subarray(translatedEnd + 1));
  }
  return out;
}
