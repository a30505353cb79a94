import { decodeLoci } from '../../lib/programs/codec/loci-codec.ts';
import type { ProgramImport, ProgramIssue, ProgramLocus } from '../../lib/programs/types.ts';
import { LoadError, type PageProblem } from '../../load/load-error.ts';
import type { ImportReply, ImportRequest, ImportStage } from '../../protocol/program-import.ts';

let worker: Worker | undefined;
type Request = ImportRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;
type Reply = Exclude<ImportReply, { kind: 'loci' | 'issues' }>;
let nextId = 0;

/** A list kept in this browser, read back by the worker. */
export interface KeptImport {
  file: string;
  mode: 'merge' | 'replace';
  result: ProgramImport;
}

/** The worker script could not be loaded or started (a failed download, a browser without module workers). */
const workerProblem = (e: Event): PageProblem => ({ kind: 'worker', detail: e instanceof ErrorEvent && e.message ? e.message : 'the script did not load' });

/**
 * Send `request` (its id filled in) to the import worker and hand its replies to `onReply`
 * until it returns true; `loci` replies are decoded (see `decodeLoci`: small views, no copy per
 * field) and collected, `issues` replies collected, and `onReply` gets both with the reply that
 * ends their list. If the worker cannot be loaded, `onFail` hears why (and the next request
 * starts a new one).
 */
function ask(request: Request, onReply: (m: Reply, loci: ProgramLocus[], issues: ProgramIssue[]) => boolean, onFail: (p: PageProblem) => void): void {
  worker ??= new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++nextId;
  let loci: ProgramLocus[] = [];
  let issues: ProgramIssue[] = [];
  const stop = () => {
    w.removeEventListener('message', onMessage);
    w.removeEventListener('error', onError);
    w.removeEventListener('messageerror', onUnreadable);
  };
  const onError = (e: Event) => {
    stop();
    if (worker === w) worker = undefined;
    onFail(workerProblem(e));
  };
  const onUnreadable = () => {
    stop();
    onFail({ kind: 'bug', detail: 'a reply of the import worker could not be read (messageerror)' });
  };
  const onMessage = (e: MessageEvent<ImportReply>) => {
    const m = e.data;
    if (m.id !== id) return;
    if (m.kind === 'loci') {
      if (!loci.length) performance.mark('lokus:import-result');
      for (const l of decodeLoci(m.loci)) loci.push(l);
      return;
    }
    if (m.kind === 'issues') {
      for (const i of m.issues) issues.push(i);
      return;
    }
    if ((m.kind === 'done' || m.kind === 'failed') && !loci.length) performance.mark('lokus:import-result');
    // A list that failed part-way gives up the loci and issues sent before (they belong to no list).
    if (m.kind === 'failed') [loci, issues] = [[], []];
    const ends = m.kind === 'done' || m.kind === 'kept';
    const ended = ends ? loci : [], endedIssues = ends ? issues : [];
    if (ends) [loci, issues] = [[], []];
    if (onReply(m, ended, endedIssues)) stop();
  };
  w.addEventListener('message', onMessage);
  w.addEventListener('error', onError);
  w.addEventListener('messageerror', onUnreadable);
  w.postMessage({ ...request, id });
}

/**
 * Read, validate and place a user's program file in a Web Worker (nothing is uploaded; the page
 * stays responsive: a 100,000-row file no longer blocks it for seconds), and keep the result in
 * this browser (IndexedDB) until the user removes it. The worker loads the region rows and the
 * boundary chunks it needs itself, and places points as the pipeline does (`importWithChunks`).
 * `onStage` hears each stage as it starts. Rejects with a `LoadError` carrying the page problem.
 */
export function importProgramFile(file: File, mode: 'merge' | 'replace', baseUrl: string, onStage: (stage: ImportStage) => void): Promise<{ result: ProgramImport; saved: boolean }> {
  return new Promise((resolve, reject) =>
    ask(
      { kind: 'import', file, mode, baseUrl },
      (m, loci, issues) => {
        if (m.kind === 'progress') {
          if (m.stage === 'read') performance.mark('lokus:import-start');
          onStage(m.stage);
          return false;
        }
        if (m.kind === 'done') resolve({ result: { ...m.result, loci, issues }, saved: m.saved });
        else if (m.kind === 'failed') reject(new LoadError(m.problem));
        return true;
      },
      (p) => reject(new LoadError(p)),
    ),
  );
}

/**
 * The lists kept in this browser, in import order, read by the worker (not on the main thread:
 * a kept 100,000-row list read there in one piece blocked the page) and sent as an import's
 * loci are. `onFile` hears each list's file name as the worker starts sending it, `onFailed` each
 * list that could not be read back (the others are still restored). Rejects with a `LoadError`
 * (kind `worker`) when the worker cannot be loaded.
 */
export function restoreImports(onFile: (file: string) => void, onFailed: (problem: PageProblem) => void): Promise<KeptImport[]> {
  const kept: KeptImport[] = [];
  performance.mark('lokus:restore-start');
  return new Promise((resolve, reject) =>
    ask(
      { kind: 'restore' },
      (m, loci, issues) => {
        if (m.kind === 'progress' && m.file) onFile(m.file);
        if (m.kind === 'kept') kept.push({ file: m.file, mode: m.mode, result: { ...m.result, loci, issues } });
        if (m.kind === 'failed') onFailed(m.problem);
        if (m.kind !== 'restored') return false;
        resolve(kept);
        return true;
      },
      (p) => reject(new LoadError(p)),
    ),
  );
}
