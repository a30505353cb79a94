/**
 * Check a fetched alias shard (`old-codes/{kab}.json`, see `oldCodeShards`) and return it as a map
 * old code → Kemendagri code ('' for no match), for `resolveOldCode`. Throws an `Error` naming the
 * file, the entry and what was expected when an entry is not a 7- or 10-digit code of kabupaten
 * `kab` with a dotted Kemendagri code (or '') of the same level.
 */
export function readOldCodeShard(json: unknown, kab: string, file: string): Map<string, string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${file}: expected an object of old code → Kemendagri code`);
  const out = new Map<string, string>();
  for (const [old, kemendagri] of Object.entries(json)) {
    const kec = /^\d{7}$/.test(old), desa = /^\d{10}$/.test(old);
    if ((!kec && !desa) || !old.startsWith(kab)) throw new Error(`${file}: key "${old}" is not a 7- or 10-digit old code of kabupaten ${kab}`);
    const shape = kec ? /^\d{2}\.\d{2}\.\d{2}$/ : /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
    if (typeof kemendagri !== 'string' || (kemendagri !== '' && !shape.test(kemendagri))) throw new Error(`${file}: "${old}" maps to ${JSON.stringify(kemendagri)}; expected a Kemendagri ${kec ? 'kecamatan (NN.NN.NN)' : 'desa (NN.NN.NN.NNNN)'} code or ""`);
    out.set(old, kemendagri);
  }
  return out;
}
