import { DataError, where } from '../errors.ts';
import type { OldCodeRow } from './old-code-alias.ts';

/** The header `data/boundaries/old-codes-gadm41.csv` must have, in this order. */
const OLD_CODES_HEADER = ['level', 'kode_bps', 'kode_kemendagri'] as const;

/** Old BPS key and Kemendagri code shapes per level: kecamatan 7 digits ↔ `NN.NN.NN`, desa 10 digits ↔ `NN.NN.NN.NNNN`. */
const SHAPES = {
  kecamatan: { bps: /^\d{7}$/, kemendagri: /^\d{2}\.\d{2}\.\d{2}$/, bpsText: '7 digits', kemendagriText: 'NN.NN.NN' },
  desa: { bps: /^\d{10}$/, kemendagri: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, bpsText: '10 digits', kemendagriText: 'NN.NN.NN.NNNN' },
} as const;

/**
 * Read the frozen GADM-era key list (`level,kode_bps,kode_kemendagri`; see data/boundaries/README.md)
 * strictly: any header other than {@link OLD_CODES_HEADER}, a row with another number of cells, a
 * level other than kecamatan/desa, a code of the wrong shape for its level,
 * or a repeated BPS code throws a `DataError` naming the file, the row
 * (line number, header = 1), the column, the value and what was expected. Blank lines are skipped.
 */
export function readOldCodes(text: string, file: string): OldCodeRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split(',') ?? [];
  if (header.join(',') !== OLD_CODES_HEADER.join(',')) throw new DataError(`${where(file, 1)}: header is "${lines[0] ?? ''}"; expected "${OLD_CODES_HEADER.join(',')}"`, { file, row: 1, value: lines[0] });
  const rows: OldCodeRow[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const row = i + 1;
    if (i === 0 || line.trim() === '') return;
    const cells = line.split(',');
    if (cells.length !== OLD_CODES_HEADER.length) throw new DataError(`${where(file, row)}: ${cells.length} cells; expected ${OLD_CODES_HEADER.length} (${OLD_CODES_HEADER.join(',')})`, { file, row, value: line });
    const [level, kodeBps, kodeKemendagri] = cells;
    const bad = (column: string, value: string, expected: string): never => {
      throw new DataError(`${where(file, row, column)}: value "${value}" ${expected}`, { file, row, column, value });
    };
    if (level !== 'kecamatan' && level !== 'desa') return bad('level', level, 'is not a level of this list; expected kecamatan or desa');
    const shape = SHAPES[level];
    if (!shape.bps.test(kodeBps)) bad('kode_bps', kodeBps, `is not a BPS ${level} code; expected ${shape.bpsText}`);
    if (kodeKemendagri !== '' && !shape.kemendagri.test(kodeKemendagri)) bad('kode_kemendagri', kodeKemendagri, `is not a Kemendagri ${level} code; expected ${shape.kemendagriText} or empty (no match)`);
    const first = seen.get(kodeBps);
    if (first !== undefined) bad('kode_bps', kodeBps, `was already listed in row ${first}; each old code once`);
    seen.set(kodeBps, row);
    rows.push({ kodeBps, kodeKemendagri });
  });
  return rows;
}
