// A worker thread of scripts/clean-geometry.ts: runs one mapshaper command over one GeoJSON text and
// posts the output back. Plain JavaScript, because a worker thread does not get tsx's loader; the
// boundary stage lists this file among its inputs, so a change here rebuilds the boundaries.
import { parentPort } from 'node:worker_threads';
import mapshaper from 'mapshaper';

parentPort.once('message', ({ cmd, input }) => {
  mapshaper.applyCommands(cmd, { 'in.json': input }).then(
    (out) => parentPort.postMessage({ text: String(out['out.json']) }),
    (e) => parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) }),
  );
});
