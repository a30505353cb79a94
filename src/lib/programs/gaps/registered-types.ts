import { ancestorAt, type ParentLookup } from '../../regions/ancestry.ts';
import type { InterventionType } from '../types.ts';
import type { GapOptions } from './gap-options.ts';

/** Types a register lists completely in the province of region `kode` (found through `parents`). */
export function registeredTypes(registers: GapOptions['registers'], kode: string, parents: ParentLookup): InterventionType[] {
  if (!registers) return [];
  const prov = ancestorAt(kode, 'provinsi', parents);
  return (Object.keys(registers) as InterventionType[]).filter((t) => registers[t]?.includes(prov));
}
