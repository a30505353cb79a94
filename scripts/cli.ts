import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError } from '../src/lib/errors.ts';

/** True when the module at `url` is the script node was started with. */
export function isMain(url: string): boolean {
  return !!process.argv[1] && url === pathToFileURL(resolve(process.argv[1])).href;
}

/**
 * Run a script's main function: a `DataError` (bad input) prints its message without a stack
 * and exits 1; anything else is a bug and is rethrown with its stack.
 */
export function runCli(main: () => Promise<unknown>): void {
  main().catch((e) => {
    if (e instanceof DataError) {
      console.error(`\nData error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  });
}
