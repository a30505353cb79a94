/** A task of the page's own: resolves from a `setTimeout` callback, after input and drawing had their turn. */
export const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/**
 * A pause for work done in small slices, paced by the clock rather than by a count: it resolves
 * at once (the next slice runs in the same task) while the current task has run less than
 * `budgetMs`, else it yields to the page (`yieldNow`, a new task) and a new task begins. The
 * first call always yields. On a loaded 2-core machine a fixed count of loci per task took
 * 5–20 ms of CPU but up to 60 ms of wall time (the thread descheduled): a clock budget keeps each
 * task's wall time near the budget whatever the load, and spends no 4-ms timer per slice when the
 * machine is idle.
 */
export function pacedYield(budgetMs = 8, now: () => number = () => performance.now(), yieldNow: () => Promise<void> = nextTask): () => Promise<void> {
  let start = -Infinity;
  return async () => {
    if (now() - start < budgetMs) return;
    await yieldNow();
    start = now();
  };
}
