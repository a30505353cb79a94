import type { RegionLookup } from '../../regions/region-lookup.ts';
import { NAME_FIELDS, type ProgramField } from './columns.ts';
import { makeIssue } from './issue.ts';
import { placeByAddress } from './place-by-address.ts';
import type { RawProgramRow, RawProgramTable } from './raw-row.ts';
import type { ProgramIssue } from '../types.ts';

/**
 * A register table whose rows carry an address (Kemnaker's register) with each row's place names
 * decided by {@link placeByAddress}: the desa, kecamatan, kab/kota and province names it gives, and
 * its name method. Every conflict between the desa column and the address becomes a warning
 * (`address-conflict`, column "Address") on its row. Rows without an address are unchanged.
 */
export function readRegisterAddresses(table: RawProgramTable, lookup: RegionLookup): RawProgramTable {
  const problems: ProgramIssue[] = [...(table.problems ?? [])];
  const rows = table.rows.map((r): RawProgramRow => {
    if (r.address === undefined) return r;
    const place = placeByAddress(lookup, { village: r.get('desaName'), address: r.address, kabupaten: r.get('kabupatenName'), provinsi: r.get('provinsiName') });
    if (place.oneEdit) problems.push(makeIssue('warning', 'name-one-edit', { file: table.file, row: r.row, column: r.column('desaName'), value: place.oneEdit.given }, { level: 'desa', matched: place.oneEdit.matched }));
    if (place.conflict) problems.push(makeIssue('warning', 'address-conflict', { file: table.file, row: r.row, column: 'Address', value: r.address }, place.conflict));
    const byField = new Map<ProgramField, string>(Object.values(NAME_FIELDS).map((f) => [f, '']));
    for (const [level, name] of Object.entries(place.names)) byField.set(NAME_FIELDS[level as keyof typeof NAME_FIELDS], name ?? '');
    const get = (f: ProgramField) => (byField.has(f) ? byField.get(f)! : r.get(f));
    return { ...r, get, ...(place.method ? { nameMethod: place.method } : {}) };
  });
  return { ...table, rows, ...(problems.length ? { problems } : {}) };
}
