// Page decoding and its limits: the decompressors (Node's zlib where it has the codec, guarded by a
// per-file budget), and one column chunk read page by page after checking every number its headers declare.

import * as zlib from 'node:zlib';
import type { Compressors, DecodedArray, FileMetaData, PageHeader } from 'hyparquet';
// hyparquet's page decoders (exported paths of the package; the version is pinned in package.json).
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { compressors as codecs } from 'hyparquet-compressors';
import { SampleFormatError } from '../table.js';
import type { Builder, Dictionary } from './columns.js';

/** One decompressed page; writers use about 1 MB (pyarrow, DuckDB), Spark up to a row group. */
export const MAX_PAGE_BYTES = 256 << 20;
/** All pages of one file together, so a small file cannot make the gate decompress for minutes. */
export const MAX_DECOMPRESSED_BYTES = 4 * 1024 ** 3;

export const plural = (n: number, one: string, many = one + 's') =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

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

/**
 * The page decompressors for one file, each counting what it inflates against MAX_DECOMPRESSED_BYTES
 * (the count is per file: a fresh set per call).
 */
export async function compressorsFor(metadata: FileMetaData, source: string): Promise<Compressors> {
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
  return compressors;
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
export function readChunk(
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
