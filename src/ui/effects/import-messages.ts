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

/** Import worker → page. */
export type ImportReply =
  | { id: number; kind: 'progress'; stage: ImportStage }
  | { id: number; kind: 'done'; result: ProgramImport; saved: boolean }
  | { id: number; kind: 'failed'; problem: PageProblem };
