import { nameKey } from '../names.ts';
import type { IdmDesa } from './read-idm.ts';

/** A boundary polygon whose code differs from the registry's: BIG code → the Kemendagri code it was paired with. */
export interface CodeAlias {
  /** The code as BIG (and IDM) write it, with dots. */
  from: string;
  /** The registry's Kemendagri code it stands for. */
  to: string;
  /** The name BIG gives it, checked against IDM's before the alias is used. */
  name: string;
}

/** IDM desa after aliasing, and what was aliased or set aside (for the join report). */
export interface IdmAliased {
  /** The IDM desa to join, with the registry's code where an alias applied. */
  desa: IdmDesa[];
  aliased: { idm: IdmDesa; to: string }[];
  /** Not joined at all, with the reason: a wrong join by code is worse than none. */
  setAside: { idm: IdmDesa; reason: string }[];
}

/**
 * IDM numbers desa as BIG does. Where the boundary stage paired a BIG polygon with a different
 * Kemendagri code (Papua Barat Daya's renumbered kabupaten and kecamatan), an IDM desa with that
 * BIG code takes the registry's code, when the names agree (`nameKey`). IDM desa whose code is a
 * BIG polygon the stage could not pair, whose name disagrees with BIG's, or whose own code is
 * already the target of an alias (another desa in BIG's numbering) are set aside. Pure.
 */
export function aliasIdmCodes(desa: readonly IdmDesa[], aliases: readonly CodeAlias[], unpairedBig: ReadonlySet<string>): IdmAliased {
  const byCode = new Map(aliases.map((a) => [a.from, a]));
  const byTarget = new Map(aliases.map((a) => [a.to, a.from]));
  const out: IdmAliased = { desa: [], aliased: [], setAside: [] };
  for (const d of desa) {
    const a = byCode.get(d.kemendagri);
    if (unpairedBig.has(d.kemendagri)) out.setAside.push({ idm: d, reason: `BIG's polygon ${d.kemendagri} was not paired with Kemendagri's list` });
    else if (a && nameKey(a.name) !== nameKey(d.name)) out.setAside.push({ idm: d, reason: `BIG's polygon ${d.kemendagri} is "${a.name}", IDM names it "${d.name}"` });
    else if (a) {
      out.aliased.push({ idm: d, to: a.to });
      out.desa.push({ ...d, kemendagri: a.to, kode: a.to.replace(/\./g, '') });
    } else if (byTarget.has(d.kemendagri)) out.setAside.push({ idm: d, reason: `in BIG's numbering ${d.kemendagri} is not the registry's ${d.kemendagri} (that one is BIG's ${byTarget.get(d.kemendagri)})` });
    else out.desa.push(d);
  }
  return out;
}
