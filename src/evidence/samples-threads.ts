// A CSV file parsed on several threads: the data rows are split at line breaks into parts, each part is
// parsed by a worker (src/workers/worker.ts) with the same TableBuilder as the one-thread reader, and the
// parts' columns are joined in row order. The table is identical to the one-thread reader's: same
// values, labels in order of first appearance, counts, notes, and error lines.
//
// A line break only ends a record outside quotes, so the file is split only when it holds no quote
// character at all (each part checks its bytes; one quote anywhere and the whole file is read on one
// thread, which follows the quote state). Also read on one thread: anything but a .csv file (or format
// csv), small files, a header line that is blank or holds a bare CR, and any case where the workers cannot run.

import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { extname } from 'node:path';
import { CsvFormatError, CsvTokenizer } from './csv.js';
import {
  CHUNK,
  SampleFormatError,
  TableBuilder,
  tableNotes,
  type CategoricalColumn,
  type NumericColumn,
  type ReadSamplesOptions,
  type SampleColumn,
  type Table,
} from './samples.js';
import type { ColumnType } from '../types.js';
import { runTask, threadCount, workersAvailable, type TaskError } from '../workers/pool.js';

/** Below this many bytes a file is parsed on one thread unless threads are asked for: starting workers costs more. */
export const MIN_THREADED_BYTES = 8 << 20;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface ParseTask {
  kind: 'parse';
  path: string;
  source: string;
  start: number;
  end: number;
  /** The header line's bytes, with its line break. */
  header: Uint8Array;
  columns?: Record<string, ColumnType>;
  expectedRows: number;
}

export type ParseResult =
  | { unsafe: true }
  | { unsafe: false; columns: SampleColumn[]; mixed: string[]; rows: number; lines: number }
  | { unsafe: false; error: { reason: string; line?: number } };

/** A worker's part: [start, end) of the file after the header, parsed as if it followed the header. */
export function parseCsvPart(task: ParseTask): { result: ParseResult; transfer: ArrayBuffer[] } {
  const builder = new TableBuilder(
    task.source,
    'csv',
    { source: task.source, columns: task.columns },
    task.expectedRows,
    true,
  );
  const tokenizer = new CsvTokenizer(builder.csvSink());
  const fd = openSync(task.path, 'r');
  try {
    tokenizer.push(Buffer.from(task.header));
    for (let pos = task.start; pos < task.end;) {
      const want = Math.min(CHUNK, task.end - pos);
      const chunk = Buffer.allocUnsafe(want);
      const got = readSync(fd, chunk, 0, want, pos);
      if (got === 0) break;
      const data = got < want ? chunk.subarray(0, got) : chunk;
      if (data.indexOf(QUOTE) >= 0) return { result: { unsafe: true }, transfer: [] };
      tokenizer.push(data);
      pos += got;
    }
    tokenizer.end();
    const mixed = builder.mixedColumns();
    const table = builder.finish();
    // The columns are in shared memory: posting them copies nothing.
    // Lines this part spans: the tokenizer counted the header as line 1 and starts the part on line 2.
    return {
      result: { unsafe: false, columns: table.columns, mixed, rows: table.rows, lines: tokenizer.currentLine - 2 },
      transfer: [],
    };
  } catch (e) {
    if (e instanceof SampleFormatError)
      return { result: { unsafe: false, error: { reason: e.reason, line: e.line } }, transfer: [] };
    if (e instanceof CsvFormatError)
      return { result: { unsafe: false, error: { reason: e.message, line: e.line } }, transfer: [] };
    throw e;
  } finally {
    closeSync(fd);
  }
}

interface Layout {
  header: Uint8Array;
  parts: Array<[number, number]>;
  bytesPerRow: number;
}

