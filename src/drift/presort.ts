// Sorting a table's numeric columns in place on the worker threads, as soon as that table is read. Drift
// needs each column sorted (KS, Wasserstein and the rest work on order statistics); sorting a side while
// the other side is still being parsed keeps every thread busy, where sorting inside each column's
// scoring task had to wait for both files. Only columns in shared memory (the threaded CSV reader's)
// are sorted here: a worker sorts them where they are, for every thread. Others are sorted when scored.

import { isSharedArrayBuffer } from 'node:util/types';
import type { NumericColumn, Table } from '../evidence/table.js';
import { runTask, threadCount, workersAvailable } from '../workers/pool.js';
import { sortInPlace } from './sort.js';

/** A numeric column to sort in place on a worker (src/workers/worker.ts). */
export interface SortTask {
  kind: 'sort';
  values: Float64Array;
}

// Not `instanceof`: a buffer a worker made belongs to another realm's SharedArrayBuffer.
const inSharedMemory = (c: NumericColumn): boolean => isSharedArrayBuffer(c.values.buffer);

/** Sorts the table's shared numeric columns in place (marking them `sorted`) and returns the table. */
export async function sortSharedColumns(table: Table, requestedThreads?: number): Promise<Table> {
  const { threads } = threadCount(requestedThreads);
  if (threads <= 1 || !workersAvailable()) return table;
  const columns = table.columns.filter(
    (c): c is NumericColumn => c.type === 'numeric' && !c.sorted && inSharedMemory(c),
  );
  await Promise.all(
    columns.map(async (c) => {
      const task: SortTask = { kind: 'sort', values: c.values };
      await runTask(task, threads, () => sortInPlace(c.values));
      c.sorted = true;
    }),
  );
  return table;
}
