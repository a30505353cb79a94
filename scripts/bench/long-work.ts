import type { Page } from 'playwright-core';

/** A script of a long animation frame: what ran it and for how long (ms). */
export interface LongScript {
  ms: number;
  /** Invoker (e.g. `TimerHandler:setTimeout`, `Worker.onmessage`), function name and source file:character, for the log. */
  what: string;
}

/** Long tasks and scripts of long animation frames from a mark on, split at a second mark. */
export interface LongWork {
  /** Long tasks between the marks (ms). */
  before: number[];
  /** Scripts between the marks other than MapLibre's drawing frames (see `pageWork`). */
  pageWorkBefore: LongScript[];
  /** Long tasks ending after the second mark (ms). */
  after: number[];
  /**
   * Scripts after the second mark other than `requestAnimationFrame` callbacks (MapLibre's
   * drawing frames): the page's own work there (receiving, decoding, merging, indexing,
   * rendering, clustering), GC pauses inside it included.
   */
  pageWork: LongScript[];
}

/**
 * Record every long task, long-animation-frame script and import stage of the page from its next
 * navigation on (PerformanceObservers installed before the page's own scripts run).
 */
export async function observeLongWork(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Script = { startTime: number; duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number };
    const w = window as unknown as { lokusLongTasks: { start: number; ms: number }[]; lokusStages: string[]; lokusScripts: { start: number; ms: number; what: string }[] };
    w.lokusLongTasks = [];
    w.lokusStages = [];
    w.lokusScripts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.lokusLongTasks.push({ start: e.startTime, ms: e.duration }))).observe({ type: 'longtask', buffered: true });
    // Scripts of long animation frames: which callback ran how long (the map's drawing runs in requestAnimationFrame).
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.lokusScripts.push(...(e as unknown as { scripts: Script[] }).scripts.map((x) => ({ start: x.startTime, ms: x.duration, what: `${x.invoker} ${x.sourceFunctionName} ${x.sourceURL.split('/').pop()}:${x.sourceCharPosition}`.trim() }))))).observe({ type: 'long-animation-frame', buffered: true });
    new MutationObserver(() => {
      const stage = document.querySelector('.import-progress')?.getAttribute('data-stage');
      if (stage && w.lokusStages.at(-1) !== stage) w.lokusStages.push(stage);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** Import stages the page showed (`.import-progress[data-stage]`), in order. */
export const stagesSeen = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { lokusStages: string[] }).lokusStages);

/**
 * Long work recorded since the last performance mark `from` (the first mark if `first`), split at
 * the last mark `at` (the task whose work the mark falls in counts as after it).
 */
export function longWork(page: Page, from: string, at: string, first = false): Promise<LongWork> {
  return page.evaluate(([from, at, first]) => {
    const w = window as unknown as { lokusLongTasks: { start: number; ms: number }[]; lokusScripts: { start: number; ms: number; what: string }[] };
    // No named functions in here: tsx (esbuild keepNames) would wrap them in a `__name` the page lacks.
    const fromMarks = performance.getEntriesByName(from);
    const start = (first ? fromMarks[0] : fromMarks.at(-1))!.startTime;
    const split = performance.getEntriesByName(at).at(-1)!.startTime;
    return {
      before: w.lokusLongTasks.filter((t) => t.start >= start && t.start + t.ms < split).map((t) => Math.round(t.ms)),
      pageWorkBefore: w.lokusScripts.filter((x) => x.start >= start && x.start + x.ms < split && !x.what.startsWith('FrameRequestCallback')).map((x) => ({ ms: Math.round(x.ms), what: x.what })),
      after: w.lokusLongTasks.filter((t) => t.start + t.ms >= split).map((t) => Math.round(t.ms)),
      pageWork: w.lokusScripts.filter((x) => x.start + x.ms >= split && !x.what.startsWith('FrameRequestCallback')).map((x) => ({ ms: Math.round(x.ms), what: x.what })),
    };
  }, [from, at, first] as const);
}

/** Scripts as "ms (what)" for a log line. */
export const describeScripts = (s: LongScript[]): string => s.map((x) => `${x.ms} (${x.what})`).join(', ') || 'none';
