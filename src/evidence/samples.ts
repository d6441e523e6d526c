// Tabular samples (a reference and a current dataset) read into columns of typed arrays: Float64Array
// for numeric columns, dictionary-coded Int32Array for categorical ones, never an object per row.
// Missing values (pandas 2's default na_values, case-sensitive) and ±infinity are dropped per column,
// as pandas and Evidently do, and counted. A column's type and its labels are decided from the whole
// column, never from which rows came first: a column mixing numbers and text is read again with every
// value as its text label, as pandas holds it (object dtype).
// Formats: CSV (RFC 4180, header row), JSON lines, JSON arrays of objects, and Parquet (src/evidence/parquet.ts,
// loaded only when a Parquet file comes: its decoders are most of the bundle's weight).
//
// The column table (Table, SampleColumn) is the interface every sample reader produces (CSV and JSON
// here, Parquet elsewhere): numeric columns as Float64Array with `integer` telling whether pandas would
// hold them as int64, categorical ones dictionary-coded.
//
// readSamples takes the bytes, or a file path that it streams in chunks (the one place here that reads
// the file system: a 200 MB sample must not be held as text). The parsing itself is pure (TableBuilder).

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvFormatError, CsvTokenizer, type CsvSink } from './csv.js';
import { lostDuplicateKey } from './json.js';
import type { ColumnType } from '../types.js';
import { readCsvThreaded } from './samples-threads.js';

export interface NumericColumn {
  name: string;
  type: 'numeric';
  /** The non-missing, finite values, in row order. */
  values: Float64Array;
  /** Missing values dropped (pandas' na_values, JSON null, or absent). */
  missing: number;
  /** ±infinity dropped, as Evidently replaces them with NaN and drops them. Absent means none. */
  infinite?: number;
  /**
   * Whether pandas would read the column as int64: every value an integer literal (JSON: an integral
   * number), none missing or infinite. Evidently 0.7 types such a column by its distinct values, and
   * numpy bins integer data with a width of at least 1. Absent means false.
   */
  integer?: boolean;
}

export interface CategoricalColumn {
  name: string;
  type: 'categorical';
  /** Index into categories for each non-missing value, in row order. */
  codes: Int32Array;
  categories: string[];
  missing: number;
}

export type SampleColumn = NumericColumn | CategoricalColumn;

export type SampleFormat = 'csv' | 'jsonl' | 'json' | 'parquet';

export interface Table {
  /** The file (or name) the table was read from, for messages. */
  source: string;
  format: SampleFormat;
  rows: number;
  columns: SampleColumn[];
  /** Things the reader decided that a user should know. */
  notes: string[];
}

export interface ReadSamplesOptions {
  /** Name used in messages; defaults to the file path, or "samples". */
  source?: string;
  format?: SampleFormat;
  /** Column types that override inference (from the manifest or the policy). */
  columns?: Record<string, ColumnType>;
  /**
   * Threads for parsing a CSV file given by path (see samples-threads.ts). Absent: the machine's
   * cores for files large enough to pay off, else one. The table is the same either way.
   */
  threads?: number;
}

/** Bad sample input: the message names the file, the line where known, and what to fix. */
export class SampleFormatError extends Error {
  constructor(
    /** The message without the file and line. */
    readonly reason: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'SampleFormatError';
  }
}

/**
 * pandas 2's default na_values (pandas/_libs/parsers.pyx STR_NA_VALUES), matched exactly as pandas
 * does: case-sensitive, without trimming.
 */
export const PANDAS_NA_VALUES: ReadonlySet<string> = new Set([
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
]);

export function isMissingToken(text: string): boolean {
  return PANDAS_NA_VALUES.has(text);
}

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER_RE = /^[+-]?\d+$/;
const INFINITY_RE = /^[+-]?inf(inity)?$/i;
/** Beyond this pandas no longer holds an integer literal as int64. */
const INT64_LIMIT = 2 ** 63;

/** Whether the last number parsed by parseNumberBytes/parseNumberText was written as an integer. */
let lastWasInteger = false;