/** The header line and the parts' byte ranges (each ends just after a line feed), or null to read on one thread. */
function layout(path: string, threads: number, explicit: boolean, options: ReadSamplesOptions): Layout | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0 || (!explicit && size < MIN_THREADED_BYTES)) return null;
    const head = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    const got = readSync(fd, head, 0, head.length, 0);
    const first = head.subarray(0, got);
    // Only what is surely CSV: a .csv file or format csv (other formats, Parquet among them, have their readers).
    if ((options.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : null)) !== 'csv') return null;
    const lf = first.indexOf(LF);
    if (lf < 0) return null;
    let from = first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
    if (from === lf || first[from] === CR) return null; // blank first line: the header is further down
    for (; from < lf; from++) if (first[from] === QUOTE || (first[from] === CR && from !== lf - 1)) return null;
    const header = Uint8Array.from(first.subarray(0, lf + 1));
    let lines = 0;
    for (let i = first.indexOf(LF); i >= 0; i = first.indexOf(LF, i + 1)) lines++;
    const bytesPerRow = first.length / Math.max(1, lines);
    const parts: Array<[number, number]> = [];
    const dataStart = lf + 1;
    const probe = Buffer.allocUnsafe(64 << 10);
    let start = dataStart;
    // The reference and the current file are read at once, so each takes half the threads: on two cores,
    // each file whole on its own thread (joining parts costs a copy of the columns, measured slower there).
    const count = Math.max(1, Math.floor(threads / 2));
    for (let k = 1; k <= count && start < size; k++) {
      let end = k === count ? size : Math.max(start, Math.floor(dataStart + ((size - dataStart) * k) / count));
      // Move the cut to just after the next line feed.
      while (end < size) {
        const n = readSync(fd, probe, 0, probe.length, end);
        const at = probe.subarray(0, n).indexOf(LF);
        if (at >= 0) {
          end += at + 1;
          break;
        }
        end += n;
      }
      if (end > start) parts.push([start, end]);
      start = end;
    }
    if (parts.length === 0) return null;
    return { header, parts, bytesPerRow };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a CSV file on several threads, or returns null when it must be read on one (see the top of
 * this file). Throws SampleFormatError as the one-thread reader would, with the same line.
 */
export async function readCsvThreaded(path: string, options: ReadSamplesOptions): Promise<Table | null> {
  const { threads, explicit } = threadCount(options.threads);
  if (threads <= 1 || !workersAvailable()) return null;
  const source = options.source ?? path;
  let plan: Layout | null;
  try {
    plan = layout(path, threads, explicit, options);
  } catch {
    return null; // unreadable: the one-thread reader says why
  }
  if (!plan) return null;
  const first = await readParts(path, source, plan, options.columns, threads);
  if (!first) return null;
  if (first.text.length === 0 && first.mixed.length === 0) return finishTable(source, options, first);
  // As the one-thread reader: a column mixing numbers and text is read again with every value as its text.
  const columns: Record<string, ColumnType> = { ...options.columns };
  for (const name of [...first.mixed, ...first.text]) columns[name] = 'categorical';
  const again = await readParts(path, source, plan, columns, threads);
  if (!again) return null;
  const table = finishTable(source, { ...options, columns }, again);
  for (const name of first.mixed)
    table.notes.push(
      `column "${name}" in ${table.source} mixes numbers and text; every value is compared as its text, as pandas reads it`,
    );
  return table;
}

interface Joined {
  columns: SampleColumn[];
  rows: number;
  /** Columns with numbers before their first label (the one-thread reader's mixedColumns). */
  mixed: string[];
  /** Other columns with labels in one part and numbers in another: read again as text. */
  text: string[];
}

function finishTable(source: string, options: ReadSamplesOptions, joined: Joined): Table {
  return {
    source,
    format: 'csv',
    rows: joined.rows,
    columns: joined.columns,
    notes: tableNotes(source, options, joined.columns),
  };
}

