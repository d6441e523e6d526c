// Parquet samples (written by pandas/pyarrow, Spark, DuckDB, Polars) read into the same typed columns
// as the CSV reader: Float64Array for numeric columns, dictionary codes for categorical ones, missing
// values dropped and counted. hyparquet (pure JavaScript) decodes the pages; this module decides what
// each column means, reads one row group at a time, and refuses hostile or broken files before
// hyparquet allocates anything from a number the file declares.
//
// Column types come from the Parquet schema, not from the values (see docs/evidence-formats.md):
// integers, floats and decimals are numeric; strings, enums, UUIDs and booleans are categorical; dates,
// times and timestamps are left out with a note (Evidently leaves datetime columns out of drift too);
// nested columns (lists, maps, structs, variants) are refused. Missing: null, and in float columns NaN
// and +-Infinity (Evidently turns infinities into NaN and drops them). Text is taken as it is: the
// string "NA" in a Parquet string column is a category, as it is for pandas reading Parquet.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, Compressors, DecodedArray, FileMetaData, PageHeader, SchemaTree } from 'hyparquet';
// hyparquet's page decoders (exported paths of the package; the version is pinned in package.json).
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { compressors as codecs } from 'hyparquet-compressors';
import type { ColumnType } from '../types.js';
import { parseNumberText } from './numbers.js';
import {
  canonicalBooleans,
  SampleFormatError,
  type ReadSamplesOptions,
  type SampleColumn,
  type Table,
} from './table.js';

/** At most this many values (rows x judged columns) from one sample: 800 MB as float64. */
export const MAX_PARQUET_VALUES = 100_000_000;
/** One decompressed page; writers use about 1 MB (pyarrow, DuckDB), Spark up to a row group. */
export const MAX_PAGE_BYTES = 256 << 20;
/** All pages of one file together, so a small file cannot make the gate decompress for minutes. */
export const MAX_DECOMPRESSED_BYTES = 4 * 1024 ** 3;

const MAGIC = 0x31524150; // "PAR1", little-endian

/** integer: the column holds whole numbers (pandas reads it as int64 when none is null). */
type Kind =
  | { judged: true; type: ColumnType; integer?: boolean }
  | { judged: false; why: 'temporal' | 'unsupported'; what: string };

/** What the schema says a top-level column is, and whether the gate judges it. */
function classify(node: SchemaTree): Kind {
  const e = node.element;
  const lt = e.logical_type?.type;
  const ct = e.converted_type;
  if (node.children.length > 0 || e.repetition_type === 'REPEATED' || lt === 'LIST' || lt === 'MAP' || lt === 'VARIANT')
    throw new Error('nested');
  if (lt === 'DATE' || ct === 'DATE') return { judged: false, why: 'temporal', what: 'a date' };
  if (lt === 'TIMESTAMP' || ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || e.type === 'INT96')
    return { judged: false, why: 'temporal', what: 'a timestamp' };
  if (lt === 'TIME' || ct === 'TIME_MILLIS' || ct === 'TIME_MICROS')
    return { judged: false, why: 'temporal', what: 'a time of day' };
  if (lt === 'INTERVAL' || ct === 'INTERVAL') return { judged: false, why: 'temporal', what: 'an interval' };
  if (lt === 'BSON' || ct === 'BSON' || lt === 'GEOMETRY' || lt === 'GEOGRAPHY' || lt === 'FILE')
    return { judged: false, why: 'unsupported', what: `of type ${lt ?? ct}` };
  if (lt === 'NULL') return { judged: true, type: 'numeric' };
  if (lt === 'INTEGER') return { judged: true, type: 'numeric', integer: true };
  if (lt === 'DECIMAL' || ct === 'DECIMAL' || lt === 'FLOAT16') return { judged: true, type: 'numeric' };
  if (
    lt === 'STRING' ||
    lt === 'ENUM' ||
    lt === 'JSON' ||
    lt === 'UUID' ||
    ct === 'UTF8' ||
    ct === 'ENUM' ||
    ct === 'JSON'
  )
    return { judged: true, type: 'categorical' };
  switch (e.type) {
    case 'INT32':
    case 'INT64':
      return { judged: true, type: 'numeric', integer: true };
    case 'FLOAT':
    case 'DOUBLE':
      return { judged: true, type: 'numeric' };
    case 'BOOLEAN':
    case 'BYTE_ARRAY': // unannotated: decoded as UTF-8 text, as pyarrow's readers do for string columns
    case 'FIXED_LEN_BYTE_ARRAY': // unannotated bytes: compared as categories of their hex form
      return { judged: true, type: 'categorical' };
    default:
      return { judged: false, why: 'unsupported', what: `of physical type ${e.type}` };
  }
}