/**
 * A finite decimal number in bytes [start, end), or NaN. Short numbers take an exact fast path
 * (integer mantissa below 2^53 and a power of ten up to 1e22 are both exact, so one division or
 * multiplication rounds correctly); anything else goes through parseFloat.
 */
export function parseNumberBytes(buf: Buffer, start: number, end: number): number {
  while (start < end && buf[start] === 0x20) start++;
  while (end > start && buf[end - 1] === 0x20) end--;
  let i = start;
  let negative = false;
  if (i < end && (buf[i] === 0x2d || buf[i] === 0x2b)) {
    negative = buf[i] === 0x2d;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  let dot = false;
  while (i < end) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    if (mantissa !== 0) digits++;
    any = true;
    i++;
  }
  if (i < end && buf[i] === 0x2e) {
    dot = true;
    i++;
    while (i < end) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      if (mantissa !== 0) digits++;
      scale--;
      any = true;
      i++;
    }
  }
  if (i === end && any && digits <= 15) {
    const v = scale === 0 ? mantissa : mantissa / POW10[-scale];
    if (-scale <= 22) {
      lastWasInteger = !dot;
      return negative ? -v : v;
    }
  }
  const text = buf.toString('latin1', start, end);
  return parseNumberText(text);
}

/**
 * A decimal number as pandas' C parser reads one (surrounding spaces allowed), ±Infinity for
 * inf/infinity in any case and for literals beyond the double range (1e400), or NaN for text.
 */
export function parseNumberText(text: string): number {
  const t = text.trim();
  if (!NUMBER_RE.test(t)) {
    if (INFINITY_RE.test(t)) {
      lastWasInteger = false;
      return t[0] === '-' ? -Infinity : Infinity;
    }
    return NaN;
  }
  const v = Number(t);
  lastWasInteger = INTEGER_RE.test(t) && Math.abs(v) < INT64_LIMIT;
  return v;
}

/** Typed arrays in shared memory when the table is read for worker threads (no copy when they score it). */
const f64 = (n: number, shared: boolean) =>
  new Float64Array(shared ? new SharedArrayBuffer(n * 8) : new ArrayBuffer(n * 8));
const i32 = (n: number, shared: boolean) =>
  new Int32Array(shared ? new SharedArrayBuffer(n * 4) : new ArrayBuffer(n * 4));

/** Collects one column; starts numeric unless told otherwise and turns categorical at the first label. */
class ColumnBuilder {
  type: ColumnType;
  values: Float64Array;
  codes: Int32Array | null = null;
  length = 0;
  missing = 0;
  infinite = 0;
  /** Every value so far an integer literal (see NumericColumn.integer). */
  integer = true;
  /** Turned from numbers to labels part-way: the table is read again with this column as text. */
  mixed = false;
  categories: string[] = [];
  private index = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly forced: ColumnType | undefined,
    private capacity: number,
    private readonly shared = false,
  ) {
    this.type = forced ?? 'numeric';
    this.values = this.type === 'numeric' ? f64(capacity, shared) : new Float64Array(0);
    if (this.type === 'categorical') this.codes = i32(capacity, shared);
  }

  private grow(): void {
    this.capacity = Math.max(16, Math.ceil(this.capacity * 1.5));
    if (this.type === 'numeric') {
      const next = f64(this.capacity, this.shared);
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    } else {
      const next = i32(this.capacity, this.shared);
      next.set(this.codes!.subarray(0, this.length));
      this.codes = next;
    }
  }

  /** A number; integer says whether it was written as an integer. Infinities are dropped and counted. */
  addNumber(v: number, integer: boolean): void {
    if (this.type === 'categorical') return this.addLabel(String(v));
    if (v === Infinity || v === -Infinity) {
      this.infinite++;
      this.integer = false;
      return;
    }
    if (!integer) this.integer = false;
    if (this.length === this.capacity) this.grow();
    this.values[this.length++] = v;
  }

  addLabel(label: string): void {
    if (this.type === 'numeric') this.becomeCategorical();
    if (this.length === this.capacity) this.grow();
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.categories.length;
      this.categories.push(label);
      this.index.set(label, code);
    }
    this.codes![this.length++] = code;
  }

  /** Numbers seen so far become labels (their shortest decimal form). */
  private becomeCategorical(): void {
    if (this.length > 0 || this.infinite > 0) this.mixed = true;
    const numbers = this.values.subarray(0, this.length);
    this.type = 'categorical';
    this.codes = i32(this.capacity, this.shared);
    const count = this.length;
    this.length = 0;
    for (let i = 0; i < count; i++) this.addLabel(String(numbers[i]));
    this.values = new Float64Array(0);
  }

  finish(): SampleColumn {
    if (this.type === 'numeric') {
      const col: NumericColumn = {
        name: this.name,
        type: 'numeric',
        values: this.values.subarray(0, this.length),
        missing: this.missing,
      };
      if (this.infinite > 0) col.infinite = this.infinite;
      if (this.integer && this.missing === 0 && this.infinite === 0 && this.length > 0) col.integer = true;
      return col;
    }
    return {
      name: this.name,
      type: 'categorical',
      codes: this.codes!.subarray(0, this.length),
      categories: this.categories,
      missing: this.missing,
    };
  }
}

