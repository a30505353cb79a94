import { crc32 } from './crc32.ts';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One chunk of a PNG file: its four-letter type and its data (length and CRC are derived). */
export interface PngChunk {
  type: string;
  data: Uint8Array;
}

/**
 * Split a PNG file into its chunks, checking the signature, each length and each CRC.
 * Throws `invalid PNG: …` naming the byte offset and what was wrong.
 */
export function pngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('invalid PNG: the file does not start with the PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error(`invalid PNG: truncated chunk header at byte ${at}`);
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`invalid PNG: chunk at byte ${at} claims ${length} bytes but the file ends first`);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    const crc = view.getUint32(at + 8 + length);
    if (crc !== crc32(typeAndData)) throw new Error(`invalid PNG: CRC of chunk ${type} at byte ${at} is ${crc.toString(16)}, expected ${crc32(typeAndData).toString(16)}`);
    chunks.push({ type, data: png.slice(at + 8, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** The bytes of one chunk: length, type, data, CRC over type and data. */
export function encodeChunk(chunk: PngChunk): Uint8Array {
  const out = new Uint8Array(12 + chunk.data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, chunk.data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = chunk.type.charCodeAt(i);
  out.set(chunk.data, 8);
  view.setUint32(8 + chunk.data.length, crc32(out.subarray(4, 8 + chunk.data.length)));
  return out;
}

/** A PNG file from chunks (signature first). */
export function joinChunks(chunks: readonly PngChunk[]): Uint8Array<ArrayBuffer> {
  const parts = [PNG_SIGNATURE, ...chunks.map(encodeChunk)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
