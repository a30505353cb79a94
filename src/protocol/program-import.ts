import type { EncodedLoci } from '../lib/programs/codec/loci-codec.ts';
import type { ProgramImport, ProgramIssue } from '../lib/programs/types.ts';
import type { PageProblem } from '../load/load-error.ts';

/** Stages of an import, in order (the progress indicator shows them). */
export const IMPORT_STAGES = ['read', 'regions', 'check', 'save'] as const;
/** An import's stages, or `restore`: a list kept in this browser being read back after a reload. */
export type ImportStage = (typeof IMPORT_STAGES)[number] | 'restore';

/** Page → import worker: import a file, or read back the lists kept in this browser. */
export type ImportRequest =
  | {
      id: number;
      kind: 'import';
      file: File;
      mode: 'merge' | 'replace';
      /** Absolute URL of the data folder. */
      baseUrl: string;
    }
  | { id: number; kind: 'restore' };

/**
 * Loci per `loci` message. The page copies and decodes each message in a task of its own:
 * 100,000 loci in one message (as objects) blocked it for about a second.
 */
export const LOCI_PER_MESSAGE = 1000;

/**
 * Issues per `issues` message: a 100,000-row file may have thousands of warnings, each with its
 * sentence in two languages; all of them in `done` took the page 20–110 ms to copy in one task.
 */
export const ISSUES_PER_MESSAGE = 500;

/**
 * Import worker → page. The loci of a result come first, in order, in `loci` messages of at most
 * {@link LOCI_PER_MESSAGE} (encoded: `encodeLoci`); `done` then carries the rest of the result
 * with `loci` and `issues` empty, its issues having come before it in `issues` messages of at most
 * {@link ISSUES_PER_MESSAGE}. A restore sends, per kept list in import order, `progress` (stage `restore`,
 * with its file), its loci and issues the same way and `kept` with the rest; then `restored`.
 */
export type ImportReply =
  | { id: number; kind: 'progress'; stage: ImportStage; file?: string }
  | { id: number; kind: 'loci'; loci: EncodedLoci }
  | { id: number; kind: 'issues'; issues: ProgramIssue[] }
  | { id: number; kind: 'done'; result: ProgramImport; saved: boolean }
  | { id: number; kind: 'kept'; file: string; mode: 'merge' | 'replace'; result: ProgramImport }
  | { id: number; kind: 'restored' }
  | { id: number; kind: 'failed'; problem: PageProblem };