/** Builds a table from CSV chunks, JSON lines or JSON values. Pure: it only sees bytes and values. */
export class TableBuilder {
  private columns: ColumnBuilder[] = [];
  private byName = new Map<string, ColumnBuilder>();
  private rows = 0;
  private header: string[] | null = null;
  private fieldIndex = 0;
  private readonly notes: string[] = [];

  constructor(
    readonly source: string,
    readonly format: SampleFormat,
    private readonly options: ReadSamplesOptions,
    private readonly expectedRows = 1024,
    /** Columns in SharedArrayBuffers, for the threaded reader. */
    private readonly shared = false,
  ) {}

  private fail(message: string, line?: number): never {
    throw new SampleFormatError(message, this.source, line);
  }

  private addColumn(name: string): ColumnBuilder {
    const col = new ColumnBuilder(
      name,
      this.options.columns?.[name],
      Math.ceil(this.expectedRows * 1.05) + 16,
      this.shared,
    );
    col.missing = this.rows; // rows before the column first appeared (JSON) have no value for it
    this.columns.push(col);
    this.byName.set(name, col);
    return col;
  }

  // ---- CSV ----

  csvSink(): CsvSink {
    return {
      field: (buf, start, end, quoted, line) => this.csvField(buf, start, end, quoted, line),
      endRecord: (line) => this.csvEndRecord(line),
    };
  }

  private headerFields: string[] = [];

  private csvField(buf: Buffer, start: number, end: number, quoted: string | null, line: number): void {
    if (!this.header) {
      this.headerFields.push(quoted ?? buf.toString('utf8', start, end).trim());
      return;
    }
    const col = this.columns[this.fieldIndex++];
    if (!col) return; // counted and reported at the end of the record
    if (quoted === null && col.type === 'numeric') {
      const v = parseNumberBytes(buf, start, end);
      if (!Number.isNaN(v)) return col.addNumber(v, lastWasInteger);
    }
    const text = quoted ?? buf.toString('utf8', start, end);
    this.addText(col, text, line);
  }

  private addText(col: ColumnBuilder, text: string, line: number): void {
    if (isMissingToken(text)) {
      col.missing++;
      return;
    }
    if (col.type === 'numeric') {
      const v = parseNumberText(text);
      if (!Number.isNaN(v)) return col.addNumber(v, lastWasInteger);
      if (col.forced === 'numeric') {
        this.fail(
          `column "${col.name}" is declared numeric but holds "${text.slice(0, 40)}"; fix the value or declare the column categorical`,
          line || undefined,
        );
      }
    }
    col.addLabel(text);
  }

