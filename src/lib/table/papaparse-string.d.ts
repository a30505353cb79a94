/**
 * The part of papaparse that src/lib uses (parsing a string), typed for src/lib's own typecheck:
 * @types/papaparse starts with `/// <reference types="node" />`, which would bring Node's globals
 * (`process`, `Buffer`, `node:fs`) into src/lib. The tsconfigs of src/lib, the page and the import
 * worker map 'papaparse' here (types only: the bundle and Node still load the real package); those
 * of scripts and tests use @types/papaparse.
 */
export interface ParseError {
  type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
  code: string;
  message: string;
  /** Index of the parsed row the error is in. */
  row?: number;
}

export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
}

declare const Papa: {
  parse<T>(input: string, config: { delimiter?: string; skipEmptyLines?: boolean | 'greedy' }): ParseResult<T>;
};
export default Papa;
