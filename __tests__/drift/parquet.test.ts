// Parquet samples: files written by DuckDB with every codec it writes, read into the same typed columns
// as CSV; the same rows give the same drift as CSV; broken and hostile files fail with the file's name.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { computeDrift } from '../../src/drift/compute.js';
import { MAX_PAGE_BYTES, MAX_PARQUET_VALUES } from '../../src/evidence/parquet.js';
import { readSamples, SampleFormatError, type SampleColumn, type Table } from '../../src/evidence/samples.js';
import {
  CODEC_FILES,
  duckdb,
  expectedValue,
  JUDGED,
  ROWS,
  TEMPORAL,
  V2_EXCLUDES,
  writeParquetFixtures,
} from './parquet-fixtures.js';
import { tinyParquet } from './tiny-parquet.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mrg-parquet-'));
  await writeParquetFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A column's non-missing values in row order, as numbers or labels. */
function valuesOf(col: SampleColumn): (number | string)[] {
  return col.type === 'numeric' ? Array.from(col.values) : Array.from(col.codes, (k) => col.categories[k]);
}

const strip = (t: Table) => ({ rows: t.rows, columns: t.columns });

describe('Parquet written by DuckDB', () => {
  it.each(CODEC_FILES)(
    '%s (%s): every value, type and null as written, across three row groups',
    async (file, codec) => {
      const path = join(dir, file);
      // The file really exercises what the test claims: its codec, three row groups, dictionary pages.
      const meta = parquetMetadata(readFileSync(path).buffer as ArrayBuffer);
      expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([2048, 2048, 404]);
      const chunks = meta.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data!));
      expect(new Set(chunks.map((c) => c.codec))).toEqual(new Set([codec]));
      const dictionary = chunks.filter((c) => c.encodings.some((e) => e.endsWith('_DICTIONARY')));
      expect(dictionary.map((c) => c.path_in_schema[0])).toEqual(expect.arrayContaining(['str_dict', 'enum']));

      const t = await readSamples(path);
      expect(t.format).toBe('parquet');
      expect(t.rows).toBe(ROWS);
      expect(t.columns.map((c) => c.name)).toEqual(
        file.endsWith('-v2.parquet') ? JUDGED.filter((n) => !V2_EXCLUDES.includes(n)) : JUDGED,
      );
      for (const col of t.columns) {
        const expected = Array.from({ length: ROWS }, (_, i) => expectedValue(col.name, i));
        const present = expected.filter((v) => v !== null);
        // Infinities are dropped and counted apart from missing values, as the CSV reader does.
        const infinite = col.type === 'numeric' ? (col.infinite ?? 0) : 0;
        expect({ name: col.name, missing: col.missing + infinite }).toEqual({
          name: col.name,
          missing: ROWS - present.length,
        });
        if (col.name === 'float64') expect(infinite).toBeGreaterThan(0);
        expect(valuesOf(col)).toEqual(present);
        const numeric = typeof present[0] === 'number' || col.name === 'all_null';
        expect({ name: col.name, type: col.type }).toEqual({
          name: col.name,
          type: numeric ? 'numeric' : 'categorical',
        });
      }
      // Dates, times and timestamps are left out, and the note says so and why.
      expect(t.notes).toHaveLength(1);
      for (const name of TEMPORAL) expect(t.notes[0]).toContain(`"${name}"`);
      expect(t.notes[0]).toMatch(/not judged for drift/);
    },
  );

  it('reads the same table from a path (row group by row group) and from bytes (a manifest)', async () => {
    const path = join(dir, 'types-zstd.parquet');
    const fromPath = await readSamples(path);
    const fromBytes = await readSamples(readFileSync(path), { source: 'models/x/ref.parquet' });
    expect(strip(fromBytes)).toEqual(strip(fromPath));
    expect(fromBytes.notes[0]).toMatch(/^models\/x\/ref\.parquet: /);
  });

  it('knows Parquet by its magic bytes whatever the file is called', async () => {
    const t = await readSamples(readFileSync(join(dir, 'types-snappy.parquet')), { source: 'export.csv' });
    expect(t.format).toBe('parquet');
    expect(t.rows).toBe(ROWS);
  });

  it("leaves out the index pandas' to_parquet() stores for a filtered or sampled DataFrame", async () => {
    const c = await duckdb();
    const path = join(dir, 'pandas-index.parquet');
    // What pyarrow writes for df.sample(...).to_parquet(): the row labels as a column, named in the metadata.
    const pandas = JSON.stringify({ index_columns: ['__index_level_0__'], columns: [] });
    await c.run(
      `COPY (SELECT i * 7 AS __index_level_0__, i % 5 AS score FROM range(50) r(i)) TO '${path}' (FORMAT parquet, KV_METADATA {pandas: '${pandas}'})`,
    );
    const t = await readSamples(path);
    expect(t.columns.map((col) => col.name)).toEqual(['score']);
    expect(t.notes[0]).toMatch(/"__index_level_0__" is the pandas index that to_parquet\(\) stored/);
    const only = join(dir, 'pandas-index-only.parquet');
    await c.run(
      `COPY (SELECT i AS idx FROM range(5) r(i)) TO '${only}' (FORMAT parquet, KV_METADATA {pandas: '{"index_columns": ["idx"]}'})`,
    );
    c.closeSync();
    await expect(readSamples(only)).rejects.toThrow(/pandas-index-only\.parquet: has no column the gate can judge/);
  });

  it('applies column types from the configuration as the CSV reader does', async () => {
    const t = await readSamples(join(dir, 'types-gzip.parquet'), {
      columns: { int8: 'categorical', str_dict: 'numeric', nowhere: 'numeric' },
    }).catch((e: Error) => e);
    expect(t).toBeInstanceOf(SampleFormatError);
    expect((t as Error).message).toMatch(
      /types-gzip\.parquet: column "str_dict" is declared numeric but holds "tier_\d"/,
    );
    const ok = await readSamples(join(dir, 'types-gzip.parquet'), {
      columns: { int8: 'categorical', nowhere: 'numeric' },
    });
    const int8 = ok.columns.find((c) => c.name === 'int8')!;
    expect(int8.type).toBe('categorical');
    expect(valuesOf(int8).slice(0, 3)).toEqual(['-100', '-99', '-98']);
    expect(ok.notes).toContain(
      `column "nowhere" is typed in the configuration but absent from ${join(dir, 'types-gzip.parquet')}`,
    );
  });
});

