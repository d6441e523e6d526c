// A small pool of worker threads for the drift work that pays off on several cores: parsing parts of a
// CSV file and scoring columns. The workers run dist/drift-worker.js (src/workers/worker.ts), found next
// to the bundle that loads this module; where it is absent (the sources run directly), or the thread
// count is one, callers do the work on the main thread. Results are the same either way.
//
// The calling thread works too (size threads = it and size - 1 workers). Idle workers are unref'd, so
// they never keep the process alive; a worker with a task is ref'd, so a pending answer is awaited. A
// worker that fails hands its tasks back to the calling thread.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

/** Where the worker script is: MRG_DRIFT_WORKER (tests), else drift-worker.js beside this bundle. */
function workerUrl(): URL | null {
  const env = process.env.MRG_DRIFT_WORKER;
  if (env) return pathToFileURL(env);
  try {
    const url = new URL('./drift-worker.js', import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

/**
 * The thread count: the one asked for (the `threads` option, `--threads`), else MRG_THREADS, else the
 * machine's cores. `explicit` says whether someone asked, which skips the small-input rule.
 */
export function threadCount(requested?: number): { threads: number; explicit: boolean } {
  if (requested !== undefined && Number.isFinite(requested))
    return { threads: Math.max(1, Math.floor(requested)), explicit: true };
  const env = process.env.MRG_THREADS;
  if (env && /^\d+$/.test(env)) return { threads: Math.max(1, Number(env)), explicit: true };
  return { threads: availableParallelism(), explicit: false };
}

/** An error thrown by the task inside the worker, with what is needed to throw it again here. */
export interface TaskError {
  name: string;
  message: string;
  reason?: string;
  line?: number;
}

interface Job {
  task: unknown;
  transfer: TransferListItem[];
  /** Runs the task on this thread instead. */
  local: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  posted?: number;
  /** Set by whichever thread starts the task (shared memory): a task a worker has not started yet can be taken back. */
  claim?: Int32Array;
  /** Run here after being posted to a worker, which will answer that it skipped it. */
  taken?: boolean;
  /** Changes shared memory as it goes: once a worker has started it, it cannot be run again. */
  inPlace?: boolean;
}

/** MRG_TRACE_THREADS=1: one stderr line per task, saying which thread ran it (tests, tuning). */
const TRACE = !!process.env.MRG_TRACE_THREADS;
function trace(job: Job, where: string, since = 0): void {
  const kind = (job.task as { kind?: string }).kind ?? 'task';
  process.stderr.write(
    `model-release-gate threads: ${kind} on ${where}, ${(performance.now() - since).toFixed(0)} ms\n`,
  );
}

interface Slot {
  worker: Worker;
  /** Posted to the worker and not yet answered, oldest first. */
  jobs: Job[];
}

/** Tasks posted to a worker while this thread runs one of its own, so that the worker never waits for it. */
const DEPTH = 2;

/**
 * The calling thread takes tasks from the queue too: `size` threads are this one and size - 1 workers,
 * and the first tasks run here while the workers start.
 */
class Pool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private broken = false;
  private localScheduled = false;

  constructor(private readonly url: URL) {}

  run(
    task: unknown,
    size: number,
    transfer: TransferListItem[],
    local: () => unknown,
    inPlace: boolean,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, transfer, local, resolve, reject, inPlace });
      try {
        if (!this.broken) while (this.slots.length < size - 1) this.spawn();
      } catch {
        this.broken = true; // cannot start a worker here at all: this thread does the work
      }
      this.dispatch();
    });
  }

  private spawn(): void {
    const slot: Slot = { worker: new Worker(this.url, { workerData: { mrgDriftWorker: true } }), jobs: [] };
    slot.worker.unref();
    slot.worker.on('message', (m: { result?: unknown; error?: TaskError; skipped?: boolean }) => {
      // A worker answers its tasks in the order they were posted, skipped ones included.
      const job = slot.jobs.shift();
      if (slot.jobs.length === 0) slot.worker.unref();
      if (job && !m.skipped) {
        if (TRACE) trace(job, 'a worker', job.posted);
        if (m.error) job.reject(m.error);
        else job.resolve(m.result);
      }
      this.dispatch();
    });
    // A worker that fails: its tasks, and all later ones, run on this thread; but a task that changes
    // shared memory in place and that the worker had started has left it half done: that one fails.
    const fail = () => {
      this.broken = true;
      this.slots = this.slots.filter((s) => s !== slot);
      const started = (j: Job) => j.inPlace && !!j.claim && Atomics.load(j.claim, 0) === 1;
      for (const j of slot.jobs.filter((j) => !j.taken && started(j)))
        j.reject({ name: 'WorkerStopped', message: STOPPED } satisfies TaskError);
      this.queue.unshift(...slot.jobs.filter((j) => !j.taken && !started(j)));
      slot.jobs = [];
      this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (code !== 0 || slot.jobs.length > 0) fail();
    });
    this.slots.push(slot);
  }

  /** Posts queued tasks to workers with fewer than `depth` outstanding. */
  private dispatch(depth = 1): void {
    for (const slot of this.slots) {
      while (this.queue.length > 0 && slot.jobs.length < depth) {
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        job.posted = performance.now();
        job.claim = new Int32Array(new SharedArrayBuffer(4));
        slot.worker.ref();
        slot.worker.postMessage({ task: job.task, claim: job.claim }, job.transfer);
      }
    }
    if (this.queue.length > 0 && !this.localScheduled) {
      this.localScheduled = true;
      // After the caller has queued all its tasks and the workers have theirs.
      setImmediate(() => {
        this.localScheduled = false;
        const job = this.queue.shift();
        // Work ahead for the workers while this thread is busy.
        this.dispatch(DEPTH);
        if (job) this.runHere(job);
        // Nothing left to hand out: take back what a worker has not started (it may still be starting up,
        // or be slowed by other work on the machine), newest first.
        if (this.queue.length === 0) {
          for (let stolen = this.takeBack(); stolen; stolen = this.takeBack()) this.runHere(stolen);
        }
        this.dispatch();
      });
    }
  }

  private takeBack(): Job | null {
    for (const slot of this.slots) {
      for (let i = slot.jobs.length - 1; i >= 0; i--) {
        const job = slot.jobs[i];
        if (!job.taken && job.claim && Atomics.compareExchange(job.claim, 0, 0, 2) === 0) {
          job.taken = true;
          return job;
        }
      }
    }
    return null;
  }

  private runHere(job: Job): void {
    try {
      const t0 = performance.now();
      const r = job.local();
      if (TRACE) trace(job, 'the main thread', t0);
      job.resolve(r);
    } catch (e) {
      const err = e as Error;
      job.reject({ name: err?.name ?? 'Error', message: err?.message ?? String(e) } satisfies TaskError);
    }
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

let pool: Pool | null = null;

/** Whether worker threads can be used here (the worker script exists). */
export function workersAvailable(): boolean {
  return workerUrl() !== null;
}

/** The TaskError message of an in-place task whose worker stopped part-way (see runTask's `inPlace`). */
export const STOPPED = 'a worker thread stopped part-way through a task that changes shared memory in place';

/**
 * Runs one task on `size` threads (this one and size - 1 workers); `local` runs it on this thread.
 * Rejects with the task's TaskError. Without a worker script every task runs here. `inPlace`: the task
 * changes shared memory as it goes, so if its worker stops part-way it rejects (message STOPPED) instead
 * of running again here on what the worker left.
 */
export function runTask<T>(
  task: unknown,
  size: number,
  local: () => T,
  transfer: TransferListItem[] = [],
  inPlace = false,
): Promise<T> {
  if (!pool) {
    const url = workerUrl();
    if (!url) return Promise.resolve().then(local);
    pool = new Pool(url);
  }
  return pool.run(task, size, transfer, local, inPlace) as Promise<T>;
}

/** Stops the workers (tests; a process exits without it). */
export async function closeWorkers(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
