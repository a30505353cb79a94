/**
 * `value` as one of `allowed`, typed as their union: how the page reads a `<select>`'s value
 * (always a string) back into the type its options were made from, without a cast. A value
 * outside `allowed` is a bug (an option the list does not name), so it throws
 * `Error('invalid <what>: "<value>" (expected one of …)')` rather than passing it on.
 */
export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new Error(`invalid ${what}: "${value}" (expected one of ${allowed.map((a) => `"${a}"`).join(', ')})`);
  return found;
}