describe('the same rows as CSV and as Parquet', () => {
  // Columns of every kind the two formats share, with nulls; reference and current differ so that
  // some columns drift. Large samples take Evidently's Wasserstein / Jensen-Shannon path, small ones
  // KS / chi-square / z-test.
  const SQL = (rows: number, shift: number) => `
    SELECT
      CASE WHEN i % 29 = 0 THEN NULL ELSE (i * 7919) % 1000 + ${shift} * 40 END::INTEGER AS visits,
      CASE WHEN i % 31 = 0 THEN NULL ELSE sin(i * 0.37 + ${shift}) * 100 + ${shift} * 3 END::DOUBLE AS score,
      round(cos(i) * 1e6) / 7 AS ratio,
      ((i * 13) % 9000 / 100.0 + ${shift})::DECIMAL(10, 2) AS amount,
      CASE WHEN i % 37 = 0 THEN NULL ELSE 'plan_' || ((i + ${shift} * (i % 3)) % 5) END AS plan,
      CASE WHEN i % 41 = 0 THEN NULL ELSE (i + ${shift}) % 4 = 0 END AS active,
      (i % 3)::BIGINT AS segment
    FROM range(${rows}) r(i)`;

  it.each([
    ['large (Wasserstein, Jensen-Shannon)', 5000, 4000],
    ['small (KS, chi-square, z-test)', 600, 500],
  ])('%s: identical drift, feature by feature', async (_label, refRows, curRows) => {
    const c = await duckdb();
    const out: Record<string, string> = {};
    for (const [name, rows, shift] of [
      ['ref', refRows, 0],
      ['cur', curRows, 1],
    ] as const) {
      await c.run(`CREATE OR REPLACE TABLE ${name} AS ${SQL(rows, shift)}`);
      out[`${name}.csv`] = join(dir, `${name}-${rows}.csv`);
      out[`${name}.parquet`] = join(dir, `${name}-${rows}.parquet`);
      await c.run(`COPY ${name} TO '${out[`${name}.csv`]}' (FORMAT csv, HEADER)`);
      await c.run(`COPY ${name} TO '${out[`${name}.parquet`]}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`);
    }
    c.closeSync();
    const drift = async (ext: string) =>
      computeDrift(await readSamples(out[`ref.${ext}`]), await readSamples(out[`cur.${ext}`]), { source: 'x' });
    const csv = await drift('csv');
    const parquet = await drift('parquet');
    expect(csv.features.length).toBe(7);
    expect(parquet.features).toEqual(csv.features);
    expect(parquet.dataset).toEqual(csv.dataset);
    // The test must compare something: some columns drift, some do not, nulls were counted.
    expect(csv.features.some((f) => f.drifted)).toBe(true);
    expect(csv.features.some((f) => f.drifted === false)).toBe(true);
    expect(csv.features.find((f) => f.name === 'plan')!.missing!.reference).toBeGreaterThan(0);
  });
});

