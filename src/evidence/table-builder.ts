// Builds the column table (table.ts) from values as a reader meets them, row by row: numbers typed as
// pandas reads them, labels dictionary-coded, missing values counted. The one-thread reader (samples.ts)
// and the threaded CSV reader (samples-threads.ts) both fill it, so their tables are the same.

import type { CsvSink } from './csv.js';
import { PLAIN_EMPTY, PLAIN_INTEGER, scanPlainRecord } from './csv-plain.js';
import { INT64_LIMIT, isMissingToken, lastNumberWasInteger, parseNumberBytes, parseNumberText } from './numbers.js';
import {
  canonicalBooleans,
  SampleFormatError,
  type NumericColumn,
  type ReadSamplesOptions,
  type SampleColumn,
  type SampleFormat,
  type Table,
} from './table.js';
import type { ColumnType } from '../types.js';

/** Bytes read from a sample file at a time. */
export const CHUNK = 4 << 20;

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
    return canonicalBooleans({
      name: this.name,
      type: 'categorical',
      codes: this.codes!.subarray(0, this.length),
      categories: this.categories,
      missing: this.missing,
    });
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
      plainRecords: (buf, pos, end) => this.csvPlainRecords(buf, pos, end),
    };
  }

  /** Times the fast path stopped before the end, and records it took: it stops trying once misses are common. */
  private plainMisses = 0;
  private plainTaken = 0;
  private plainValues = new Float64Array(0);
  /** Per column of the record being read: its kind (csv-plain.ts). */
  private plainKinds = new Uint8Array(0);

  /**
   * The fast path for the common file (csv-plain.ts): while every column is numeric, takes whole records
   * of plain numeric fields from `pos`, with exactly the effect field() and endRecord() would have, and
   * stops before the first record that is not plain (a label, a quote, `NA`, a blank line, a wrong field
   * count: the field-by-field path reads it and says what is wrong). Returns where it stopped and how many
   * records (lines) it took.
   */
  private csvPlainRecords(buf: Buffer, pos: number, end: number): { pos: number; records: number } {
    const columns = this.columns;
    const n = columns.length;
    if (!this.header || this.plainMisses > 16 + (this.plainTaken >> 3)) return { pos, records: 0 };
    for (const c of columns) if (c.type !== 'numeric') return { pos, records: 0 };
    if (this.plainValues.length !== n) {
      this.plainValues = new Float64Array(n);
      this.plainKinds = new Uint8Array(n);
    }
    const values = this.plainValues;
    const kinds = this.plainKinds;
    let records = 0;
    while (pos < end) {
      const next = scanPlainRecord(buf, pos, n, values, kinds);
      if (next < 0 || next > end) break;
      for (let c = 0; c < n; c++) {
        if (kinds[c] === PLAIN_EMPTY) columns[c].missing++;
        else columns[c].addNumber(values[c], kinds[c] === PLAIN_INTEGER);
      }
      this.rows++;
      records++;
      pos = next;
    }
    this.plainTaken += records;
    if (pos < end) this.plainMisses++;
    return { pos, records };
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
      if (!Number.isNaN(v)) return col.addNumber(v, lastNumberWasInteger());
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
      if (!Number.isNaN(v)) return col.addNumber(v, lastNumberWasInteger());
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
