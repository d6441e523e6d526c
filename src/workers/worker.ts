// The worker thread's side of src/workers/pool.ts, bundled as dist/drift-worker.js: parses a part of a
// CSV file, sorts a shared column in place or scores one column, and answers with the result (typed
// arrays moved, not copied) or the error.

import { parentPort, workerData } from 'node:worker_threads';
import { parseCsvPart, type ParseTask } from '../evidence/samples-threads.js';
import { driftColumn, type ScoreTask } from '../drift/compute.js';
import type { SortTask } from '../drift/presort.js';
import { sortInPlace } from '../drift/sort.js';
import type { TaskError } from './pool.js';

function answer(task: ParseTask | ScoreTask | SortTask): void {
  try {
    if (task.kind === 'parse') {
      const { result, transfer } = parseCsvPart(task);
      parentPort!.postMessage({ result }, transfer);
    } else if (task.kind === 'sort') {
      sortInPlace(task.values); // shared memory: the calling thread sees the sorted column
      parentPort!.postMessage({ result: null });
    } else {
      parentPort!.postMessage({ result: driftColumn(task.reference, task.current, task.sides, task.options) });
    }
  } catch (e) {
    const err = e as Error & { reason?: string; line?: number };
    const error: TaskError = { name: err?.name ?? 'Error', message: err?.message ?? String(e) };
    parentPort!.postMessage({ error });
  }
}

if (parentPort && (workerData as { mrgDriftWorker?: boolean } | undefined)?.mrgDriftWorker) {
  parentPort.on('message', ({ task, claim }: { task: ParseTask | ScoreTask | SortTask; claim: Int32Array }) => {
    // The main thread may have taken the task back before this worker got to it.
    if (Atomics.compareExchange(claim, 0, 0, 1) !== 0) parentPort!.postMessage({ skipped: true });
    else answer(task);
  });
}
