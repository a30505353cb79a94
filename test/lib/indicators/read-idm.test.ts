import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/errors.ts';
import { readIdm, readIdmThresholds } from '../../../src/lib/indicators/read-idm.ts';
import { readIdmExceptions } from '../../../src/lib/indicators/idm-records.ts';
import { idmStatusOf, isKelurahan } from '../../../src/lib/indicators/idm-status.ts';

// Synthetic fixtures (invented desa and figures, in the shape of the IDM 2024 province files).
const THR = [0.8155, 0.7073, 0.599, 0.4908];
type Row = (string | number | null)[];
const synthetic = (rows: Row[], kec = '990101', kb = '9901', k = '99') => ({ file: 'synthetic/99.json', json: { k, kec: [{ k: kec, kb, ds: rows }] } });
const ok: Row = ['2001', 'SYNTHETIC SATU', 0.621, 0.6629, 0.6, 0.6, 3, 0];
const thrown = (f: () => unknown): DataError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
};

describe('idmStatusOf', () => {
  it('gives the upper class on a threshold and Sangat Tertinggal below the last', () => {
    expect([0.9, 0.8155, 0.8154, 0.7073, 0.599, 0.5989, 0.4908, 0.4907, 0].map((v) => idmStatusOf(v, THR))).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5]);
  });
  it('tells kelurahan (1xxx) from desa (2xxx) by the Kemendagri code', () => {
    expect([isKelurahan('53.71.05.1008'), isKelurahan('53.01.24.2002'), isKelurahan('')]).toEqual([true, false, false]);
  });
});

