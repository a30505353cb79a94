/** CRC-32 (ISO 3309, polynomial 0xEDB88320) lookup table, built once. */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32 of `bytes` as PNG chunks use it (over the chunk type and data), as an unsigned 32-bit
 * number. Hand-written: ten lines against adding a dependency for the one checksum the PNG text
 * chunks need (fflate has one, but only as a transitive dependency of mapshaper here).
 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
