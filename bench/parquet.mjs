// `npm run bench:parquet`: the `drift` command on Parquet against the same rows as CSV, side by side in one
// run. Each side is N rows x 10 columns (default 1M; BENCH_PARQUET_ROWS): 8 numeric columns written with 4
// decimals as in `npm run bench:drift`, plus two categorical ones (a 6-value and a 200-value string),
// because real samples have both. DuckDB (@duckdb/node-api, a devDependency) turns each CSV into Parquet
// (snappy, pandas'/pyarrow's and Spark's default, and zstd; DuckDB's default row groups of 122,880 rows).
// Runs interleave CSV and Parquet (BENCH_RUNS rounds, default 5) so machine noise hits both alike; each
// run is a whole `node dist/cli.js drift` process (wall time, peak RSS), and the reports are compared:
// the same rows must give the same drift, feature for feature. Data goes to bench/out/ (git-ignored).
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { seeded } from './random.mjs';

const OUT = 'bench/out/parquet';
const ROWS = Number(process.env.BENCH_PARQUET_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NUMERIC = 8;

function writeCsv(file, rows, seed, shift) {
  if (existsSync(file)) return;
  const { uniform, normal } = seeded(seed);
  const fd = openSync(file, 'w');
  writeSync(fd, [...Array.from({ length: NUMERIC }, (_, c) => `f${c}`), 'plan', 'region'].join(',') + '\n');
  let buf = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < NUMERIC; c++)
      line += (10 * c + (1 + c / 5) * normal() + shift * (c % 3) * 0.1).toFixed(4) + ',';
    const plan = Math.min(5, Math.floor(uniform() * (6 + shift * 0.3)));
    const region = Math.floor(uniform() ** (1 + shift * 0.05) * 200);
    buf += `${line}plan_${plan},region_${region}\n`;
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

async function toParquet(csv, parquet, codec) {
  if (existsSync(parquet)) return;
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  // All numbers as DOUBLE, as the CSV reader and pandas read them.
  const types = Object.fromEntries(Array.from({ length: NUMERIC }, (_, i) => [`f${i}`, 'DOUBLE']));
  await c.run(
    `COPY (SELECT * FROM read_csv('${csv}', header = true, types = ${JSON.stringify(types).replace(/"/g, "'")})) TO '${parquet}' (FORMAT parquet, COMPRESSION ${codec})`,
  );
  c.closeSync();
}

function drift(ref, cur) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      './bench/rss-probe.mjs',
      'dist/cli.js',
      'drift',
      '--reference',
      ref,
      '--current',
      cur,
      '--format',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`drift on ${ref} failed: ${r.stderr}`);
  const rssMb = Number(/__PEAK_RSS_KB__=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, rssMb, report: JSON.parse(r.stdout) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

mkdirSync(OUT, { recursive: true });
const files = { csv: {}, snappy: {}, zstd: {} };
for (const [side, seed, shift] of [
  ['ref', 12345, 0],
  ['cur', 54321, 1],
]) {
  files.csv[side] = join(OUT, `${side}-${ROWS}.csv`);
  writeCsv(files.csv[side], ROWS, seed + ROWS, shift);
  for (const codec of ['snappy', 'zstd']) {
    files[codec][side] = join(OUT, `${side}-${ROWS}-${codec}.parquet`);
    await toParquet(files.csv[side], files[codec][side], codec);
  }
}

console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadavg()[0].toFixed(1)}`,
);
console.log(`${ROWS.toLocaleString('en-US')} rows x 10 columns per side, ${RUNS} interleaved runs\n`);
const runs = { csv: [], snappy: [], zstd: [] };
for (let i = 0; i < RUNS; i++)
  for (const kind of Object.keys(runs)) runs[kind].push(drift(files[kind].ref, files[kind].cur));

// The same rows must give the same drift whatever the format.
for (const kind of ['snappy', 'zstd']) {
  if (!isDeepStrictEqual(runs[kind][0].report.features, runs.csv[0].report.features))
    throw new Error(`${kind} Parquet gave other drift than CSV`);
}
const csvSeconds = median(runs.csv.map((r) => r.seconds));
console.log('format           MB (both)  drift s (median, min-max)  peak RSS MB  time / CSV');
for (const kind of Object.keys(runs)) {
  const mb = (statSync(files[kind].ref).size + statSync(files[kind].cur).size) / 1e6;
  const s = runs[kind].map((r) => r.seconds);
  console.log(
    [
      (kind === 'csv' ? 'CSV' : `Parquet ${kind}`).padEnd(16),
      mb.toFixed(1).padStart(9),
      `${median(s).toFixed(2)} (${Math.min(...s).toFixed(2)}-${Math.max(...s).toFixed(2)})`.padStart(26),
      median(runs[kind].map((r) => r.rssMb))
        .toFixed(0)
        .padStart(12),
      (median(s) / csvSeconds).toFixed(2).padStart(11),
    ].join('  '),
  );
}
console.log('\nsame drift report from CSV and Parquet: yes (checked feature by feature)');