/** One column's values or category codes, in row order, and its count of missing values. */
class Builder {
  length = 0;
  missing = 0;
  /** ±infinity dropped from a float column (counted apart from missing values, as the CSV reader does). */
  infinite = 0;
  readonly categories: string[] = [];
  private readonly index = new Map<string, number>();

  values = new Float64Array(0);
  codes = new Int32Array(0);

  /** expected: the rows the footer declares; space grows towards it as pages come, never past what they hold. */
  constructor(
    readonly name: string,
    readonly type: ColumnType,
    private readonly expected: number,
    initial = 0,
    /** Whole numbers by the schema: with no missing value pandas holds the column as int64. */
    private readonly integer = false,
  ) {
    if (type === 'numeric') this.values = new Float64Array(initial);
    else this.codes = new Int32Array(initial);
  }

  private room(n: number): void {
    const numeric = this.type === 'numeric';
    const capacity = numeric ? this.values.length : this.codes.length;
    if (this.length + n <= capacity) return;
    const size = Math.max(this.length + n, Math.min(this.expected, 2 * capacity));
    if (numeric) {
      const next = new Float64Array(size);
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    } else {
      const next = new Int32Array(size);
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
  }

  /** A page's values (after hyparquet's conversions), in row order. */
  add(data: DecodedArray): void {
    if (this.type === 'numeric') this.addNumbers(data);
    else this.addLabels(data);
  }

  /** A dictionary page, as numbers (NaN: missing) or as this column's category codes (-1: missing). */
  dictionary(values: DecodedArray): Dictionary {
    if (this.type === 'numeric') {
      const numbers = new Float64Array(values.length);
      for (let k = 0; k < values.length; k++) {
        const v: unknown = values[k];
        const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NaN;
        numbers[k] = x - x === 0 ? x : NaN;
      }
      return { numbers };
    }
    const labels = Array.from(values as ArrayLike<unknown>, labelFor);
    // Codes are given on first use, so a dictionary entry no row uses is no category (as in CSV).
    return { labels, codes: new Int32Array(values.length).fill(UNSEEN) };
  }

  /** Dictionary indexes of a page; false when one points outside the dictionary. */
  addIndexes(indexes: ArrayLike<number>, dict: Dictionary): boolean {
    this.room(indexes.length);
    let n = this.length;
    let missing = 0;
    if ('numbers' in dict) {
      const { numbers } = dict;
      for (let i = 0; i < indexes.length; i++) {
        const k = indexes[i];
        if (!(k < numbers.length)) return false;
        const v = numbers[k];
        if (v === v) this.values[n++] = v;
        else missing++;
      }
    } else {
      const { codes, labels } = dict;
      for (let i = 0; i < indexes.length; i++) {
        const k = indexes[i];
        if (!(k < codes.length)) return false;
        let c = codes[k];
        if (c === UNSEEN) {
          const label = labels[k];
          c = codes[k] = label === null ? -1 : this.codeOf(label);
        }
        if (c >= 0) this.codes[n++] = c;
        else missing++;
      }
    }
    this.length = n;
    this.missing += missing;
    return true;
  }

  /** Numbers, bigints or nulls; NaN counts as missing, infinities are dropped and counted apart. */
  addNumbers(data: ArrayLike<unknown>): void {
    this.room(data.length);
    const out = this.values;
    let n = this.length;
    let infinite = 0;
    if (data instanceof Float64Array || data instanceof Float32Array) {
      for (let i = 0; i < data.length; i++) {
        const v = data[i];
        if (v - v === 0)
          out[n++] = v; // false for NaN and +-Infinity
        else if (v === Infinity || v === -Infinity) infinite++;
      }
    } else if (ArrayBuffer.isView(data) && !(data instanceof BigInt64Array || data instanceof BigUint64Array)) {
      const ints = data as unknown as ArrayLike<number>;
      for (let i = 0; i < ints.length; i++) out[n++] = ints[i];
    } else {
      for (let i = 0; i < data.length; i++) {
        const v = data[i];
        const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NaN;
        if (x - x === 0) out[n++] = x;
        else if (x === Infinity || x === -Infinity) infinite++;
      }
    }
    this.infinite += infinite;
    this.missing += data.length - (n - this.length) - infinite;
    this.length = n;
  }

  /** Strings, booleans, bytes, numbers (a column declared categorical) or nulls. */
  addLabels(data: ArrayLike<unknown>): void {
    this.room(data.length);
    let missing = 0;
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (v === null || v === undefined) {
        missing++;
        continue;
      }
      const label = typeof v === 'string' ? v : labelFor(v);
      if (label === null) {
        missing++;
        continue;
      }
      const code = this.codeOf(label);
      this.codes[this.length++] = code;
    }
    this.missing += missing;
  }

