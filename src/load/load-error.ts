import { DataError } from '../lib/errors.ts';
import { TableRefusedError, type TableRefusal } from '../lib/table/table-refusal.ts';

/**
 * A problem the page shows, kept as data so it is said in the page's language when shown:
 * which file, what went wrong (`kind`), and the technical detail (English, as the file or the
 * browser gave it).
 */
export interface PageProblem {
  /**
   * … `worker`: the program importer's Web Worker could not be loaded (the shipped list stays usable);
   * `kept`: a program list kept in this browser could not be used and was removed (`file` is its name);
   * `store`: the lists kept in this browser could not be read, or a damaged one not removed;
   * `lang`: the English words (loaded on first use) could not be loaded: the page stays in Bahasa Indonesia.
   */
  kind: 'network' | 'http' | 'json' | 'invalid' | 'bug' | 'worker' | 'kept' | 'store' | 'lang';
  /** The data file concerned, relative to the data folder (`boundaries/national.topo.json`). */
  file?: string;
  /** HTTP status for `http`. */
  status?: number;
  detail: string;
  /** The detail in Bahasa Indonesia, when the error has one (`DataError` details.id). */
  detailId?: string;
  /** A dropped table refused (over a limit, or a workbook that cannot be read): said by the page in its language. */
  refusal?: TableRefusal;
}

/** A failed download or an unreadable data file, as thrown by the data source. */
export class LoadError extends DataError {
  override name = 'LoadError';
  constructor(readonly problem: PageProblem) {
    super(`${problem.file ? `${problem.file}: ` : ''}${problem.detail}`, { file: problem.file });
  }
}

/** Any error as a page problem: load errors keep their kind, a `DataError` is invalid data, the rest a bug. */
export function toProblem(e: unknown, file?: string): PageProblem {
  if (e instanceof LoadError) return e.problem;
  if (e instanceof TableRefusedError) return { kind: 'invalid', file: e.refusal.file, detail: withoutFile(e.message, e.refusal.file), refusal: e.refusal };
  if (e instanceof DataError) {
    const name = e.details.file ?? file;
    // The page names the file itself; drop the message's own "file: " prefix so it is not said twice.
    const id = e.details.id ? { detailId: name ? withoutFile(e.details.id, name) : e.details.id } : {};
    return { kind: 'invalid', file: name, detail: name ? withoutFile(e.message, name) : e.message, ...id };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: 'bug', file, detail: `${err.name}: ${err.message}` };
}

/** A message without its leading file name (`regions.csv row 3, …` → `row 3, …`): the page says the file itself. */
export function withoutFile(message: string, file: string): string {
  return message.startsWith(file) ? message.slice(file.length).replace(/^:?\s*/, '') : message;
}
