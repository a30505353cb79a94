/**
 * The few web-platform globals src/lib uses that both browsers and Node (>= 20) provide, declared
 * for src/lib's own typecheck, which has neither the DOM nor Node's types (src/lib/tsconfig.json).
 * Every other tsconfig excludes this file and gets the full declarations from lib.dom or
 * @types/node. Add a member here only if it exists in both environments.
 */
export {};

declare global {
  class TextEncoder {
    encode(input?: string): Uint8Array<ArrayBuffer>;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  }
  class URLSearchParams {
    constructor(init?: string);
    get(name: string): string | null;
    set(name: string, value: string): void;
    delete(name: string): void;
    sort(): void;
    toString(): string;
  }
  function setTimeout(handler: () => void, timeout?: number): unknown;
  const performance: { now(): number };
}
