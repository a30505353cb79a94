/**
 * Address strings as Kemnaker's register writes them. The first block are rows of
 * data/programs/blk_java_bali_2024.csv (real); those marked SYNTHETIC are made up to vary one thing.
 */
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/lib/programs/ingest/parse-address.ts';

describe('parseAddress', () => {
  it('reads "DESA X KECAMATAN Y KABUPATEN Z" (register row)', () => {
    expect(parseAddress('KP. PUNCAKMULYA RT 03 RW 11 DESA CIHAWUK KECAMATAN KERTASARI KABUPATEN BANDUNG'))
      .toEqual({ desa: 'CIHAWUK', kecamatan: 'KERTASARI', kabupaten: 'BANDUNG', kabKind: 'kabupaten' });
  });

  it('reads the short forms "DS.", "KEC.", "KAB." with commas and a province after (register row)', () => {
    expect(parseAddress('KP. CEMPAKA RT/RW 006/001 DS. KRESEK KEC. KRESEK KAB. TANGERANG 15620 PROV. BANTEN'))
      .toEqual({ desa: 'KRESEK', kecamatan: 'KRESEK', kabupaten: 'TANGERANG', kabKind: 'kabupaten' });
  });

  it('reads markers run together with the name after a dot: "DS.BABAKAN", "KEC.CISEENG" (register row)', () => {
    expect(parseAddress('JL. FAJAR 39 DS.BABAKAN RT 07/03 KEC.CISEENG KAB.BOGOR')).toEqual({ desa: 'BABAKAN', kecamatan: 'CISEENG', kabupaten: 'BOGOR', kabKind: 'kabupaten' });
  });

  it('reads "KEL." and "KELURAHAN" as the desa and "KOTA" as a kota (register rows)', () => {
    expect(parseAddress('KP BOJONGSARI RT,02 RW.01 KELURAHAN JATISARI KECAMATAN JATIASIH KOTA BEKASI')).toEqual({ desa: 'JATISARI', kecamatan: 'JATIASIH', kabupaten: 'BEKASI', kabKind: 'kota' });
    expect(parseAddress('JL. IMAM BONJOL NO. 1 KEL. SIDOMUKTI KEC. KRAKSAAN KABUPATEN PROBOLINGGO PROVINSI JAWA TIMUR').desa).toBe('SIDOMUKTI');
  });

  it('keeps names of two words and stops at RT, a number or a comma (register rows)', () => {
    expect(parseAddress('BLOK CIKEDUNG RT 003 RW 006 DESA MAJA UTARA KECAMATAN MAJA KABUPATEN MAJALENGKA').desa).toBe('MAJA UTARA');
    expect(parseAddress('DESA DUREN RT.10 RW.02 KECAMATAN PILANGKENCENG KABUPATEN MADIUN').desa).toBe('DUREN');
    expect(parseAddress('DUSUN KASIM 01/06, DESA PLOSO, KEC.SELOPURO, KAB.BLITAR')).toEqual({ desa: 'PLOSO', kecamatan: 'SELOPURO', kabupaten: 'BLITAR', kabKind: 'kabupaten' });
  });

  it('does not read "DSN."/"DUSUN" (a hamlet) as the desa (register row)', () => {
    expect(parseAddress('JL. HARINJING NO.15 A DSN. KARANGDINOYO, KEC. KEPUNG, KAB. KEDIRI')).toEqual({ kecamatan: 'KEPUNG', kabupaten: 'KEDIRI', kabKind: 'kabupaten' });
  });

  it('ends a kecamatan at a misspelt "KABUPATEN" (SYNTHETIC variants of register spellings)', () => {
    for (const kab of ['KABUOATEN', 'KBUPATEN', 'KABUBATEN', 'KABUAPATEN', 'KABUATEN']) {
      expect(parseAddress(`DESA SUKAMAJU KECAMATAN CIJERUK ${kab} BOGOR`).kecamatan).toBe('CIJERUK');
    }
  });

  it('reads "KECAMATANSUKMAJAYA" written without a space and the Yogyakarta "KALURAHAN" (register rows)', () => {
    expect(parseAddress('KP. PARUNG SERAB, RT 10 RW 03 KELURAHAN TIRTAJAYA, KECAMATANSUKMAJAYA, KOTA DEPOK').kecamatan).toBe('SUKMAJAYA');
    expect(parseAddress('DUSUN JEJERAN 1, KALURAHAN WONOKROMO, KECAMATAN PLERET, KABUPATEN BANTUL').desa).toBe('WONOKROMO');
  });

  it('gives nothing for an address without marker words, and is case-insensitive (SYNTHETIC)', () => {
    expect(parseAddress('JL. KH. AGUS SALIM 44 TUBAN')).toEqual({});
    expect(parseAddress('Desa Baumata, Kec. Taebenu, Kab. Kupang')).toEqual({ desa: 'BAUMATA', kecamatan: 'TAEBENU', kabupaten: 'KUPANG', kabKind: 'kabupaten' });
  });

  it('does not take a word starting with a marker ("KELAPA", "DESAJAYA") as the marker (SYNTHETIC)', () => {
    expect(parseAddress('JL KELAPA DUA DESAJAYA KEC. TAEBENU')).toEqual({ kecamatan: 'TAEBENU' });
  });
});