describe('broken and hostile Parquet files fail closed, naming the file', () => {
  const fixture = (name: string) => readFileSync(join(dir, name));
  const rejects = (bytes: Buffer, message: RegExp, source = 'data/cur.parquet') =>
    expect(readSamples(bytes, { source })).rejects.toThrow(
      new RegExp(`^${source.replace(/\./g, '\\.')}: .*${message.source}`),
    );

  it('the hand-built file the attacks start from is valid', async () => {
    const t = await readSamples(tinyParquet({ values: [3, 1, 4, 1, 5] }), { source: 't.parquet' });
    // Whole numbers with no null: what pandas reads as int64 (Evidently 0.7 types it by its distinct values).
    expect(t.columns).toEqual([
      { name: 'x', type: 'numeric', values: Float64Array.from([3, 1, 4, 1, 5]), missing: 0, integer: true },
    ]);
  });

  it('an integer column reads as the same int64-like column as its CSV, so Evidently 0.7 types it alike', async () => {
    const parquet = await readSamples(tinyParquet({ values: [3, 1, 4, 1, 5] }), { source: 't.parquet' });
    const csv = await readSamples(Buffer.from('x\n3\n1\n4\n1\n5\n'), { source: 't.csv' });
    expect(parquet.columns).toEqual(csv.columns);
  });

  it('the hand-built dictionary-encoded file is valid too', async () => {
    const t = await readSamples(tinyParquet({ dictionary: [10, 20, 30], values: [2, 0, 0, 1] }), {
      source: 't.parquet',
    });
    expect(t.columns).toEqual([
      { name: 'x', type: 'numeric', values: Float64Array.from([30, 10, 10, 20]), missing: 0, integer: true },
    ]);
  });

  it('an optional column reads through its definition levels', async () => {
    const t = await readSamples(tinyParquet({ values: [7, 8, 9], definitionLevelsLength: 2 }), { source: 't.parquet' });
    expect(t.columns).toEqual([
      { name: 'x', type: 'numeric', values: Float64Array.from([7, 8, 9]), missing: 0, integer: true },
    ]);
  });

  it('definition levels longer than their page', async () => {
    await rejects(
      tinyParquet({ values: [7, 8, 9], definitionLevelsLength: 1 << 30 }),
      /a data page declares more definition levels than it holds/,
    );
  });

  it('a dictionary-encoded page without its dictionary', async () => {
    await rejects(
      tinyParquet({ dropDictionary: true, values: [0, 1] }),
      /a dictionary-encoded page comes without its dictionary/,
    );
  });

  it('a page that refers past the end of its dictionary', async () => {
    await rejects(
      tinyParquet({ dictionary: [10, 20], values: [0, 7] }),
      /a page refers to a value its dictionary does not hold/,
    );
  });

  it('a dictionary page that declares more values than it can hold', async () => {
    await rejects(
      tinyParquet({ dictionary: [10, 20], dictionaryCount: 1_000_000_000, values: [0, 1] }),
      /a dictionary page declares 1,000,000,000 values, more than its 8 bytes can hold/,
    );
  });

  it.each([
    ['cut in half', (b: Buffer) => b.subarray(0, b.length >> 1), /no Parquet footer.*truncated/],
    ['missing its last byte', (b: Buffer) => b.subarray(0, b.length - 1), /no Parquet footer.*truncated/],
    ['only its header', (b: Buffer) => b.subarray(0, 4), /too short to be a Parquet file/],
    ['empty', () => Buffer.alloc(0), /too short to be a Parquet file/],
    [
      'with its data cut out but the footer kept',
      (b: Buffer) => Buffer.concat([b.subarray(0, 4), b.subarray(b.length - 20000)]),
      /lies outside the file|truncated or corrupt|corrupt/,
    ],
  ])('a file %s', async (_label, cut, message) => {
    await rejects(cut(fixture('types-zstd.parquet')), message);
  });

  it('a .parquet file that is really CSV: wrong magic', async () => {
    await rejects(Buffer.from('a,b\n1,2\n3,4\n5,6\n'), /is not a Parquet file: it does not start with "PAR1"/);
  });

  it('a footer that declares more metadata than the file holds', async () => {
    const b = Buffer.from(fixture('types-snappy.parquet'));
    b.writeUInt32LE(0xfffffff0, b.length - 8);
    await rejects(b, /declares 4,294,967,280 bytes of metadata in a file of [\d,]+ bytes/);
  });

  it('a footer whose metadata is garbage', async () => {
    const b = Buffer.from(fixture('types-snappy.parquet'));
    const length = b.readUInt32LE(b.length - 8);
    b.fill(0xff, b.length - 8 - length, b.length - 8);
    await rejects(b, /Parquet footer that cannot be parsed|not a readable Parquet file/);
  });

  it('a huge declared row count is refused before anything is allocated', async () => {
    const rows = 10n ** 12n;
    await rejects(
      tinyParquet({ fileRows: rows, groupRows: rows }),
      /declares 1,000,000,000,000 rows x 1 column; the gate reads at most 100,000,000 values/,
    );
    expect(MAX_PARQUET_VALUES).toBe(100_000_000);
  });

  it('row groups that do not add up to the file row count', async () => {
    await rejects(tinyParquet({ fileRows: 7 }), /declares 7 rows but its row groups hold 5: the footer is corrupt/);
  });

  it('a row group that declares more rows than its pages hold', async () => {
    await rejects(
      tinyParquet({ fileRows: 9, groupRows: 9 }),
      /column "x" in row group 0: holds 5 values but the row group declares 9 rows: the file is truncated or corrupt/,
    );
  });

  it('a page that declares more values than its row group has rows (an RLE bomb)', async () => {
    await rejects(tinyParquet({ pageValues: 2_000_000_000 }), /pages declare more values than the row group's 5 rows/);
  });

  it('a page that declares a huge decompressed size', async () => {
    await rejects(
      tinyParquet({ pageBytes: MAX_PAGE_BYTES + 1 }),
      /a page declares 268,435,457 bytes once decompressed/,
    );
  });

  it('a column chunk that points outside the file', async () => {
    await rejects(tinyParquet({ dataPageOffset: 1 << 30 }), /column "x" in row group 0 lies outside the file/);
  });

  it('unsigned 32-bit delta-encoded pages, which hyparquet 1.33 misdecodes, are refused rather than misread', async () => {
    await rejects(
      fixture('types-uint32-v2.parquet'),
      /column "uint32" is an unsigned 32-bit integer stored with DELTA_BINARY_PACKED encoding/,
    );
  });

  it('nested columns are not supported, and the message says so', async () => {
    await rejects(
      fixture('nested.parquet'),
      /column "scores" is nested \(a list, map or struct\); nested columns are not supported/,
      'data/nested.parquet',
    );
  });

  it('a file that cannot be opened', async () => {
    await expect(readSamples(join(dir, 'absent.parquet'))).rejects.toThrow(
      /absent\.parquet: cannot read the file \(ENOENT\)/,
    );
  });

  it('every failure is a SampleFormatError (the gate turns it into a blocking finding)', async () => {
    for (const bytes of [Buffer.from('PAR1xxxxxxxxPAR1'), tinyParquet({ pageValues: 99 })]) {
      const e = await readSamples(bytes, { source: 'x.parquet' }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(SampleFormatError);
    }
  });

  it('writes no file and leaves no handle open when it fails on a path', async () => {
    const path = join(dir, 'broken.parquet');
    writeFileSync(path, fixture('types-zstd.parquet').subarray(0, 5000));
    await expect(readSamples(path)).rejects.toThrow(/broken\.parquet: has no Parquet footer/);
  });
});
