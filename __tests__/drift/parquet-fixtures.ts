// Test-only: Parquet files written by another engine, DuckDB (@duckdb/node-api, a devDependency whose
// native engine ships inside the npm package), generated into a temporary folder by the tests that use
// them, so no binary fixture is committed and the files always come from the engine's current writer.
//
// One file per codec DuckDB writes (its lz4 is LZ4_RAW, so one file covers both), plus data pages v2:
// ROWS rows in three row groups (2,048 + 2,048 + 404), dictionary-encoded and plain columns, nulls,
// and every logical type the gate reads or leaves out. expectedColumn() restates TYPES_SQL in JavaScript.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';

export const ROWS = 4500;

export const TYPES_SQL = `
SELECT
  ((i % 200) - 100)::TINYINT AS int8,
  ((i * 37) % 500 - 250)::SMALLINT AS int16,
  CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 7919) % 1000 END::INTEGER AS int32,
  ((i % 300)::BIGINT * 1000000007)::BIGINT AS int64,
  (3000000000 + (i % 400) * 1000)::UINTEGER AS uint32,
  (9223372036854775808::UBIGINT + ((i % 250)::UBIGINT * 4096))::UBIGINT AS uint64,
  CASE WHEN i % 97 = 0 THEN 'nan'::FLOAT ELSE (i % 1000) / 8.0 END::FLOAT AS float32,
  CASE WHEN i % 13 = 0 THEN NULL WHEN i % 101 = 0 THEN 'nan'::DOUBLE WHEN i % 211 = 0 THEN 'inf'::DOUBLE
       ELSE (i % 613) * 0.25 - 50 END::DOUBLE AS float64,
  ((i % 500) / 100.0 - 2)::DECIMAL(9, 2) AS dec_int32,
  ((i * 12345) % 400000 / 1000.0 + 1e9)::DECIMAL(18, 3) AS dec_int64,
  (CASE WHEN i % 17 = 0 THEN NULL ELSE (i % 3000) / 10000.0 - 0.1 END)::DECIMAL(38, 4) AS dec_fixed,
  CASE WHEN i % 17 = 0 THEN NULL ELSE 'tier_' || (i % 6) END AS str_dict,
  'id_' || i AS str_plain,
  CASE WHEN i % 19 = 0 THEN NULL ELSE i % 3 = 0 END AS bool,
  (['low', 'mid', 'high'])[1 + i % 3]::ENUM('low', 'mid', 'high') AS enum,
  CASE WHEN i % 23 = 0 THEN NULL ELSE (printf('00000000-0000-4000-8000-%012d', i % 50))::UUID END AS uuid,
  NULL::INTEGER AS all_null,
  DATE '2024-01-01' + (i % 365)::INTEGER AS day,
  TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (i % 200) MINUTE AS ts,
  (TIMESTAMPTZ '2024-01-01 00:00:00+00' + INTERVAL (i % 100) SECOND) AS ts_tz,
  (TIMESTAMP_NS '2024-01-01 00:00:00' + INTERVAL (i % 100) SECOND) AS ts_ns,
  TIME '00:00:00' + INTERVAL (i % 300) SECOND AS tod
FROM range(${ROWS}) r(i)`;

/** The file name of each variant and the codec its footer must name. */
export const CODEC_FILES: [file: string, codec: string, copyOptions: string][] = [
  ['types-uncompressed.parquet', 'UNCOMPRESSED', 'COMPRESSION uncompressed'],
  ['types-snappy.parquet', 'SNAPPY', 'COMPRESSION snappy'],
  ['types-gzip.parquet', 'GZIP', 'COMPRESSION gzip'],
  ['types-zstd.parquet', 'ZSTD', 'COMPRESSION zstd'],
  ['types-brotli.parquet', 'BROTLI', 'COMPRESSION brotli'],
  ['types-lz4.parquet', 'LZ4_RAW', 'COMPRESSION lz4'],
  ['types-lz4_raw.parquet', 'LZ4_RAW', 'COMPRESSION lz4_raw'],
  // Data pages v2 with delta and byte-stream-split encodings (what PARQUET_VERSION V2 writers use). Without
  // uint32: hyparquet misreads its delta-encoded pages, and the gate refuses them (types-uint32-v2.parquet).
  ['types-zstd-v2.parquet', 'ZSTD', 'COMPRESSION zstd, PARQUET_VERSION V2'],
];
export const V2_EXCLUDES = ['uint32'];

