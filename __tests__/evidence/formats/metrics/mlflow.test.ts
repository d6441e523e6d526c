import { describe, expect, it } from '@jest/globals';
import { mlflowFile, readMlflowRun } from '../../../../src/evidence/formats/metrics/mlflow.js';
import { LocalFileSource } from '../../../../src/files/local.js';
import type { InputFile } from '../../../../src/types.js';
import { fixturePath, ok } from '../../helpers.js';
import { documentOf, refusal } from '../read.js';

describe('MLflow run folder', () => {
  it('reads the real run folder and hashes every file it read', async () => {
    const inputs: InputFile[] = [];
    const evidence = ok(await readMlflowRun(new LocalFileSource(fixturePath('mlflow')), 'run', inputs));
    expect(evidence).toMatchObject({ format: 'mlflow', metrics: { metric_0: { value: 0.975 } } });
    expect(inputs.map((i) => i.path)).toEqual(['run/meta.yaml', 'run/metrics/metric_0']);
    for (const input of inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('MLflow files named instead of their run folder', () => {
  const refused = (fixture: string, path: string) =>
    refusal(() => {
      const doc = documentOf(fixture, 'metrics');
      expect(mlflowFile.detect(doc, path)).toBe(true);
      return mlflowFile.read(doc, { path, limits: { max_metrics: 1, max_slices: 1, max_features: 1 } });
    });

  it("recognises a run's MLmodel by its name and points at the run folder", () => {
    const err = refused('mlflow/run/MLmodel', 'mlruns/1/425b/artifacts/model/MLmodel');
    expect(err.message).toMatch(
      /MLflow MLmodel file .* point evaluation\.metrics at the run folder \(here mlruns\/1\/425b\)/,
    );
    expect(err.fix).toBe(
      'Point evaluation.metrics at the MLflow run folder (here mlruns/1/425b), not at a file inside it.',
    );
  });

  it('recognises an MLmodel under another name by its keys, naming the run that logged it', () => {
    const err = refused('mlflow/MLmodel-mslearn', 'model/model.yaml');
    expect(err.message).toMatch(/mlruns\/<experiment>\/calm_garden_gzd94mfzcr, the run that logged this model/);
  });

  it("recognises a run's meta.yaml", () => {
    expect(refused('mlflow/run/meta.yaml', 'mlruns/1/425b/meta.yaml').message).toMatch(
      /run's meta\.yaml, not its metrics; point evaluation\.metrics at the run folder \(here mlruns\/1\/425b\)/,
    );
  });

  it('does not claim a meta.yaml under another name, or a metrics file', () => {
    expect(mlflowFile.detect(documentOf('mlflow/run/meta.yaml', 'metrics'), 'eval/run.yaml')).toBe(false);
    expect(mlflowFile.detect(documentOf('generic/metrics-churn.json', 'metrics'), 'eval/metrics.json')).toBe(false);
  });
});
