// `npm run bench:drift`: the `drift` command against pandas/numpy/scipy computing the same scores, side by
// side, at 10k, 100k, 300k and 1M rows x 10 numeric columns on each side. Wall time of each whole process
// (start-up and reading included) and its peak RSS. The Python side is skipped, with a message, where
// Debian's python3-scipy / python3-pandas are missing. Data goes to bench/out/ (git-ignored).
// BENCH_RUNS=N repeats each size N times, alternating the gate on all cores, the gate on one thread
// (`--threads 1`) and Python, so that load from other work hits all three alike; medians are shown.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { seeded } from './random.mjs';

const OUT = 'bench/out/drift';
const COLUMNS = 10;
const SIZES = (process.env.BENCH_DRIFT_ROWS ?? '10000,100000,300000,1000000').split(',').map(Number);
const METHOD = process.env.BENCH_DRIFT_METHOD ?? 'auto';
const PYTHON = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));

/** Deterministic normal samples (xorshift + Box-Muller), written with 4 decimals like typical exports. */
function writeSample(file, rows, seed, shift) {
  if (existsSync(file)) return;
  const { normal } = seeded(seed);
  const fd = openSync(file, 'w');
  const header = Array.from({ length: COLUMNS }, (_, c) => `f${c}`).join(',') + '\n';
  writeSync(fd, header);
  let buf = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < COLUMNS; c++) {
      // Columns drift by different amounts so that some are flagged and some are not.
      const v = 10 * c + (1 + c / 5) * normal() + shift * (c % 3) * 0.1;
      line += (c ? ',' : '') + v.toFixed(4);
    }
    buf += line + '\n';
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error}`);
  return { seconds, stdout: r.stdout, stderr: r.stderr };
}

function runGate(ref, cur, extra = []) {
  const r = timed(process.execPath, [
    '--import',
    './bench/rss-probe.mjs',
    'dist/cli.js',
    'drift',
    '--reference',
    ref,
    '--current',
    cur,
    '--method',
    METHOD,
    '--format',
    'json',
    ...extra,
  ]);
  const rss = Number(/__PEAK_RSS_KB__=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds: r.seconds, rssMb: rss / 1024, stdout: r.stdout, report: JSON.parse(r.stdout) };
}

function pythonAvailable() {
  const r = spawnSync(
    PYTHON,
    ['-c', 'import scipy, pandas, numpy; print(scipy.__version__, pandas.__version__, numpy.__version__)'],
    { encoding: 'utf8' },
  );
  return r.status === 0 ? r.stdout.trim() : null;
}

function runPython(ref, cur) {
  const r = timed(PYTHON, ['bench/drift-python.py', ref, cur, METHOD]);
  const out = JSON.parse(r.stdout);
  return { seconds: r.seconds, rssMb: out.peak_rss_kb / 1024, features: out.features };
}

mkdirSync(OUT, { recursive: true });
const versions = pythonAvailable();
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
);
console.log(
  versions
    ? `python: ${PYTHON} (scipy, pandas, numpy ${versions})`
    : `python: skipped (${PYTHON} cannot import scipy, pandas and numpy; apt-get install python3-scipy python3-pandas)`,
);
console.log(`method: ${METHOD}; runs per size: ${RUNS} (medians)\n`);
console.log(
  'rows/side  CSV MB  gate s  gate RSS MB  RSS goal MB  1-thread s  1-thread RSS MB  python s  python RSS MB  gate/python  max score diff',
);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const results = [];
for (const rows of SIZES) {
  const ref = join(OUT, `ref-${rows}.csv`);
  const cur = join(OUT, `cur-${rows}.csv`);
  writeSample(ref, rows, 12345 + rows, 0);
  writeSample(cur, rows, 54321 + rows, 1);
  const csvMb = (statSync(ref).size + statSync(cur).size) / 1e6;
  const gates = [];
  const singles = [];
  const pys = [];
  for (let run = 0; run < RUNS; run++) {
    gates.push(runGate(ref, cur));
    singles.push(runGate(ref, cur, ['--threads', '1']));
    if (versions) pys.push(runPython(ref, cur));
  }
  const gate = {
    ...gates[0],
    seconds: median(gates.map((g) => g.seconds)),
    rssMb: Math.max(...gates.map((g) => g.rssMb)),
  };
  const single = { seconds: median(singles.map((g) => g.seconds)), rssMb: Math.max(...singles.map((g) => g.rssMb)) };
  const py = versions
    ? { ...pys[0], seconds: median(pys.map((p) => p.seconds)), rssMb: Math.max(...pys.map((p) => p.rssMb)) }
    : null;
  // The same report on all cores and on one thread, byte for byte.
  for (const g of singles) {
    if (g.stdout !== gates[0].stdout) throw new Error(`${rows} rows: the report differs with --threads 1`);
  }
  let maxDiff = 0;
  if (py) {
    for (const [name, f] of Object.entries(py.features)) {
      const mine = gate.report.features[name];
      if (mine.method !== f.method) throw new Error(`${name}: gate chose ${mine.method}, Python ${f.method}`);
      maxDiff = Math.max(maxDiff, Math.abs(mine.score - f.score) / Math.max(Math.abs(f.score), 1e-300));
    }
  }
  // Goal: peak RSS at most twice the raw float64 size of the data plus 150 MB.
  const goalMb = (2 * rows * COLUMNS * 2 * 8) / 2 ** 20 + 150;
  const row = { rows, csvMb, gate, single, py, maxDiff, goalMb };
  results.push(row);
  console.log(
    [
      String(rows).padStart(9),
      csvMb.toFixed(1).padStart(7),
      gate.seconds.toFixed(2).padStart(7),
      gate.rssMb.toFixed(0).padStart(12),
      goalMb.toFixed(0).padStart(12),
      single.seconds.toFixed(2).padStart(11),
      single.rssMb.toFixed(0).padStart(16),
      (py ? py.seconds.toFixed(2) : '-').padStart(9),
      (py ? py.rssMb.toFixed(0) : '-').padStart(14),
      (py ? (gate.seconds / py.seconds).toFixed(3) : '-').padStart(12),
      (py ? maxDiff.toExponential(1) : '-').padStart(15),
    ].join(' '),
  );
}
const [a, b] = [results[0], results[results.length - 1]];
if (results.length > 1) {
  console.log(
    `\ngate time per row: ${((a.gate.seconds / a.rows) * 1e6).toFixed(2)} us at ${a.rows}, ${((b.gate.seconds / b.rows) * 1e6).toFixed(2)} us at ${b.rows}`,
  );
}
