// Drift on several threads gives the same tables and reports as on one: files split at line breaks and
// parsed by worker threads, columns scored by them. The worker is the real src/workers/worker.ts, bundled
// for this test (jest cannot start a worker from TypeScript sources); the end-to-end case runs the
// built dist/cli.js, which finds dist/drift-worker.js beside itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { computeDrift, computeDriftThreaded, toGenericReport } from '../../src/drift/compute.js';
import { sortColumns } from '../../src/drift/presort.js';
import { readSamples, type Table } from '../../src/evidence/samples.js';
import { readCsvThreaded } from '../../src/evidence/samples-threads.js';
import { closeWorkers } from '../../src/workers/pool.js';
import { cli } from '../cli/harness.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mrg-threads-'));
  const worker = join(dir, 'drift-worker.mjs');
  buildSync({
    entryPoints: ['src/workers/worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: worker,
    logLevel: 'warning',
  });
  process.env.MRG_DRIFT_WORKER = worker;
});

afterAll(async () => {
  await closeWorkers();
  delete process.env.MRG_DRIFT_WORKER;
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Plain values of a table, comparable whether its arrays live in shared memory or not. */
function plain(t: Table): unknown {
  return {
    ...t,
    columns: t.columns.map((c) =>
      c.type === 'numeric' ? { ...c, values: Array.from(c.values) } : { ...c, codes: Array.from(c.codes) },
    ),
  };
}

/**
 * A sample whose columns change character part-way, so that the parts of a split file disagree: `late`
 * is numeric for the first 70% of rows then text (numbers before a label: mixed); `early` starts with
 * text then holds only numbers; `gappy` is missing in the first half, then labels; `ints` is an integer
 * column; `inf` holds infinities; `f` floats with pandas NA tokens.
 */
function sample(rows: number, seed: number, eol: string, bom: boolean): string {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ['f,ints,late,early,gappy,inf,cat'];
  const na = ['', 'NA', 'NaN', 'null', 'n/a', '<NA>'];
  for (let r = 0; r < rows; r++) {
    const f = rand() < 0.05 ? na[r % na.length] : (rand() * 10 - 5 + seed / 10).toFixed(3);
    const ints = String(Math.floor(rand() * 40));
    const late = r < rows * 0.7 ? (rand() * 3).toFixed(1) : rand() < 0.5 ? 'high' : '1.0';
    const early = r < 5 ? `e${r}` : String(Math.floor(rand() * 4));
    const gappy = r < rows / 2 ? '' : ['red', 'green', 'blue'][Math.floor(rand() * 3)];
    const inf = r % 97 === 5 ? (r % 2 ? '-inf' : 'Infinity') : (rand() * 100).toFixed(2);
    const cat = ['a', 'b', 'c', 'd'][Math.floor(rand() * (seed > 1 ? 4 : 3))];
    lines.push([f, ints, late, early, gappy, inf, cat].join(','));
    if (r % 50 === 7) lines.push(''); // blank lines, which pandas skips
  }
  return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}

/** The tables as read, and the report computed as `drift` does: on several threads, each side's columns sorted first. */
async function reports(ref: string, cur: string, threads: number) {
  const [a, b] = await Promise.all([readSamples(ref, { threads }), readSamples(cur, { threads })]);
  const tables = [plain(a), plain(b)];
  if (threads > 1) await Promise.all([sortColumns(a, threads), sortColumns(b, threads)]);
  const evidence =
    threads === 1
      ? computeDrift(a, b, { method: 'auto' })
      : await computeDriftThreaded(a, b, { method: 'auto' }, threads);
  return { tables, sorted: [a, b], report: JSON.stringify(toGenericReport(evidence)) };
}

describe('drift on several threads', () => {
  it.each([
    ['LF', '\n', false],
    ['CRLF and a byte order mark', '\r\n', true],
  ])(
    'splits a file without quotes (%s) and gives the same tables and report as one thread',
    async (_label, eol, bom) => {
      const ref = write(`ref-${eol.length}.csv`, sample(3000, 1, eol, bom));
      const cur = write(`cur-${eol.length}.csv`, sample(2500, 2, eol, bom));
      // The split is taken: the threaded reader returns a table instead of declining.
      expect(await readCsvThreaded(ref, { threads: 6 })).not.toBeNull();
      const one = await reports(ref, cur, 1);
      for (const threads of [2, 4, 6]) {
        const many = await reports(ref, cur, threads);
        expect(many.report).toBe(one.report);
        expect(many.tables).toEqual(one.tables);
        // The workers sorted every numeric column in place, in shared memory, before scoring.
        for (const t of many.sorted)
          for (const c of t.columns.filter((c) => c.type === 'numeric')) {
            expect(c.type === 'numeric' && c.sorted).toBe(true);
            const v = c.type === 'numeric' ? Array.from(c.values) : [];
            expect(v).toEqual([...v].sort((x, y) => x - y));
          }
      }
      const report = JSON.parse(one.report);
      // The fixture exercises what it claims: mixed and late-typed columns, infinities, missing values.
      expect(report.notes.join('\n')).toMatch(/column "late" in .* mixes numbers and text/);
      expect(report.notes.join('\n')).not.toMatch(/column "early" .* mixes/);
      expect(report.notes.join('\n')).toMatch(/column "inf" in .*infinite values dropped/);
      expect(report.features.f.missing.reference).toBeGreaterThan(0);
      expect(report.features.early.type).toBe('categorical');
      expect(report.features.gappy.missing.reference).toBe(1500);
    },
  );

  it('reads a file with quotes, multi-line quoted fields among them, on one thread (the split is unsafe)', async () => {
    const body = sample(3000, 1, '\n', false).split('\n');
    // A quoted field with a line break near the end: a cut at a line break could fall inside it.
    body[2500] = body[2500].replace(/,a$|,b$|,c$/, ',"multi\nline, with comma"');
    body[10] = body[10].replace(/,a$|,b$|,c$/, ',"say ""hi"""');
    const ref = write('quoted.csv', body.join('\n'));
    const cur = write('quoted-cur.csv', sample(2000, 2, '\n', false));
    expect(await readCsvThreaded(ref, { threads: 6 })).toBeNull();
    const one = await reports(ref, cur, 1);
    expect((await reports(ref, cur, 6)).report).toBe(one.report);
    const t = await readSamples(ref, { threads: 6 });
    const cat = t.columns.find((c) => c.name === 'cat');
    expect(cat?.type === 'categorical' && cat.categories).toEqual(
      expect.arrayContaining(['multi\nline, with comma', 'say "hi"']),
    );
  });

  it('declines headers it cannot split safely: a blank first line, a bare CR', async () => {
    expect(await readCsvThreaded(write('blank.csv', '\na,b\n1,2\n3,4\n'), { threads: 4 })).toBeNull();
    expect(await readCsvThreaded(write('cr.csv', 'a,b\r1,2\r3,4\n5,6\n'), { threads: 4 })).toBeNull();
    const t = await readSamples(join(dir, 'cr.csv'), { threads: 4 });
    expect(t.rows).toBe(3);
  });

  it('reports a bad row in a later part with the line the one-thread reader names', async () => {
    const lines = sample(3000, 1, '\r\n', true).split('\r\n');
    lines[2800] += ',extra';
    const file = write('bad.csv', lines.join('\r\n'));
    const one = await readSamples(file, { threads: 1 }).catch((e: Error) => e.message);
    const many = await readSamples(file, { threads: 6 }).catch((e: Error) => e.message);
    expect(one).toMatch(/bad\.csv:\d+: row has 8 fields but the header has 7/);
    expect(many).toBe(one);
  });

  it('splits only .csv files (or format csv): other formats have their own readers', async () => {
    const text = sample(500, 1, '\n', false);
    expect(await readCsvThreaded(write('sample.txt', text), { threads: 4 })).toBeNull();
    expect(await readCsvThreaded(write('sample.parquet', 'PAR1' + text), { threads: 4 })).toBeNull();
    expect(await readCsvThreaded(join(dir, 'sample.txt'), { threads: 4, format: 'csv' })).not.toBeNull();
  });

  it('keeps one thread for small files unless threads are asked for', async () => {
    const file = write('small.csv', sample(100, 1, '\n', false));
    expect(await readCsvThreaded(file, {})).toBeNull();
    expect(await readCsvThreaded(file, { threads: 1 })).toBeNull();
    expect(await readCsvThreaded(file, { threads: 2 })).not.toBeNull();
  });

  it('does the work on the main thread when a worker cannot start', async () => {
    const good = process.env.MRG_DRIFT_WORKER;
    await closeWorkers();
    process.env.MRG_DRIFT_WORKER = write('broken-worker.mjs', "throw new Error('cannot start');\n");
    try {
      const ref = write('w-ref.csv', sample(2000, 1, '\n', false));
      const cur = write('w-cur.csv', sample(2000, 2, '\n', false));
      const one = await reports(ref, cur, 1);
      const many = await reports(ref, cur, 4);
      expect(many.report).toBe(one.report);
      expect(many.tables).toEqual(one.tables);
    } finally {
      await closeWorkers();
      process.env.MRG_DRIFT_WORKER = good;
    }
  });

  // A sort changes the shared column as it goes: a worker that dies part-way (out of memory, say) leaves it
  // half rewritten, and sorting that again on this thread would hand scoring other numbers than the file's.
  it('fails, naming the column, when a worker dies part-way through sorting it in shared memory', async () => {
    const good = process.env.MRG_DRIFT_WORKER;
    await closeWorkers();
    process.env.MRG_DRIFT_WORKER = write(
      'dying-worker.mjs',
      [
        "import { parentPort } from 'node:worker_threads';",
        'parentPort.on("message", ({ task, claim }) => {',
        '  if (Atomics.compareExchange(claim, 0, 0, 1) !== 0) return parentPort.postMessage({ skipped: true });',
        '  task.values.fill(7, 0, task.values.length >> 1);',
        '  process.exit(1);',
        '});',
        '',
      ].join('\n'),
    );
    try {
      const values = new Float64Array(new SharedArrayBuffer(8 * 3000));
      values.forEach((_, i) => (values[i] = (i * 7919) % 3001));
      const table: Table = {
        source: 'ref.csv',
        format: 'csv',
        rows: 3000,
        columns: [{ name: 'x', type: 'numeric', values, missing: 0 }],
        notes: [],
      };
      await expect(sortColumns(table, 2)).rejects.toThrow(
        /column "x" in ref\.csv: a worker thread stopped part-way through sorting it/,
      );
      expect(table.columns[0].type === 'numeric' && table.columns[0].sorted).toBeFalsy();
    } finally {
      await closeWorkers();
      process.env.MRG_DRIFT_WORKER = good;
    }
  });

  // Both files bad: the reference's error, as on one thread, whichever file a worker finds bad first.
  it('names the reference file when both files are bad, on several threads too', async () => {
    const ref = sample(30000, 1, '\n', false).split('\n');
    ref.splice(ref.length - 2, 0, '1,2');
    const refFile = write('bad-ref.csv', ref.join('\n'));
    const curFile = write(
      'bad-cur.csv',
      'f,ints\n1,2,3\n' +
        sample(100, 2, '\n', false)
          .split('\n')
          .slice(1)
          .map((l) => l.split(',').slice(0, 2).join(','))
          .join('\n'),
    );
    for (const threads of ['1', '4', '4', '4']) {
      const r = await cli(['drift', '--reference', refFile, '--current', curFile, '--threads', threads], dir);
      expect(r.code).not.toBe(0);
      expect(`${threads}: ${r.stderr}`).toContain(`${threads}: model-release-gate: ${refFile}:`);
    }
  });

  it('throws the first failing column in order, as computeDrift does', async () => {
    const a = await readSamples(write('t-ref.csv', sample(500, 1, '\n', false)), { threads: 1 });
    const b = await readSamples(write('t-cur.csv', sample(500, 2, '\n', false)), { threads: 1 });
    const options = { method: 'ks', thresholds: 5 };
    expect(() => computeDrift(a, b, options)).toThrow(/drift threshold for column "f"/);
    await expect(computeDriftThreaded(a, b, options, 3)).rejects.toThrow(/drift threshold for column "f"/);
  });
});

describe('drift --threads from the bundle (dist/cli.js with dist/drift-worker.js)', () => {
  it('runs parts and columns on a worker thread and prints the same report as --threads 1', () => {
    // Large enough that the worker has started before the main thread is through (it takes back tasks
    // a worker has not started).
    const ref = write('e2e-ref.csv', sample(40000, 1, '\n', false));
    const cur = write('e2e-cur.csv', sample(40000, 2, '\r\n', true));
    const run = (threads: string) =>
      spawnSync(
        process.execPath,
        ['dist/cli.js', 'drift', '--reference', ref, '--current', cur, '--threads', threads],
        {
          encoding: 'utf8',
          env: { ...process.env, MRG_DRIFT_WORKER: '', MRG_TRACE_THREADS: '1' },
        },
      );
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr).not.toMatch(/threads: /);
    expect(two.stderr).toMatch(/threads: (parse|score) on a worker/);
    // Every task ran once, on one thread or the other: two files read twice (mixed columns), seven columns.
    expect(two.stderr.match(/threads: parse on/g)).toHaveLength(4);
    expect(two.stderr.match(/threads: score on/g)).toHaveLength(7);
    const bad = run('0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--threads '0' must be a whole number/);
  });
});