describe('readIdm (synthetic fixtures)', () => {
  it('reads a desa with its Kemendagri code, figures and status', () => {
    const r = readIdm([synthetic([ok])], THR);
    expect(r.desa).toEqual([{ kode: '9901012001', kemendagri: '99.01.01.2001', name: 'SYNTHETIC SATU', idm: 0.621, iks: 0.6629, ike: 0.6, ikl: 0.6, status: 3, at: 'synthetic/99.json kec 990101 (kec[0]) ds[0]' }]);
    expect([r.noScore, r.emptyName, r.exceptions]).toEqual([[], [], []]);
  });

  it('counts a desa without a score and an empty name, and keeps them', () => {
    const r = readIdm([synthetic([ok, ['2002', 'SYNTHETIC DUA', null, null, null, null, 0, 1], ['2003', ' ', 0.5, 0.5, 0.5, 0.5, 4, 0]])], THR);
    expect(r.desa).toHaveLength(3);
    expect(r.noScore.map((d) => d.kemendagri)).toEqual(['99.01.01.2002']);
    expect(r.emptyName.map((d) => d.kemendagri)).toEqual(['99.01.01.2003']);
  });

  it('stops on a code that is not Kemendagri-shaped, naming file, kecamatan, row and value', () => {
    expect(thrown(() => readIdm([synthetic([['201', 'X', 0.6, 0.6, 0.6, 0.6, 3, 0]])], THR)).message).toBe('synthetic/99.json kec 990101 (kec[0]) ds[0], desa code suffix: "201" — expected four digits (Kemendagri desa code = kecamatan code + suffix)');
    expect(thrown(() => readIdm([synthetic([ok], '99011', '9901')], THR)).message).toMatch(/^synthetic\/99\.json kec\[0\], "k": "99011" is not a 6-digit Kemendagri kecamatan code/);
    expect(thrown(() => readIdm([synthetic([ok], '980101', '9801')], THR)).message).toMatch(/"kb": "9801" is not a 4-digit Kemendagri kabupaten code in province 99/);
    expect(thrown(() => readIdm([synthetic([ok], '990101', '9901', '9')], THR)).message).toMatch(/"k": "9" is not a 2-digit Kemendagri province code/);
  });

  it('stops on a duplicate desa code, also across files, naming both places', () => {
    const e = thrown(() => readIdm([synthetic([ok]), { ...synthetic([ok]), file: 'synthetic/99b.json' }], THR));
    expect(e.message).toBe('synthetic/99b.json kec 990101 (kec[0]) ds[0], desa code: "9901012001" — expected a code listed once; first at synthetic/99.json kec 990101 (kec[0]) ds[0]');
  });

  it('stops on a status outside 1–5 and a score outside 0–1', () => {
    expect(thrown(() => readIdm([synthetic([['2001', 'X', 0.6, 0.6, 0.6, 0.6, 6, 0]])], THR)).message).toMatch(/ds\[0\], status: 6 — expected an integer 1–5/);
    expect(thrown(() => readIdm([synthetic([['2001', 'X', 0.6, 0.6, 0.6, 0.6, 0, 0]])], THR)).message).toMatch(/status: 0 — expected an integer 1–5 .* or 0 with no figures/);
    expect(thrown(() => readIdm([synthetic([['2001', 'X', 1.2, 1.2, 1.2, 1.2, 1, 0]])], THR)).message).toMatch(/ds\[0\], IDM: 1.2 — expected a number from 0 to 1/);
    expect(thrown(() => readIdm([synthetic([['2001', 'X', 0.6, 0.6, -0.1, 0.6, 3, 0]])], THR)).message).toMatch(/IKE: -0.1 — expected a number from 0 to 1/);
    expect(thrown(() => readIdm([synthetic([['2001', 'X', '0.6', 0.6, 0.6, 0.6, 3, 0]])], THR)).message).toMatch(/IDM: "0.6" — expected a number/);
  });

  it('stops on an IDM that is not the mean of IKS, IKE and IKL', () => {
    expect(thrown(() => readIdm([synthetic([['2001', 'X', 0.7, 0.6, 0.6, 0.6, 3, 0]])], THR)).message).toMatch(/IDM: 0.7 — expected \(IKS \+ IKE \+ IKL\) \/ 3 = 0.6000/);
  });

  it('stops on a status that contradicts the thresholds unless listed with its code, score and status', () => {
    const contra: Row = ['2001', 'SYNTHETIC', 0.741, 0.7714, 0.7084, 0.7433, 3, 0];
    expect(thrown(() => readIdm([synthetic([contra])], THR)).message).toBe('synthetic/99.json kec 990101 (kec[0]) ds[0], status: 3 — expected 2 for IDM 0.741 by the official thresholds 0.8155 / 0.7073 / 0.599 / 0.4908 (or a line in the status exceptions with this code, score and status)');
    const listed = readIdmExceptions('kode_kemendagri,idm,status,note\n99.01.01.2001,0.741,3,synthetic reason\n', 'synthetic.csv');
    const r = readIdm([synthetic([contra])], THR, listed);
    expect(r.exceptions.map((e) => [e.kemendagri, e.status, e.expected, e.note])).toEqual([['99.01.01.2001', 3, 2, 'synthetic reason']]);
    // A listed line with another score does not cover the row.
    expect(() => readIdm([synthetic([contra])], THR, [{ ...listed[0], idm: 0.74 }])).toThrow(DataError);
  });

  it('reads the thresholds and stops on bad ones', () => {
    expect(readIdmThresholds({ thr: THR }, 'meta.json')).toEqual(THR);
    expect(thrown(() => readIdmThresholds({ thr: [0.5, 0.7, 0.6, 0.4] }, 'meta.json')).message).toMatch(/^meta.json, "thr": \[0.5,0.7,0.6,0.4\] is not four descending thresholds/);
  });

  it('stops on a bad exceptions line', () => {
    expect(thrown(() => readIdmExceptions('kode_kemendagri,idm,status,note\n9901012001,0.7,3,x\n', 'ex.csv')).message).toMatch(/^ex.csv row 2, column "kode_kemendagri": "9901012001" is not a Kemendagri desa code/);
    expect(thrown(() => readIdmExceptions('kode_kemendagri,idm,status,note\n99.01.01.2001,0.7,3,\n', 'ex.csv')).message).toMatch(/column "note": empty/);
  });
});
