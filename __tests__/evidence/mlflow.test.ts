import { describe, expect, it } from '@jest/globals';
import { LocalFileSource } from '../../src/files/local.js';
import type { FileSource, ReadResult } from '../../src/files/source.js';
import { parseMlflowRun, readMlflowRun } from '../../src/evidence/formats/metrics/mlflow.js';
import { failure, fixture, fixturePath, ok } from './helpers.js';

const FINISHED = 'run_id: abc\nrun_name: RF\nstatus: 3\nlifecycle_stage: active\n';

/** A FileSource over an in-memory tree: paths ending in a file hold text, folders are implied. */
function memorySource(files: Record<string, string>): FileSource {
  const isDir = (dir: string): boolean => Object.keys(files).some((p) => p.startsWith(`${dir}/`));
  const source: FileSource = {
    description: 'memory',
    withLimit: () => source,
    resolve: async (path) => (path in files ? [path] : []),
    async read(path: string): Promise<ReadResult> {
      if (path in files) return { ok: true, bytes: Buffer.from(files[path]) };
      return { ok: false, reason: 'missing', message: `'${path}' does not exist` };
    },
    async list(dir: string): Promise<string[] | null> {
      if (!isDir(dir)) return null;
      const names = new Set(
        Object.keys(files)
          .filter((p) => p.startsWith(`${dir}/`))
          .map((p) => p.slice(dir.length + 1).split('/')[0]),
      );
      return [...names].sort();
    },
    async glob(): Promise<string[]> {
      return Object.keys(files).sort();
    },
  };
  return source;
}

describe('MLflow runs', () => {
  it('reads the real run folder through a LocalFileSource', async () => {
    const source = new LocalFileSource(fixturePath('mlflow'));
    expect(ok(await readMlflowRun(source, 'run'))).toEqual({
      source: 'run',
      format: 'mlflow',
      metrics: { metric_0: { value: 0.975 } },
      slices: {},
      notes: ["MLflow run 'RF'"],
    });
  });

  it('takes the value of the greatest step, then the greatest timestamp', () => {
    const history = '1000 0.50 0\n3000 0.70 2\n2000 0.90 1\n2500 0.80 2\n';
    const e = ok(parseMlflowRun({ meta: fixture('mlflow/run/meta.yaml'), metrics: { auc: history } }, 'mlruns/1/abc'));
    expect(e.metrics.auc).toEqual({ value: 0.7 });
  });

  it('reads metric keys with / from nested folders', async () => {
    const source = memorySource({
      'r/meta.yaml': FINISHED,
      'r/metrics/eval/auc': '1 0.91 0\n',
      'r/metrics/eval/slice/eu/auc': '1 0.88 0\n',
      'r/metrics/loss': '1 0.3 0\n2 0.2 1\n',
    });
    expect(ok(await readMlflowRun(source, 'r/')).metrics).toEqual({
      'eval/auc': { value: 0.91 },
      'eval/slice/eu/auc': { value: 0.88 },
      loss: { value: 0.2 },
    });
  });

  it('accepts the status written as FINISHED', () => {
    expect(ok(parseMlflowRun({ meta: 'status: FINISHED\n', metrics: { a: '1 1 0' } }, 'r')).metrics.a).toEqual({
      value: 1,
    });
  });

  it('refuses a run that did not finish', () => {
    expect(failure(parseMlflowRun({ meta: 'run_id: x\nstatus: 4\n', metrics: { a: '1 1 0' } }, 'mlruns/1/x'))).toEqual({
      message:
        "mlruns/1/x/meta.yaml: the MLflow run's status is FAILED (4), not FINISHED; evidence must come from a run that completed",
    });
    expect(failure(parseMlflowRun({ meta: 'status: RUNNING\n', metrics: { a: '1 1 0' } }, 'r')).message).toContain(
      'status is RUNNING, not FINISHED',
    );
    expect(failure(parseMlflowRun({ meta: 'run_id: x\n', metrics: { a: '1 1 0' } }, 'r')).message).toBe(
      'r/meta.yaml: meta.yaml has no status; only a FINISHED run can be evidence',
    );
  });

  it('refuses a logged NaN with the metric, step and line', () => {
    expect(failure(parseMlflowRun({ meta: FINISHED, metrics: { auc: '1 0.9 0\n2 nan 1\n' } }, 'r'))).toEqual({
      message: "r/metrics/auc:2: metric 'auc' logged nan at step 1 (line 2); log a finite number",
      line: 2,
    });
  });

  it('refuses a malformed metric line', () => {
    expect(failure(parseMlflowRun({ meta: FINISHED, metrics: { auc: 'hello' } }, 'r')).message).toBe(
      "r/metrics/auc:1: line 1 of metric 'auc' is 'hello'; expected '<timestamp_ms> <value> <step>'",
    );
  });

  it('refuses a folder that is not a run, and a run without metrics', async () => {
    expect(failure(await readMlflowRun(memorySource({ 'x/a.txt': '' }), 'x')).message).toBe(
      "x: not an MLflow run folder (meta.yaml: 'x/meta.yaml' does not exist); point evaluation.metrics at mlruns/<experiment>/<run>",
    );
    expect(failure(await readMlflowRun(memorySource({ 'r/meta.yaml': FINISHED }), 'r')).message).toBe(
      'r: the MLflow run has no metrics (metrics/ is empty or missing); log metrics with mlflow.log_metric',
    );
  });
});
