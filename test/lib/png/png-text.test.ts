import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/lib/png/crc32.ts';
import { joinChunks, pngChunks } from '../../../src/lib/png/png-chunks.ts';
import { addPngText, readPngText } from '../../../src/lib/png/png-text.ts';

/** A real 2×1 RGBA PNG (red, green), built from its chunks. */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, 2);
  v.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Uint8Array.of(0, 255, 0, 0, 255, 0, 255, 0, 255);
  return joinChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: new Uint8Array(deflateSync(raw)) },
    { type: 'IEND', data: new Uint8Array() },
  ]);
}

describe('crc32', () => {
  it('gives the CRC every PNG ends with for the empty IEND chunk', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('addPngText', () => {
  it('writes a UTF-8 Description that reads back unchanged, with valid CRCs', () => {
    const text = 'Peta persentase penduduk miskin per kabupaten/kota di Nusa Tenggara Timur, 2025 (BPS) — 29,23 % ≥ 3 × lebih';
    const png = addPngText(tinyPng(), [{ keyword: 'Description', text, lang: 'id' }]);
    expect(readPngText(png)).toEqual({ Description: text });
  });
  it('puts the text chunks after IHDR and before the image data, keeping the other chunks', () => {
    const png = addPngText(tinyPng(), [{ keyword: 'Title', text: 'a' }, { keyword: 'Description', text: 'b' }]);
    expect(pngChunks(png).map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(pngChunks(png)[3].data).toEqual(pngChunks(tinyPng())[1].data);
  });
  it('rejects a keyword PNG does not allow', () => {
    expect(() => addPngText(tinyPng(), [{ keyword: 'Déscription', text: 'x' }])).toThrow(/invalid PNG keyword: "Déscription"/);
    expect(() => addPngText(tinyPng(), [{ keyword: '', text: 'x' }])).toThrow(/invalid PNG keyword/);
  });
  it('rejects bytes that are not a PNG', () => {
    expect(() => addPngText(new TextEncoder().encode('GIF89a……'), [])).toThrow(/invalid PNG: the file does not start with the PNG signature/);
  });
});

describe('pngChunks', () => {
  it('names the chunk whose CRC is wrong', () => {
    const png = tinyPng();
    png[png.length - 20] ^= 0xff; // a byte inside IDAT
    expect(() => pngChunks(png)).toThrow(/invalid PNG: CRC of chunk IDAT at byte 33/);
  });
  it('says when a chunk runs past the end of the file', () => {
    expect(() => pngChunks(tinyPng().slice(0, 50))).toThrow(/claims \d+ bytes but the file ends first/);
  });
});

describe('readPngText', () => {
  it('reads Latin-1 tEXt entries too', () => {
    const data = Uint8Array.from([...'Author\0Lokus'].map((c) => c.charCodeAt(0)));
    const chunks = pngChunks(tinyPng());
    const png = joinChunks([chunks[0], { type: 'tEXt', data }, ...chunks.slice(1)]);
    expect(readPngText(png)).toEqual({ Author: 'Lokus' });
  });
});
