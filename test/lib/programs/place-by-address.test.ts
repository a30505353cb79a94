/**
 * Register rows placed by address and desa column read together, on the synthetic registry of
 * helpers.ts (Kab. Kupang: Kec. Taebenu with desa Baumata, Tetangga, Taebenu; Kec. Kupang Tengah with
 * another Baumata and Oebelo). All addresses here are SYNTHETIC, written the way the register writes them.
 */
import { describe, expect, it } from 'vitest';
import { placeByAddress } from '../../../src/lib/programs/ingest/place-by-address.ts';
import { addressLookup } from './helpers.ts';

const row = (village: string, address: string) => ({ village, address, kabupaten: 'KAB. KUPANG', provinsi: 'NUSA TENGGARA TIMUR' });

describe('placeByAddress', () => {
  it('places in the desa both name, exact, with no conflict', () => {
    const p = placeByAddress(addressLookup(), row('Tetangga', 'JL. X RT 01 DESA TETANGGA KEC. TAEBENU KAB. KUPANG'));
    expect([p.names.desa, p.method, p.conflict]).toEqual(['Tetangga', 'exact', undefined]);
  });

  it('places in the desa the address names when the desa column names another, method "address", conflict reported', () => {
    const p = placeByAddress(addressLookup(), row('Tetangga', 'DESA OEBELO KECAMATAN KUPANG TENGAH KABUPATEN KUPANG'));
    expect([p.names.desa, p.names.kecamatan, p.method]).toEqual(['Oebelo', 'Kupang Tengah', 'address']);
    expect(p.conflict).toEqual({ registerSays: 'Village "Tetangga", address desa "OEBELO", kecamatan "KUPANG TENGAH"', placedAt: 'desa Oebelo (Kec. Kupang Tengah)', why: 'the address names this desa; Village names desa Tetangga (Kec. Taebenu)' });
  });

  it('never sends a centre whose desa column holds its kecamatan\'s name to the namesake desa: the address\'s desa wins', () => {
    const p = placeByAddress(addressLookup(), row('Taebenu', 'DS. TETANGGA KEC. TAEBENU'));
    expect([p.names.desa, p.method]).toEqual(['Tetangga', 'address']);
  });

  it('places kecamatan-wide when the desa column is a kecamatan name and the address names no desa', () => {
    const p = placeByAddress(addressLookup(), row('Taebenu', 'JL. TIMOR RAYA KM 20 KEC. TAEBENU'));
    expect([p.names.desa, p.names.kecamatan, p.method]).toEqual([undefined, 'Taebenu', 'parent-only']);
    expect(p.conflict?.why).toMatch(/not read as its namesake desa/);
  });

  it('settles a desa name that fits two desa by the address\'s kecamatan', () => {
    const p = placeByAddress(addressLookup(), row('Baumata', 'DESA BAUMATA KEC. KUPANG TENGAH'));
    expect([p.names.kecamatan, p.method]).toEqual(['Kupang Tengah', 'exact']);
  });

  it('settles it by a kecamatan name written without a marker word, when only one fits', () => {
    const p = placeByAddress(addressLookup(), row('Baumata', 'JL. RAYA BAUMATA TAEBENU KUPANG'));
    expect([p.names.kecamatan, p.names.desa]).toEqual(['Taebenu', 'Baumata']);
  });

  it('reads an address desa that runs on into other words by its leading words', () => {
    const p = placeByAddress(addressLookup(), row('Oebelo', 'DS.OEBELO TENGAH SANA'));
    expect([p.names.desa, p.method]).toEqual(['Oebelo', 'exact']);
  });

  it('uses the desa column as "disputed" when the address names a desa not in the kab/kota', () => {
    const p = placeByAddress(addressLookup(), row('Oebelo', 'DESA ANTAH BERANTAH KEC. KUPANG TENGAH'));
    expect([p.names.desa, p.method]).toEqual(['Oebelo', 'disputed']);
    expect(p.conflict?.why).toMatch(/"ANTAH BERANTAH" is not found in Kabupaten Kupang; Village used/);
  });

  it('leaves the names to the matcher when nothing fits (ambiguous without a kecamatan stays ambiguous)', () => {
    const p = placeByAddress(addressLookup(), row('Baumata', 'JL. X'));
    expect([p.names.desa, p.method]).toEqual(['Baumata', undefined]);
  });
});

describe('placeByAddress, a kecamatan name in the desa column with another kecamatan in the address', () => {
  it('does not go to the namesake desa in the whole kab/kota: placed kecamatan-wide in the address\'s kecamatan', () => {
    const p = placeByAddress(addressLookup(), row('Taebenu', 'JL. RAYA NO. 9, KEC. KUPANG TENGAH, KABUPATEN KUPANG'));
    expect([p.names.desa, p.names.kecamatan, p.method]).toEqual([undefined, 'Kupang Tengah', 'parent-only']);
    expect(p.conflict?.why).toMatch(/Village is the name of kecamatan Taebenu, not read as its namesake desa: placed kecamatan-wide in the kecamatan the address names/);
  });
});