async function readParts(
  path: string,
  source: string,
  plan: Layout,
  columns: Record<string, ColumnType> | undefined,
  threads: number,
): Promise<Joined | null> {
  const results = await Promise.all(
    plan.parts.map(([start, end]) => {
      const task: ParseTask = {
        kind: 'parse',
        path,
        source,
        start,
        end,
        header: plan.header,
        columns,
        expectedRows: Math.ceil((end - start) / plan.bytesPerRow),
      };
      // Anything but a format error (the file changed or vanished): the one-thread reader says what.
      return runTask<ParseResult>(task, threads, () => parseCsvPart(task).result).catch((e: TaskError) => {
        void e;
        return { unsafe: true } as const;
      });
    }),
  );
  if (results.some((r) => r.unsafe)) return null;
  // The first part with an error is the error the one-thread reader meets first; its line counts from the file's start.
  let before = 0;
  for (const r of results) {
    if (r.unsafe) continue;
    if ('error' in r) {
      const line = r.error.line === undefined ? undefined : r.error.line + before;
      throw new SampleFormatError(r.error.reason, source, line);
    }
    before += r.lines;
  }
  const parts = results as Array<Extract<ParseResult, { columns: SampleColumn[] }>>;
  return join(parts);
}

function join(parts: Array<{ columns: SampleColumn[]; mixed: string[]; rows: number }>): Joined {
  if (parts.length === 1) return { columns: parts[0].columns, rows: parts[0].rows, mixed: parts[0].mixed, text: [] };
  const out: Joined = { columns: [], rows: 0, mixed: [], text: [] };
  for (const p of parts) out.rows += p.rows;
  const width = parts[0].columns.length;
  for (let c = 0; c < width; c++) {
    const pieces = parts.map((p) => p.columns[c]);
    // Let each part's arrays go once joined: the parts and the joined table are not all held at once.
    for (const p of parts) (p.columns as Array<SampleColumn | null>)[c] = null;
    const name = pieces[0].name;
    const missing = pieces.reduce((s, x) => s + x.missing, 0);
    const firstLabels = pieces.findIndex((x) => x.type === 'categorical');
    if (firstLabels < 0) {
      out.columns.push(joinNumbers(name, pieces as NumericColumn[], missing));
      continue;
    }
    const hasNumbers = (x: SampleColumn) => x.type === 'numeric' && (x.values.length > 0 || (x.infinite ?? 0) > 0);
    if (parts[firstLabels].mixed.includes(name) || pieces.slice(0, firstLabels).some(hasNumbers)) {
      out.mixed.push(name);
      out.columns.push(pieces[0]); // replaced by the second read
    } else if (pieces.some(hasNumbers)) {
      out.text.push(name);
      out.columns.push(pieces[0]);
    } else out.columns.push(joinLabels(name, pieces, missing));
  }
  return out;
}

/** Shared memory, so that the scoring workers read the columns without a copy. */
function sharedFloat64(n: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(n * 8));
}

function joinNumbers(name: string, pieces: NumericColumn[], missing: number): NumericColumn {
  let n = 0;
  let infinite = 0;
  let integer = true;
  for (const p of pieces) {
    n += p.values.length;
    infinite += p.infinite ?? 0;
    if (p.values.length > 0 && !p.integer) integer = false;
  }
  const values = sharedFloat64(n);
  let at = 0;
  for (const p of pieces) {
    values.set(p.values, at);
    at += p.values.length;
  }
  const col: NumericColumn = { name, type: 'numeric', values, missing };
  if (infinite > 0) col.infinite = infinite;
  if (integer && missing === 0 && infinite === 0 && n > 0) col.integer = true;
  return col;
}

/** Labels in order of first appearance over all parts, as one reader would number them. */
function joinLabels(name: string, pieces: SampleColumn[], missing: number): CategoricalColumn {
  const index = new Map<string, number>();
  const categories: string[] = [];
  let n = 0;
  for (const p of pieces) if (p.type === 'categorical') n += p.codes.length;
  const codes = new Int32Array(new SharedArrayBuffer(n * 4));
  let at = 0;
  for (const p of pieces) {
    if (p.type !== 'categorical') continue;
    const remap = new Int32Array(p.categories.length);
    p.categories.forEach((label, k) => {
      let g = index.get(label);
      if (g === undefined) {
        g = categories.length;
        categories.push(label);
        index.set(label, g);
      }
      remap[k] = g;
    });
    for (let i = 0; i < p.codes.length; i++) codes[at++] = remap[p.codes[i]];
  }
  return { name, type: 'categorical', codes, categories, missing };
}
