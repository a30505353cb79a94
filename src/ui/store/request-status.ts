import type { Action } from './actions.ts';
import type { PageState } from './page-state.ts';
import type { RequestStatus } from './request.ts';

function set(m: ReadonlyMap<string, RequestStatus>, key: string, status: RequestStatus): ReadonlyMap<string, RequestStatus> {
  return m.get(key) === status ? m : new Map([...m, [key, status]]);
}

function withoutFailed(m: ReadonlyMap<string, RequestStatus>): ReadonlyMap<string, RequestStatus> {
  return [...m.values()].includes('failed') ? new Map([...m].filter(([, v]) => v !== 'failed')) : m;
}

/**
 * The status of each request (`PageState.requests`, keyed by `requestKey`) after action `a` took
 * the state from `prev` to `next`: loading when started, done or failed with its result. "Retry"
 * and a change of the selected region forget failures, so those requests are planned again.
 */
export function requestStatus(prev: PageState, next: PageState, a: Action): ReadonlyMap<string, RequestStatus> {
  let m = next.requests;
  switch (a.type) {
    case 'requestStarted':
      m = set(m, a.key, 'loading');
      break;
    case 'chunkRequested':
      m = set(m, `chunk:${a.id}`, 'loading');
      break;
    case 'firstViewLoaded':
      m = set(m, 'firstView', 'done');
      break;
    case 'firstViewFailed':
      m = set(m, 'firstView', 'failed');
      break;
    case 'chunkLoaded':
      m = set(m, `chunk:${a.id}`, 'done');
      break;
    case 'chunksLoaded':
      for (const c of a.chunks) m = set(m, `chunk:${c.id}`, 'done');
      break;
    case 'chunkFailed':
      m = set(m, `chunk:${a.id}`, 'failed');
      break;
    case 'levelLoaded':
      m = set(m, `level:${a.level}`, 'done');
      break;
    case 'levelFailed':
      m = set(m, `level:${a.level}`, 'failed');
      break;
    case 'indicatorLoaded':
      m = set(m, `indicator:${a.id}`, 'done');
      break;
    case 'indicatorFailed':
      m = set(m, `indicator:${a.id}`, 'failed');
      break;
    case 'noPolygonLoaded':
      m = set(m, 'noPolygon', 'done');
      break;
    case 'noPolygonFailed':
      m = set(m, 'noPolygon', 'failed');
      break;
    case 'retry':
      m = withoutFailed(m);
      break;
  }
  return next.url.region !== prev.url.region ? withoutFailed(m) : m;
}