  private codeOf(label: string): number {
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.categories.length;
      this.categories.push(label);
      this.index.set(label, code);
    }
    return code;
  }

  finish(): SampleColumn {
    if (this.type === 'numeric')
      return {
        name: this.name,
        type: 'numeric',
        values: this.values.subarray(0, this.length),
        missing: this.missing,
        ...(this.infinite > 0 ? { infinite: this.infinite } : {}),
        ...(this.integer && this.missing === 0 && this.infinite === 0 && this.length > 0 ? { integer: true } : {}),
      };
    return canonicalBooleans({
      name: this.name,
      type: 'categorical',
      codes: this.codes.subarray(0, this.length),
      categories: this.categories,
      missing: this.missing,
    });
  }
}

/**
 * Node's own zlib where it has the codec (gzip and brotli; zstd from Node 22.15, so in the action on
 * node24): several times faster than the JavaScript decoders, which stay for LZ4, and for zstd on older
 * Node. maxOutputLength: a page never inflates past the size its header declared.
 */
type Inflate = (input: Uint8Array, options: { maxOutputLength: number }) => Buffer;
const nativeCodec = (inflate: Inflate | undefined) =>
  inflate && ((input: Uint8Array, length: number) => inflate(input, { maxOutputLength: Math.max(1, length) }));
const zstd = (zlib as unknown as { zstdDecompressSync?: Inflate }).zstdDecompressSync;
const NATIVE: Compressors = Object.fromEntries(
  Object.entries({
    GZIP: nativeCodec(zlib.unzipSync),
    BROTLI: nativeCodec(zlib.brotliDecompressSync),
    ZSTD: nativeCodec(zstd),
  }).filter(([, fn]) => fn),
);

/**
 * The columns pandas' to_parquet() stored for the DataFrame's index (a filtered or sampled frame keeps
 * its row labels as `__index_level_0__`): read_parquet makes them the index again, so Evidently never
 * sees them, and neither does the gate. A range index is stored as metadata only.
 */
function pandasIndex(metadata: FileMetaData): Set<string> {
  const text = metadata.key_value_metadata?.find((kv) => kv.key === 'pandas')?.value;
  if (!text) return new Set();
  try {
    const columns = (JSON.parse(text) as { index_columns?: unknown }).index_columns;
    return new Set(Array.isArray(columns) ? columns.filter((c): c is string => typeof c === 'string') : []);
  } catch {
    return new Set(); // not pandas' metadata after all: every column is read
  }
}

let zstdWasm: Promise<Compressors> | undefined;

/** Where Node has no zstd (before 22.15): zstddec (the reference C decoder in WebAssembly), else fzstd. */
function wasmZstd(): Promise<Compressors> {
  if (zstd) return Promise.resolve({});
  zstdWasm ??= import('zstddec')
    .then(async ({ ZSTDDecoder }): Promise<Compressors> => {
      const decoder = new ZSTDDecoder();
      await decoder.init();
      return { ZSTD: (input: Uint8Array, length: number) => decoder.decode(input, length) };
    })
    .catch(() => ({})); // no WebAssembly: fzstd decodes
  return zstdWasm;
}

type Dictionary = { numbers: Float64Array } | { labels: (string | null)[]; codes: Int32Array };
const UNSEEN = -2;

/**
 * A value as a category label, or null when missing: text as it is, booleans as true/false, bytes in
 * hex, numbers (a numeric column declared categorical) in their shortest decimal form, as the CSV reader.
 */