export const JUDGED = [
  'int8',
  'int16',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'float32',
  'float64',
  'dec_int32',
  'dec_int64',
  'dec_fixed',
  'str_dict',
  'str_plain',
  'bool',
  'enum',
  'uuid',
  'all_null',
];
export const TEMPORAL = ['day', 'ts', 'ts_tz', 'ts_ns', 'tod'];

type Value = number | string | null;

/** What DuckDB wrote at row i, as the gate should read it (null: missing, including NaN and infinities). */
export function expectedValue(column: string, i: number): Value {
  switch (column) {
    case 'int8':
      return (i % 200) - 100;
    case 'int16':
      return ((i * 37) % 500) - 250;
    case 'int32':
      return i % 11 === 0 ? null : (i * 7919) % 1000;
    case 'int64':
      return (i % 300) * 1000000007;
    case 'uint32':
      return 3000000000 + (i % 400) * 1000;
    case 'uint64':
      return Number(9223372036854775808n + BigInt(i % 250) * 4096n);
    case 'float32':
      return i % 97 === 0 ? null : (i % 1000) / 8;
    case 'float64':
      return i % 13 === 0 || i % 101 === 0 || i % 211 === 0 ? null : (i % 613) * 0.25 - 50;
    case 'dec_int32':
      return ((i % 500) - 200) / 100;
    case 'dec_int64':
      return (((i * 12345) % 400000) + 1e12) / 1000;
    case 'dec_fixed':
      return i % 17 === 0 ? null : ((i % 3000) - 1000) / 10000;
    case 'str_dict':
      return i % 17 === 0 ? null : `tier_${i % 6}`;
    case 'str_plain':
      return `id_${i}`;
    case 'bool':
      // pandas' bool dtype: True and False, as a CSV's true/True/TRUE read too.
      return i % 19 === 0 ? null : i % 3 === 0 ? 'True' : 'False';
    case 'enum':
      return ['low', 'mid', 'high'][i % 3];
    case 'uuid':
      return i % 23 === 0 ? null : `00000000-0000-4000-8000-${String(i % 50).padStart(12, '0')}`;
    case 'all_null':
      return null;
    default:
      throw new Error(`no expectation for ${column}`);
  }
}

export async function duckdb(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  // One thread: row groups of exactly ROW_GROUP_SIZE rows, in row order.
  await c.run('SET threads = 1');
  return c;
}

/** Writes every CODEC_FILES variant and nested.parquet into dir. */
export async function writeParquetFixtures(dir: string): Promise<void> {
  const c = await duckdb();
  await c.run(`CREATE TABLE t AS ${TYPES_SQL}`);
  for (const [file, , options] of CODEC_FILES) {
    const from = file.endsWith('-v2.parquet') ? `(SELECT * EXCLUDE (${V2_EXCLUDES.join(', ')}) FROM t)` : 't';
    await c.run(`COPY ${from} TO '${join(dir, file)}' (FORMAT parquet, ${options}, ROW_GROUP_SIZE 2048)`);
  }
  await c.run(
    `COPY (SELECT uint32 FROM t) TO '${join(dir, 'types-uint32-v2.parquet')}' (FORMAT parquet, PARQUET_VERSION V2, ROW_GROUP_SIZE 2048)`,
  );
  await c.run(
    `COPY (SELECT i AS id, [i, i + 1] AS scores, {'a': i, 'b': 'x'} AS point FROM range(10) r(i)) TO '${join(dir, 'nested.parquet')}' (FORMAT parquet)`,
  );
  c.closeSync();
}
