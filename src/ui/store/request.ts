import type { Level } from '../../lib/types.ts';
import { chunkId, type ChunkRef } from '../../lib/view/drill.ts';

/** A download the page state needs (planned by `planLoads`, started by effects/run-request.ts). */
export type Request =
  | { kind: 'firstView' }
  /** A boundary chunk of the selected region (`region`: selected when it was asked for). */
  | { kind: 'chunk'; chunk: ChunkRef; region: string }
  | { kind: 'level'; level: Level }
  | { kind: 'indicator'; id: string }
  /** Kemendagri's desa without a polygon (`search/desa-no-polygon.json`): a kecamatan's panel names its own. */
  | { kind: 'noPolygon' };

/** Where a request stands; a request not in `PageState.requests` has not been made (or may be made again). */
export type RequestStatus = 'loading' | 'done' | 'failed';

/** The one name of a request in `PageState.requests`: `firstView`, `chunk:kecamatan-53`, `level:desa`, `indicator:p0`, `noPolygon`. */
export function requestKey(r: Request): string {
  switch (r.kind) {
    case 'firstView':
      return 'firstView';
    case 'chunk':
      return `chunk:${chunkId(r.chunk)}`;
    case 'level':
      return `level:${r.level}`;
    case 'indicator':
      return `indicator:${r.id}`;
    case 'noPolygon':
      return 'noPolygon';
  }
}
