import { decodeLoci } from '../../lib/programs/loci-codec.ts';
import type { ProgramImport, ProgramLocus } from '../../lib/programs/types.ts';
import { LoadError } from '../../load/load-error.ts';
import type { ImportReply, ImportStage } from './import-messages.ts';

let worker: Worker | undefined;
let nextId = 0;

/**
 * Read, validate and place a user's program file in a Web Worker (nothing is uploaded; the page
 * stays responsive: a 100,000-row file no longer blocks it for seconds), and keep the result in
 * this browser (IndexedDB) until the user removes it. The worker loads the region rows and the
 * boundary chunks it needs itself, and places points as the pipeline does (`importWithChunks`).
 * `onStage` hears each stage as it starts. Rejects with a `LoadError` carrying the page problem.
 */
export function importProgramFile(file: File, mode: 'merge' | 'replace', baseUrl: string, onStage: (stage: ImportStage) => void): Promise<{ result: ProgramImport; saved: boolean }> {
  worker ??= new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const loci: ProgramLocus[] = [];
    const onMessage = (e: MessageEvent<ImportReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.kind === 'progress') {
        if (m.stage === 'read') performance.mark('lokus:import-start');
        return onStage(m.stage);
      }
      if (m.kind === 'loci') {
        if (!loci.length) performance.mark('lokus:import-result');
        for (const l of decodeLoci(m.loci)) loci.push(l);
        return;
      }
      if (!loci.length) performance.mark('lokus:import-result');
      w.removeEventListener('message', onMessage);
      if (m.kind === 'done') resolve({ result: { ...m.result, loci }, saved: m.saved });
      else reject(new LoadError(m.problem));
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, file, mode, baseUrl });
  });
}
