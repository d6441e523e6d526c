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

//
// The reader is split by job under src/evidence/parquet/: schema.ts (what each column is), pages.ts
// (decompression, page decoding and its limits), columns.ts (column building); this file reads the file.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import type { AsyncBuffer, FileMetaData, SchemaTree } from 'hyparquet';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { SampleFormatError, type ReadSamplesOptions, type Table } from './table.js';
import { Builder, retype } from './parquet/columns.js';
import { compressorsFor, MAX_DECOMPRESSED_BYTES, MAX_PAGE_BYTES, plural, readChunk } from './parquet/pages.js';
import { classify, pandasIndex, type Kind } from './parquet/schema.js';

export { MAX_DECOMPRESSED_BYTES, MAX_PAGE_BYTES };

/** At most this many values (rows x judged columns) from one sample: 800 MB as float64. */
export const MAX_PARQUET_VALUES = 100_000_000;

const MAGIC = 0x31524150; // "PAR1", little-endian

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
  const compressors = await compressorsFor(metadata, source);
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
