// Tabular samples (a reference and a current dataset) read into columns of typed arrays: Float64Array
// for numeric columns, dictionary-coded Int32Array for categorical ones, never an object per row.
// Missing values (pandas 2's default na_values, case-sensitive) and ±infinity are dropped per column,
// as pandas and Evidently do, and counted. A column's type and its labels are decided from the whole
// column, never from which rows came first: a column mixing numbers and text is read again with every
// value as its text label, as pandas holds it (object dtype).
// Formats: CSV (RFC 4180, header row), JSON lines, JSON arrays of objects, and Parquet (src/evidence/parquet.ts,
// loaded only when a Parquet file comes: its decoders are most of the bundle's weight).
//
// The column table every sample reader produces is in table.ts, number and missing-value parsing in
// numbers.ts: Parquet's reader uses both without importing this file back.
//
// readSamples takes the bytes, or a file path that it streams in chunks (the one place here that reads
// the file system: a 200 MB sample must not be held as text). The parsing itself is pure (TableBuilder,
// in table-builder.ts, which the threaded CSV reader in samples-threads.ts fills the same way).

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvFormatError, CsvTokenizer } from './csv.js';
import { lostDuplicateKey } from './json.js';
import type { ColumnType } from '../types.js';
import { readCsvThreaded } from './samples-threads.js';
import { CHUNK, TableBuilder } from './table-builder.js';
import { SampleFormatError, type ReadSamplesOptions, type SampleFormat, type Table } from './table.js';

// Callers of readSamples get its vocabulary from here too.
export { PANDAS_NA_VALUES } from './numbers.js';
export {
  SampleFormatError,
  type CategoricalColumn,
  type NumericColumn,
  type ReadSamplesOptions,
  type SampleColumn,
  type Table,
} from './table.js';

const PARQUET_EXTENSIONS = new Set(['.parquet', '.parq', '.pq']);

/**
 * A Parquet file: named so, or "PAR1" at both ends whatever its name (a binary file is never CSV). The
 * Parquet reader explains what is wrong with a file named .parquet that is not one.
 */
export function isParquet(input: Buffer | string, name: string): boolean {
  if (PARQUET_EXTENSIONS.has(extname(name).toLowerCase())) return true;
  const magic = (b: Buffer, at: number) => at >= 0 && b.length >= at + 4 && b.readUInt32LE(at) === 0x31524150;
  if (typeof input !== 'string') return magic(input, 0) && magic(input, input.length - 4);
  let fd: number | undefined;
  try {
    fd = openSync(input, 'r');
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(4);
    const tail = Buffer.alloc(4);
    if (size < 12 || readSync(fd, head, 0, 4, 0) < 4 || readSync(fd, tail, 0, 4, size - 4) < 4) return false;
    return magic(head, 0) && magic(tail, 0);
  } catch {
    return false; // the CSV path says why the file cannot be read
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Format from the file extension, else from the first non-blank byte. */
export function detectFormat(name: string, head: Buffer): SampleFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.json') return 'json';
  for (const b of head) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    if (b === 0x5b) return 'json';
    if (b === 0x7b) return 'jsonl';
    break;
  }
  return 'csv';
}

/**
 * Reads a sample from bytes, or streams it from a file path. Throws SampleFormatError for bad input.
 */
export async function readSamples(input: Buffer | string, options: ReadSamplesOptions = {}): Promise<Table> {
  const source = options.source ?? (typeof input === 'string' ? input : 'samples');
  if ((options.format ?? (isParquet(input, source) ? 'parquet' : undefined)) === 'parquet') {
    const { readParquet } = await import('./parquet.js');
    return readParquet(input, { ...options, source });
  }
  if (typeof input === 'string') {
    const threaded = await readCsvThreaded(input, options);
    if (threaded) return threaded;
  }
  const first = await readOnce(input, options);
  const mixed = first.builder.mixedColumns();
  if (mixed.length === 0) return first.builder.finish();
  // A column mixing numbers and text: read again with it as text from the first row, so that "1.0" is
  // one label wherever it appears (pandas reads such a column as strings, object dtype).
  const columns: Record<string, ColumnType> = { ...options.columns };
  for (const name of mixed) columns[name] = 'categorical';
  const again = (await readOnce(input, { ...options, columns })).builder;
  const table = again.finish();
  for (const name of mixed)
    table.notes.push(
      `column "${name}" in ${table.source} mixes numbers and text; every value is compared as its text, as pandas reads it`,
    );
  return table;
}

