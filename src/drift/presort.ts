// Sorting a table's numeric columns in place, as soon as that table is read. Drift needs each column
// sorted (KS, Wasserstein and the rest work on order statistics); sorting a side while the other side is
// still being parsed keeps every thread busy, where sorting inside each column's scoring task had to wait
// for both files. Columns in shared memory (the threaded CSV reader's) are sorted on the workers, where
// they are, for every thread; the others on the calling thread.

import { isSharedArrayBuffer } from 'node:util/types';
import type { NumericColumn, Table } from '../evidence/table.js';
import { runTask, STOPPED, threadCount, workersAvailable, type TaskError } from '../workers/pool.js';
import { sortInPlace } from './sort.js';

/** A numeric column to sort in place on a worker (src/workers/worker.ts). */
export interface SortTask {
  kind: 'sort';
  values: Float64Array;
}

// Not `instanceof`: a buffer a worker made belongs to another realm's SharedArrayBuffer.
const inSharedMemory = (c: NumericColumn): boolean => isSharedArrayBuffer(c.values.buffer);

/**
 * Sorts the table's numeric columns in place, marking them `sorted`, and returns the table: columns in
 * shared memory on the workers when there are several threads, the others on this thread (sorting them
 * where they are saves the copy that scoring would otherwise sort).
 */
export async function sortColumns(table: Table, requestedThreads?: number): Promise<Table> {
  const { threads } = threadCount(requestedThreads);
  const onWorkers = threads > 1 && workersAvailable();
  const columns = table.columns.filter((c): c is NumericColumn => c.type === 'numeric' && !c.sorted);
  await Promise.all(
    columns.map(async (c) => {
      if (onWorkers && inSharedMemory(c)) {
        const task: SortTask = { kind: 'sort', values: c.values };
        await runTask(task, threads, () => sortInPlace(c.values), [], true).catch((e: TaskError) => {
          if (e.message !== STOPPED) throw e;
          throw new Error(
            `column "${c.name}" in ${table.source}: a worker thread stopped part-way through sorting it (out of memory?), so its values are no longer the file's; run drift again, with --threads 1 to use no worker thread`,
          );
        });
      } else sortInPlace(c.values);
      c.sorted = true;
    }),
  );
  return table;
}
