import type { EncodedLoci } from '../../lib/programs/loci-codec.ts';
import type { ProgramImport } from '../../lib/programs/types.ts';
import type { PageProblem } from '../../load/load-error.ts';

/** Stages of an import, in order (the progress indicator shows them). */
export const IMPORT_STAGES = ['read', 'regions', 'check', 'save'] as const;
export type ImportStage = (typeof IMPORT_STAGES)[number];

/** Page → import worker. */
export interface ImportRequest {
  id: number;
  file: File;
  mode: 'merge' | 'replace';
  /** Absolute URL of the data folder. */
  baseUrl: string;
}

/**
 * Loci per `loci` message. The page copies and decodes each message in a task of its own:
 * 100,000 loci in one message (as objects) blocked it for about a second.
 */
export const LOCI_PER_MESSAGE = 1000;

/**
 * Import worker → page. The loci of a result come first, in order, in `loci` messages of at most
 * {@link LOCI_PER_MESSAGE} (encoded: `encodeLoci`); `done` then carries the rest of the result
 * with `loci` empty.
 */
export type ImportReply =
  | { id: number; kind: 'progress'; stage: ImportStage }
  | { id: number; kind: 'loci'; loci: EncodedLoci }
  | { id: number; kind: 'done'; result: ProgramImport; saved: boolean }
  | { id: number; kind: 'failed'; problem: PageProblem };