  private csvEndRecord(line: number): void {
    if (!this.header) {
      const names = this.headerFields;
      if (names.length === 0 || names.every((n) => n === '')) this.fail('the header row is empty', line);
      const seen = new Set<string>();
      names.forEach((n, i) => {
        if (n === '') this.fail(`column ${i + 1} of the header has no name`, line);
        if (seen.has(n)) this.fail(`column "${n}" appears twice in the header`, line);
        seen.add(n);
      });
      this.header = names;
      for (const n of names) this.addColumn(n);
      return;
    }
    if (this.fieldIndex !== this.columns.length) {
      this.fail(
        `row has ${this.fieldIndex} fields but the header has ${this.columns.length}; quote fields that contain commas`,
        line,
      );
    }
    this.fieldIndex = 0;
    this.rows++;
  }

  // ---- JSON ----

  addObject(row: unknown, line: number | undefined): void {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      this.fail('each row must be a JSON object of column values', line);
    }
    const seen = new Set<ColumnBuilder>();
    for (const [name, value] of Object.entries(row as Record<string, unknown>)) {
      const col = this.byName.get(name) ?? this.addColumn(name);
      seen.add(col);
      if (value === null) col.missing++;
      else if (typeof value === 'number') {
        // JSON.parse turns 1e400 into Infinity; pandas.read_json holds integral numbers as int64.
        if (col.type === 'numeric') col.addNumber(value, Number.isInteger(value) && Math.abs(value) < INT64_LIMIT);
        else col.addLabel(String(value));
      } else if (typeof value === 'string') {
        if (col.forced === 'numeric') this.addText(col, value, line ?? 0);
        else if (isMissingToken(value)) col.missing++;
        else col.addLabel(value);
      } else if (typeof value === 'boolean') col.addLabel(String(value));
      else this.fail(`column "${name}" holds a nested ${Array.isArray(value) ? 'array' : 'object'}; flatten it`, line);
    }
    for (const col of this.columns) if (!seen.has(col)) col.missing++;
    this.rows++;
  }

  finish(): Table {
    if (this.format === 'csv' && !this.header) this.fail('no header row: the first line must name the columns');
    if (this.columns.length === 0) this.fail('no columns found');
    const columns = this.columns.map((c) => c.finish());
    return {
      source: this.source,
      format: this.format,
      rows: this.rows,
      columns,
      notes: [...this.notes, ...tableNotes(this.source, this.options, columns)],
    };
  }

  /** Columns that held numbers before their first text value (not declared in the configuration). */
  mixedColumns(): string[] {
    return this.columns.filter((c) => c.mixed && c.forced === undefined).map((c) => c.name);
  }
}

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

/** What a finished table tells the user about its columns (the same whichever way it was read). */
export function tableNotes(source: string, options: ReadSamplesOptions, columns: SampleColumn[]): string[] {
  const notes: string[] = [];
  const names = new Set(columns.map((c) => c.name));
  for (const name of Object.keys(options.columns ?? {})) {
    if (!names.has(name)) notes.push(`column "${name}" is typed in the configuration but absent from ${source}`);
  }
  for (const c of columns) {
    const n = c.type === 'numeric' ? (c.infinite ?? 0) : 0;
    if (n > 0)
      notes.push(
        `column "${c.name}" in ${source}: ${n} infinite value${n === 1 ? '' : 's'} dropped, as Evidently does`,
      );
  }
  return notes;
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

export const CHUNK = 4 << 20;

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
        builder = new TableBuilder(source, format, options, estimateRows(data, size));
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

/** Rows in the file, guessed from the first chunk's bytes per line, so columns rarely need to grow. */
function estimateRows(first: Buffer, size: number): number {
  let lines = 0;
  for (let i = 0; i < first.length; i++) if (first[i] === 0x0a) lines++;
  if (lines < 2) return 1024;
  return Math.ceil((size / first.length) * lines);
}

function readBuffer(buf: Buffer, source: string, options: ReadSamplesOptions): TableBuilder {
  if (buf.length === 0) throw new SampleFormatError('the file is empty; it needs a header row and data', source);
  const format = options.format ?? detectFormat(source, buf.subarray(0, 256));
  let lines = 0;
  for (let i = 0; i < Math.min(buf.length, CHUNK); i++) if (buf[i] === 0x0a) lines++;
  const builder = new TableBuilder(
    source,
    format,
    options,
    Math.max(16, Math.ceil((lines * buf.length) / Math.min(buf.length, CHUNK))),
  );
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