function labelFor(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return hex(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'bigint') return String(Number(v));
  return String(v);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A column judged numeric by the schema but declared categorical, or the reverse (the CSV reader's rules). */
function retype(col: SampleColumn, to: ColumnType, source: string): SampleColumn {
  // Only the two types a sample column has; any other declared type is the drift computation's business.
  if (col.type === to || (to !== 'numeric' && to !== 'categorical')) return col;
  if (col.type === 'numeric') {
    const b = new Builder(col.name, 'categorical', col.values.length);
    b.addLabels(col.values);
    return { ...b.finish(), missing: col.missing };
  }
  const values = new Float64Array(col.codes.length);
  const parsed = col.categories.map((label) => parseNumberText(label));
  for (let i = 0; i < col.codes.length; i++) {
    const v = parsed[col.codes[i]];
    if (Number.isNaN(v))
      throw new SampleFormatError(
        `column "${col.name}" is declared numeric but holds "${col.categories[col.codes[i]].slice(0, 40)}"; fix the value or declare the column categorical`,
        source,
      );
    values[i] = v;
  }
  return { name: col.name, type: 'numeric', values, missing: col.missing };
}

/** The bytes as hyparquet's AsyncBuffer: ranges of a Buffer, or synchronous reads of an open file. */
function bufferSource(buf: Buffer): AsyncBuffer {
  return {
    byteLength: buf.length,
    slice: (start, end = buf.length) => {
      const out = new Uint8Array(end - start);
      out.set(buf.subarray(start, end));
      return out.buffer;
    },
  };
}

function fileSource(fd: number, size: number): AsyncBuffer {
  return {
    byteLength: size,
    slice: (start, end = size) => {
      const out = new Uint8Array(Math.max(0, end - start));
      let got = 0;
      while (got < out.length) {
        const n = readSync(fd, out, got, out.length - got, start + got);
        if (n === 0) break;
        got += n;
      }
      if (got < out.length) throw new Error(`the file ended at byte ${start + got}, before byte ${end}`);
      return out.buffer;
    },
  };
}

const plural = (n: number, one: string, many = one + 's') => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Reads a Parquet sample from bytes, or from a file path (one row group in memory at a time).
 * Throws SampleFormatError naming the file for anything it cannot read.
 */
export async function readParquet(input: Buffer | string, options: ReadSamplesOptions = {}): Promise<Table> {
  const source = options.source ?? (typeof input === 'string' ? input : 'samples');
  let fd: number | undefined;
  let file: AsyncBuffer;
  if (typeof input === 'string') {
    try {
      fd = openSync(input, 'r');
      file = fileSource(fd, fstatSync(fd).size);
    } catch (e) {
      if (fd !== undefined) closeSync(fd);
      throw new SampleFormatError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, source);
    }
  } else file = bufferSource(input);
  try {
    return await readFrom(file, source, options);
  } catch (e) {
    if (e instanceof SampleFormatError) throw e;
    throw new SampleFormatError(
      `not a readable Parquet file (${(e as Error).message}); it may be truncated or corrupt: write it again`,
      source,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readFrom(file: AsyncBuffer, source: string, options: ReadSamplesOptions): Promise<Table> {
  const fail = (message: string): never => {
    throw new SampleFormatError(message, source);
  };
  const size = file.byteLength;
  if (size < 12) fail(`is ${plural(size, 'byte')}: too short to be a Parquet file (it needs "PAR1", a footer, "PAR1")`);
  const head = new Uint8Array(await file.slice(0, 4));
  const tail = new Uint8Array(await file.slice(size - 8, size));
  if (new DataView(head.buffer).getUint32(0, true) !== MAGIC)
    fail(
      'is not a Parquet file: it does not start with "PAR1"; write it with a Parquet writer, or name it .csv/.jsonl',
    );
  if (new DataView(tail.buffer).getUint32(4, true) !== MAGIC)
    fail('has no Parquet footer (it does not end with "PAR1"): the file is truncated; copy or write it again');
  const metadataLength = new DataView(tail.buffer).getUint32(0, true);
  if (metadataLength > size - 12)
    fail(
      `declares ${plural(metadataLength, 'byte')} of metadata in a file of ${plural(size, 'byte')}: the file is truncated or corrupt`,
    );
  let metadata: FileMetaData;
  try {
    metadata = parquetMetadata(await file.slice(size - 8 - metadataLength, size), { geoparquet: false });
  } catch (e) {
    return fail(`has a Parquet footer that cannot be parsed (${(e as Error).message}): the file is corrupt`);
  }

  const schema = parquetSchema(metadata);
  if (schema.children.length === 0) fail('has no columns');
  const judged: { node: SchemaTree; kind: Extract<Kind, { judged: true }> }[] = [];
  const left: string[] = [];
  const seen = new Set<string>();
  const index = pandasIndex(metadata);
  for (const node of schema.children) {
    const name = node.element.name;
    if (seen.has(name)) fail(`column "${name}" appears twice in the schema`);
    seen.add(name);
    if (index.has(name)) continue; // noted below
    let kind: Kind;
    try {
      kind = classify(node);
    } catch {
      return fail(
        `column "${name}" is nested (a list, map or struct); nested columns are not supported: write the sample with flat columns only (one scalar per row and column)`,
      );
    }
    if (kind.judged) judged.push({ node, kind });
    else left.push(`column "${name}" is ${kind.what}`);
  }

  // hyparquet 1.33 drops bit 32 of the first value of a DELTA_BINARY_PACKED INT32 page, so unsigned 32-bit
  // values from 2^31 up (DuckDB writes such pages for UINTEGER with data pages v2) would come out wrong.
  for (const { node } of judged) {
    const e = node.element;
    const unsigned32 =
      e.converted_type === 'UINT_32' ||
      (e.logical_type?.type === 'INTEGER' && e.logical_type.bitWidth === 32 && !e.logical_type.isSigned);
    const delta = metadata.row_groups.some((g) =>
      g.columns.some(
        (c) => c.meta_data?.path_in_schema[0] === e.name && c.meta_data.encodings.includes('DELTA_BINARY_PACKED'),
      ),
    );
    if (unsigned32 && delta)
      fail(
        `column "${e.name}" is an unsigned 32-bit integer stored with DELTA_BINARY_PACKED encoding, which the gate's Parquet reader cannot decode exactly; cast it to a 64-bit integer, or write the file with version 1 data pages`,
      );
  }

  // The footer's row counts bound every allocation below; check them before trusting them.
  const groups = metadata.row_groups.map((g, i) => {
    const rows = Number(g.num_rows);
    if (!Number.isSafeInteger(rows) || rows < 0) fail(`row group ${i} declares ${g.num_rows} rows`);
    return rows;
  });
  const rows = groups.reduce((a, b) => a + b, 0);
  if (Number(metadata.num_rows) !== rows)
    fail(`declares ${metadata.num_rows} rows but its row groups hold ${rows}: the footer is corrupt`);
  if (rows * judged.length > MAX_PARQUET_VALUES)
    fail(
      `declares ${plural(rows, 'row')} x ${plural(judged.length, 'column')}; the gate reads at most ${MAX_PARQUET_VALUES.toLocaleString('en-US')} values from one sample: compare a random sample of the rows (drift needs thousands, not billions), or compute drift where the data lives and hand the gate its report (drift.report)`,
    );

  // Space for the declared rows up front, as far as the file's size makes them plausible (a value takes at
  // least a bit unless run-length encoded); beyond that, columns grow as pages come.
  const plausible = Math.max(1024, Math.ceil((8 * file.byteLength) / Math.max(1, judged.length)));
  const builders = judged.map(
    ({ node, kind }) => new Builder(node.element.name, kind.type, rows, Math.min(rows, plausible), kind.integer),
  );
  let decompressed = 0;
  const guard = (codec: string, fn: ((input: Uint8Array, length: number) => Uint8Array) | undefined) =>
    fn &&
    ((input: Uint8Array, length: number) => {
      decompressed += length;
      if (decompressed > MAX_DECOMPRESSED_BYTES)
        throw new SampleFormatError(
          `decompresses to more than ${MAX_DECOMPRESSED_BYTES / 1024 ** 3} GB: compare a smaller sample`,
          source,
        );
      return fn(input, length);
    });
  const usesZstd = metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD'));
  const compressors: Compressors = {};
  for (const [codec, fn] of Object.entries({ ...codecs, ...NATIVE, ...(usesZstd ? await wasmZstd() : {}) }))
    compressors[codec as keyof Compressors] = guard(codec, fn);
  // JSON columns stay text (categories), as pandas reads them.
  const parsers = { ...DEFAULT_PARSERS, jsonFromBytes: (b: Uint8Array) => b && Buffer.from(b).toString('utf8') };

  const footerStart = file.byteLength - 8 - metadata.metadata_length;
  for (let g = 0; g < groups.length; g++) {
    if (groups[g] === 0) continue;
    for (let j = 0; j < judged.length; j++) {
      const node = judged[j].node;
      const name = node.element.name;
      const where = `column "${name}" in row group ${g}`;
      const meta = metadata.row_groups[g].columns.find((c) => c.meta_data?.path_in_schema[0] === name)?.meta_data;
      if (!meta) return fail(`${where} has no column chunk: the footer is corrupt`);
      const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
      const length = Number(meta.total_compressed_size);
      if (!(start >= 4 && length >= 0 && start + length <= footerStart))
        fail(
          `${where} lies outside the file (bytes ${start}-${start + length} of ${file.byteLength}): the file is truncated or corrupt`,
        );
      const decoder: ColumnDecoder = {
        pathInSchema: meta.path_in_schema,
        type: meta.type,
        element: node.element,
        schemaPath: [schema, node],
        codec: meta.codec,
        parsers,
        compressors,
        utf8: true,
      };
      readChunk(new DataView(await file.slice(start, start + length)), decoder, groups[g], builders[j], (m) =>
        fail(`${where}: ${m}`),
      );
    }
  }

  const forced = options.columns ?? {};
  const columns = builders.map((b) => {
    const col = b.finish();
    return forced[b.name] ? retype(col, forced[b.name], source) : col;
  });
  const notes: string[] = [];
  if (index.size > 0)
    notes.push(
      `${source}: ${[...index].map((n) => `"${n}"`).join(', ')} ${index.size === 1 ? 'is' : 'are'} the pandas index that to_parquet() stored (the DataFrame was filtered or sampled), not a feature; not judged`,
    );
  if (left.length > 0)
    notes.push(
      `${source}: ${left.join(', ')}; dates, times and timestamps are not judged for drift (as in Evidently); write such a column as a number or a string to compare it`,
    );
  for (const name of Object.keys(forced))
    if (!seen.has(name)) notes.push(`column "${name}" is typed in the configuration but absent from ${source}`);
  if (columns.length === 0)
    fail(
      'has no column the gate can judge (only dates, times, timestamps or the pandas index); add the features to compare',
    );
  return { source, format: 'parquet', rows, columns, notes };
}

const MIN_WIDTH: Record<string, number> = {
  BOOLEAN: 1 / 8,
  INT32: 4,
  FLOAT: 4,
  INT64: 8,
  DOUBLE: 8,
  INT96: 12,
  BYTE_ARRAY: 4,
  FIXED_LEN_BYTE_ARRAY: 1,
};

/**
 * A v1 data page of a flat column. Nullable columns (most writers mark every column OPTIONAL) start with
 * definition levels, one per row; hyparquet turns them into an array per page, the largest cost of reading
 * a column without nulls. Counting the defined values straight from the run-length encoding is enough here:
 * the page's values are then decoded as those of a required column.
 */
function readPageV1(
  page: Uint8Array,
  v1: NonNullable<PageHeader['data_page_header']>,
  decoder: ColumnDecoder,
  fail: (message: string) => never,
): { dataPage: DecodedArray } {
  const [, node] = decoder.schemaPath;
  if (node.element.repetition_type === 'REQUIRED' || v1.definition_level_encoding !== 'RLE')
    return readDataPage(page, v1, decoder);
  const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
  if (page.length < 4) fail('a data page is too short for its definition levels; the file is corrupt');
  const end = 4 + view.getUint32(0, true);
  if (end > page.length) fail('a data page declares more definition levels than it holds; the file is corrupt');
  const rows = v1.num_values;
  let pos = 4;
  let seen = 0;
  let defined = 0;
  // The RLE / bit-packed hybrid with bit width 1: a run of one value, or groups of 8 bits, one per row.
  while (seen < rows && pos < end) {
    let header = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = page[pos++];
      header += (byte & 0x7f) * shift;
      if (byte < 0x80 || pos >= end) break;
    }
    if (header % 2 === 0) {
      const take = Math.min(header / 2, rows - seen);
      if (page[pos++] === 1) defined += take;
      seen += take;
    } else {
      const bytes = (header - 1) / 2; // groups of 8 values, one byte each at bit width 1
      for (let i = 0; i < bytes && seen < rows; i++) {
        const take = Math.min(8, rows - seen);
        let bits = page[pos + i] & ((1 << take) - 1);
        while (bits) {
          defined += bits & 1;
          bits >>>= 1;
        }
        seen += take;
      }
      pos += bytes;
    }
  }
  if (seen < rows) fail('a data page holds fewer definition levels than rows; the file is corrupt');
  const required = { ...node, element: { ...node.element, repetition_type: 'REQUIRED' as const } };
  return readDataPage(
    page.subarray(end),
    { ...v1, num_values: defined },
    { ...decoder, schemaPath: [decoder.schemaPath[0], required] },
  );
}

/**
 * Decodes one column chunk page by page with hyparquet's page decoders, checking first every number a
 * page header declares (hyparquet sizes its arrays from them): each page inside its chunk, no page
 * holding more values than the row group has rows, no dictionary larger than its page can hold. Values
 * go straight into the builder: a flat column's non-null values are the page's values in row order, so
 * nulls need counting only (no per-row array), and dictionary pages map to category codes once.
 */
function readChunk(
  view: DataView,
  decoder: ColumnDecoder,
  groupRows: number,
  builder: Builder,
  fail: (message: string) => never,
): void {
  const reader = { view, offset: 0 };
  let dictionary: Dictionary | null = null;
  let rows = 0;
  while (reader.offset < view.byteLength) {
    const at = reader.offset;
    let header: PageHeader;
    try {
      header = parquetHeader(reader);
    } catch {
      return fail(`a page header cannot be read at byte ${at} of the column chunk; the file is corrupt`);
    }
    const size = header.compressed_page_size;
    if (!(size >= 0) || reader.offset + size > view.byteLength)
      fail('a page runs past the end of its column chunk; the file is truncated or corrupt');
    const uncompressed = header.uncompressed_page_size;
    if (!(uncompressed >= 0) || uncompressed > MAX_PAGE_BYTES)
      fail(
        `a page declares ${plural(Number(uncompressed), 'byte')} once decompressed, over the ${MAX_PAGE_BYTES >> 20} MB the gate accepts for one page: write the file with smaller pages`,
      );
    const body = new Uint8Array(view.buffer, view.byteOffset + reader.offset, size);
    reader.offset += size;
    const { codec, compressors, type, element } = decoder;
    if (header.type === 'DICTIONARY_PAGE') {
      const count = header.dictionary_page_header?.num_values ?? -1;
      if (!(count >= 0 && count * (MIN_WIDTH[type] ?? 1) <= uncompressed))
        fail(
          `a dictionary page declares ${plural(count, 'value')}, more than its ${plural(uncompressed, 'byte')} can hold; the file is corrupt`,
        );
      const page = decompressPage(body, uncompressed, codec, compressors);
      const raw = readPlain(
        { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 },
        type,
        count,
        element.type_length,
      );
      dictionary = builder.dictionary(convert(raw, decoder));
    } else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
      const v1 = header.data_page_header;
      const v2 = header.data_page_header_v2;
      const n = v1 ? v1.num_values : (v2?.num_rows ?? -1);
      if (!(n >= 0 && n <= groupRows - rows) || (v2 && v2.num_values !== n))
        fail(`its pages declare more values than the row group's ${plural(groupRows, 'row')}; the file is corrupt`);
      const encoding = (v1 ?? v2)!.encoding;
      const indexed = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
      if (indexed && !dictionary) fail('a dictionary-encoded page comes without its dictionary; the file is corrupt');
      const { dataPage } = v1
        ? readPageV1(decompressPage(body, uncompressed, codec, compressors), v1, decoder, fail)
        : readDataPageV2(body, header, decoder);
      if (dataPage.length > n) fail('a page holds more values than it declares; the file is corrupt');
      if (indexed) {
        if (!builder.addIndexes(dataPage as ArrayLike<number>, dictionary!))
          fail('a page refers to a value its dictionary does not hold; the file is corrupt');
      } else builder.add(convert(dataPage, decoder));
      builder.missing += n - dataPage.length;
      rows += n;
    } else if (header.type !== 'INDEX_PAGE') fail(`a page of unknown type ${String(header.type)}; the file is corrupt`);
  }
  if (rows !== groupRows)
    fail(
      `holds ${plural(rows, 'value')} but the row group declares ${plural(groupRows, 'row')}: the file is truncated or corrupt`,
    );
}