async function readOnce(input: Buffer | string, options: ReadSamplesOptions): Promise<{ builder: TableBuilder }> {
  const source = options.source ?? (typeof input === 'string' ? input : 'samples');
  if (typeof input !== 'string') return { builder: readBuffer(input, source, options) };
  let fd: number;
  let size: number;
  try {
    fd = openSync(input, 'r');
    size = fstatSync(fd).size;
  } catch (e) {
    throw new SampleFormatError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, source);
  }
  // Synchronous chunked reads: the parse is CPU-bound and single-threaded, and a read stream's event
  // turns cost more wall time than they save. Only one chunk is held at a time.
  let builder: TableBuilder | null = null;
  let tokenizer: CsvTokenizer | null = null;
  let jsonl: JsonLines | null = null;
  const jsonChunks: Buffer[] = [];
  let format: SampleFormat | null = null;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const got = readSync(fd, chunk, 0, CHUNK, null);
      if (got === 0) break;
      const data = got < CHUNK ? chunk.subarray(0, got) : chunk;
      if (!format) {
        format = options.format ?? detectFormat(input, data.subarray(0, 256));
        builder = new TableBuilder(source, format, options, estimateRows(data, size, 1024));
        if (format === 'csv') tokenizer = new CsvTokenizer(builder.csvSink());
        if (format === 'jsonl') jsonl = new JsonLines(builder);
      }
      if (tokenizer) tokenizer.push(data);
      else if (jsonl) jsonl.push(data);
      else jsonChunks.push(data);
    }
    if (!format || !builder) throw new SampleFormatError('the file is empty; it needs a header row and data', source);
    tokenizer?.end();
    jsonl?.end();
    if (format === 'json') readJsonArray(Buffer.concat(jsonChunks), builder);
  } catch (e) {
    throw rethrow(e, source);
  } finally {
    closeSync(fd);
  }
  // Let other work (a second readSamples of Promise.all) interleave between files.
  await Promise.resolve();
  return { builder };
}

function rethrow(e: unknown, source: string): Error {
  if (e instanceof SampleFormatError) return e;
  if (e instanceof CsvFormatError) return new SampleFormatError(e.message, source, e.line);
  return new SampleFormatError(`cannot read the file (${(e as Error).message ?? String(e)})`, source);
}

/** Bytes looked at to estimate a file's rows (a column's first capacity; it grows if the guess is short). */
const ESTIMATE_BYTES = 1 << 20;

/** Line feeds in the first `limit` bytes, found natively (a byte loop runs cold here, before the JIT). */
function lineFeeds(buf: Buffer, limit: number): number {
  const head = buf.subarray(0, Math.min(buf.length, limit));
  let lines = 0;
  for (let i = head.indexOf(0x0a); i >= 0; i = head.indexOf(0x0a, i + 1)) lines++;
  return lines;
}

/**
 * Rows in a file of `size` bytes, guessed from the bytes per line at its start, so columns rarely need to
 * grow; `fewLines` when the start holds fewer than two lines.
 */
function estimateRows(first: Buffer, size: number, fewLines: number): number {
  const lines = lineFeeds(first, ESTIMATE_BYTES);
  if (lines < 2) return fewLines;
  return Math.ceil((size / Math.min(first.length, ESTIMATE_BYTES)) * lines);
}

function readBuffer(buf: Buffer, source: string, options: ReadSamplesOptions): TableBuilder {
  if (buf.length === 0) throw new SampleFormatError('the file is empty; it needs a header row and data', source);
  const format = options.format ?? detectFormat(source, buf.subarray(0, 256));
  const builder = new TableBuilder(source, format, options, Math.max(16, estimateRows(buf, buf.length, 16)));
  try {
    if (format === 'csv') {
      const t = new CsvTokenizer(builder.csvSink());
      t.push(buf);
      t.end();
    } else if (format === 'jsonl') {
      const j = new JsonLines(builder);
      j.push(buf);
      j.end();
    } else readJsonArray(buf, builder);
  } catch (e) {
    throw rethrow(e, source);
  }
  return builder;
}

/** One JSON object per line; blank lines are skipped. */
class JsonLines {
  private carry: Buffer | null = null;
  private line = 0;
  constructor(private readonly builder: TableBuilder) {}

  push(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === 0x0a) {
        this.row(buf.toString('utf8', start, i));
        start = i + 1;
      }
    }
    if (start < buf.length) this.carry = Buffer.from(buf.subarray(start));
  }

  end(): void {
    if (this.carry) this.row(this.carry.toString('utf8'));
    this.carry = null;
  }

  private row(text: string): void {
    this.line++;
    const t = text.trim();
    if (t === '') return;
    let value: unknown;
    try {
      value = JSON.parse(this.line === 1 ? t.replace(/^\uFEFF/, '') : t);
    } catch (e) {
      throw new SampleFormatError(
        `not valid JSON (${(e as Error).message}); each line must be one JSON object`,
        this.builder.source,
        this.line,
      );
    }
    if (lostDuplicateKey(t, value))
      throw new SampleFormatError(
        'a column is written twice in this row; JSON would keep only the last value, so keep one',
        this.builder.source,
        this.line,
      );
    this.builder.addObject(value, this.line);
  }
}

function readJsonArray(buf: Buffer, builder: TableBuilder): void {
  let value: unknown;
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new SampleFormatError(`not valid JSON (${(e as Error).message})`, builder.source);
  }
  if (lostDuplicateKey(text, value))
    throw new SampleFormatError(
      'a column is written twice in one of the rows; JSON would keep only the last value, so keep one',
      builder.source,
    );
  if (!Array.isArray(value)) {
    throw new SampleFormatError(
      'a JSON sample must be an array of objects (one per row), or JSON lines',
      builder.source,
    );
  }
  for (const row of value) builder.addObject(row, undefined);
}

/** The base name, for short labels. */
export const sampleLabel = (t: Table): string => basename(t.source);
