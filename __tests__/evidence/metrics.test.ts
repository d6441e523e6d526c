import { describe, expect, it } from '@jest/globals';
import { parseInlineMetrics, parseMetricsFile } from '../../src/evidence/metrics.js';
import { failure, fixture, ok } from './helpers.js';

const GENERIC = `{
  "model_version": "3.2.0",
  "sample_size": 48211,
  "metrics": {
    "auc": 0.912,
    "accuracy": { "value": 0.874, "ci": [0.869, 0.879], "n": 1200 },
    "latency_p95_ms": 118
  },
  "slices": { "region=eu": { "auc": 0.905 }, "region=us": { "auc": 0.921 } }
}`;

describe('generic and flat metrics', () => {
  it('reads the generic form with ci, n, slices, version and sample size', () => {
    expect(ok(parseMetricsFile(GENERIC, 'eval/metrics.json'))).toEqual({
      source: 'eval/metrics.json',
      format: 'generic',
      modelVersion: '3.2.0',
      sampleSize: 48211,
      metrics: {
        auc: { value: 0.912 },
        accuracy: { value: 0.874, ci: [0.869, 0.879], n: 1200 },
        latency_p95_ms: { value: 118 },
      },
      slices: { 'region=eu': { auc: { value: 0.905 } }, 'region=us': { auc: { value: 0.921 } } },
      notes: [],
    });
  });

  it('reads the same form written in YAML', () => {
    const yaml = 'model_version: "3.2.0"\nmetrics:\n  auc: 0.912\n  accuracy: { value: 0.874, ci: [0.869, 0.879] }\n';
    const e = ok(parseMetricsFile(yaml, 'eval/metrics.yaml'));
    expect(e.format).toBe('generic');
    expect(e.metrics.accuracy).toEqual({ value: 0.874, ci: [0.869, 0.879] });
  });

  it('reads a flat object of numbers, nesting DVC groups with dots', () => {
    const e = ok(parseMetricsFile('{"auc": 0.91, "eval": {"f1": 0.8, "loss": 0.3}}', 'metrics.json'));
    expect(e.format).toBe('flat');
    expect(e.metrics).toEqual({ auc: { value: 0.91 }, 'eval.f1': { value: 0.8 }, 'eval.loss': { value: 0.3 } });
  });

  it('reads inline manifest metrics, flat or generic, naming manifest fields in errors', () => {
    expect(ok(parseInlineMetrics({ auc: 0.91 }, 'models/churn/model-release.yml'))).toMatchObject({
      source: 'models/churn/model-release.yml',
      format: 'inline',
      metrics: { auc: { value: 0.91 } },
    });
    expect(ok(parseInlineMetrics({ metrics: { auc: 0.91 }, model_version: '1.0' }, 'm.yml'))).toMatchObject({
      format: 'inline',
      modelVersion: '1.0',
    });
    expect(failure(parseInlineMetrics({ auc: 'high' }, 'm.yml')).message).toBe(
      "m.yml: evaluation.metrics.auc is the string 'high'; write a number like 0.91",
    );
  });

  it('notes a model_version YAML read as a number', () => {
    const e = ok(parseMetricsFile('model_version: 3.10\nmetrics: { auc: 0.9 }\n', 'm.yml'));
    expect(e.modelVersion).toBe('3.1');
    expect(e.notes[0]).toContain('quote it');
  });
});

describe('metric values that are refused', () => {
  const cases: [string, string, string][] = [
    [
      'a string',
      '{"metrics": {"auc": "high"}}',
      "m.json:1: metrics.auc is the string 'high'; write a number like 0.91",
    ],
    [
      'a quoted number',
      '{"metrics": {"auc": "0.91"}}',
      "m.json:1: metrics.auc is the string '0.91'; write it as a number without quotes: 0.91",
    ],
    [
      'NaN',
      '{"metrics": {\n"auc": NaN}}',
      'm.json:2: metrics.auc is NaN (not a number): the tool that wrote it could not compute it; fix the evaluation or leave the metric out',
    ],
    ['Infinity', '{"metrics": {"auc": Infinity}}', 'm.json:1: metrics.auc is Infinity; write a finite number'],
    [
      'null',
      '{"metrics": {"auc": null}}',
      'm.json:1: metrics.auc is null; write a number like 0.91, or leave the metric out',
    ],
    ['a boolean', '{"auc": true}', 'm.json:1: auc is the boolean true; write a number like 0.91'],
    [
      'a reversed ci',
      '{"metrics": {"acc": {"value": 0.8, "ci": [0.9, 0.7]}}}',
      'm.json:1: metrics.acc.ci is [0.9, 0.7]: low is above high; write [low, high]',
    ],
    [
      'a ci of one number',
      '{"metrics": {"acc": {"value": 0.8, "ci": [0.9]}}}',
      'm.json:1: metrics.acc.ci must be [low, high], two numbers like [0.869, 0.879]',
    ],
    [
      'a ci without value',
      '{"metrics": {"acc": {"ci": [0.7, 0.9]}}}',
      'm.json:1: metrics.acc has ci but no "value"; add "value": <the metric>',
    ],
    [
      'a fractional n',
      '{"metrics": {"acc": {"value": 0.8, "n": 12.5}}}',
      'm.json:1: metrics.acc.n is 12.5; it counts rows, so write a whole number >= 0',
    ],
    [
      'no metrics',
      '{"metrics": {}}',
      'm.json:1: the file has no metrics; write them as { "metrics": { "auc": 0.91 } }',
    ],
    [
      'a list',
      '[0.91]',
      'm.json: the file is not a metrics object (it holds a list); understood: generic ({"metrics": {"auc": 0.91}}), flat ({"auc": 0.91}), a Hugging Face model card (README.md with model-index) or an MLflow run folder',
    ],
  ];
  it.each(cases)('%s', (_label, text, message) => {
    expect(failure(parseMetricsFile(text, 'm.json')).message).toBe(message);
  });

  it('gives the line of a bad value deep in a pretty-printed file', () => {
    const text = GENERIC.replace('"latency_p95_ms": 118', '"latency_p95_ms": "fast"');
    expect(failure(parseMetricsFile(text, 'eval/metrics.json'))).toEqual({
      message: "eval/metrics.json:7: metrics.latency_p95_ms is the string 'fast'; write a number like 0.91",
      line: 7,
    });
  });

  it('gives the line of a bad value in YAML', () => {
    expect(failure(parseMetricsFile('metrics:\n  auc: 0.9\n  f1: .nan\n', 'm.yml'))).toMatchObject({ line: 3 });
  });

  it('reports a JSON syntax error with line and column', () => {
    expect(failure(parseMetricsFile('{\n  "auc": 0.9\n  "f1": 0.8\n}', 'm.json'))).toEqual({
      message: "m.json:3: invalid JSON at line 3, column 3: expected ',' or '}' after a value in an object",
      line: 3,
    });
  });

  it('reports a YAML syntax error with its line', () => {
    expect(failure(parseMetricsFile('metrics:\n  auc: 0.9\n  f1: [0.8\n', 'm.yaml')).message).toMatch(
      /^m\.yaml:\d+: invalid YAML at line \d+/,
    );
  });
});

describe('Hugging Face model cards', () => {
  it('reads verified metrics by type', () => {
    const e = ok(parseMetricsFile(fixture('huggingface/deberta-v3-base-cls-verified.yml'), 'card.yml'));
    expect(e).toEqual({
      source: 'card.yml',
      format: 'huggingface',
      metrics: { accuracy: { value: 0.917969 }, loss: { value: 0.21741 } },
      slices: {},
      notes: [],
    });
  });

  it('reads a README.md front matter and stops at its closing ---', () => {
    const e = ok(
      parseMetricsFile(fixture('huggingface/README-whisper-large-v2-fi.md'), 'models/fi/README.md', {
        dataset: 'FLEURS',
      }),
    );
    expect(e.metrics).toEqual({ wer: { value: 10.2 }, cer: { value: 3.36 } });
    expect(e.notes).toEqual(["read the model card's results for dataset 'FLEURS' (google/fleurs, fi_fi, test)"]);
  });

  it('refuses several datasets without a choice, listing them', () => {
    expect(failure(parseMetricsFile(fixture('huggingface/whisper-large-v2-fi.yml'), 'card.yml')).message).toBe(
      "card.yml: the model card has results for 2 datasets: 'Common Voice 11.0' (mozilla-foundation/common_voice_11_0, fi, test), 'FLEURS' (google/fleurs, fi_fi, test); choose one with `evaluation.dataset` in the manifest (a dataset name or type)",
    );
  });

  it('chooses by dataset type when it is unique', () => {
    const e = ok(
      parseMetricsFile(fixture('huggingface/whisper-large-v2-fi.yml'), 'card.yml', {
        dataset: 'mozilla-foundation/common_voice_11_0',
      }),
    );
    expect(e.metrics.wer).toEqual({ value: 10.42 });
  });

  it('refuses a type shared by several results and an unknown dataset', () => {
    const text = fixture('huggingface/deberta-v3-large-nli-comma-decimals.yml');
    expect(failure(parseMetricsFile(text, 'card.yml', { dataset: 'multi_nli' })).message).toBe(
      "card.yml: dataset 'multi_nli' matches 2 results: 'MultiNLI-matched' (multi_nli, validation_matched), 'MultiNLI-mismatched' (multi_nli, validation_mismatched); choose one by its name",
    );
    expect(failure(parseMetricsFile(text, 'card.yml', { dataset: 'squad' })).message).toContain(
      "the model card has no results for dataset 'squad'; it has: 'MultiNLI-matched'",
    );
  });

  it('reads comma decimals with a note', () => {
    const e = ok(
      parseMetricsFile(fixture('huggingface/deberta-v3-large-nli-comma-decimals.yml'), 'card.yml', {
        dataset: 'anli-r3',
      }),
    );
    expect(e.metrics).toEqual({ accuracy: { value: 0.64 } });
    expect(e.notes).toContain("accuracy: '0,64' read as 0.64 (comma decimal separator)");
  });

  it('reads "10.08%" as 10.08 on the percent scale, like the card\'s plain numbers', () => {
    const text = fixture('huggingface/whisper-medium-is-percent-strings.yml');
    const percent = ok(parseMetricsFile(text, 'card.yml', { dataset: 'samromur' }));
    const plain = ok(parseMetricsFile(text, 'card.yml', { dataset: 'google/fleurs' }));
    expect(percent.metrics.wer).toEqual({ value: 10.08 });
    expect(plain.metrics.wer).toEqual({ value: 13.94 });
    expect(percent.notes).toContain(
      "wer: '10.08%' read as 10.08 (percent scale, as the card's plain numbers are; the % sign is dropped, not divided by 100)",
    );
  });

  it('refuses a card whose results are empty', () => {
    expect(failure(parseMetricsFile(fixture('huggingface/whisper-small-en-empty-results.yml'), 'card.yml'))).toEqual({
      message:
        "card.yml:11: the model card's `model-index` has no evaluation results (results: []); add results to the card or point evaluation.metrics at a metrics file",
      line: 11,
    });
  });

  it('makes NA and null values absent with a note, and refuses other strings', () => {
    const card = (value: string): string =>
      `model-index:\n- name: m\n  results:\n  - dataset: {name: d, type: d}\n    metrics:\n    - {type: accuracy, value: 0.9}\n    - {type: f1, value: ${value}}\n`;
    const na = ok(parseMetricsFile(card('NA'), 'card.yml'));
    expect(na.metrics).toEqual({ accuracy: { value: 0.9 } });
    expect(na.notes).toEqual(["f1: the card writes 'NA'; the metric is treated as absent"]);
    expect(ok(parseMetricsFile(card('null'), 'card.yml')).notes).toEqual([
      'f1: the card gives no value (null); the metric is treated as absent',
    ]);
    expect(failure(parseMetricsFile(card('good'), 'card.yml'))).toEqual({
      message:
        "card.yml:7: f1 (model-index[0].results[0].metrics[1].value) is the string 'good'; write a number like 0.91",
      line: 7,
    });
    expect(failure(parseMetricsFile(card('"1,234"'), 'card.yml')).message).toContain(
      'is the comma a thousands separator or a decimal point? write 1234 or 1.234',
    );
  });

  it('refuses a README without front matter', () => {
    expect(failure(parseMetricsFile('# My model\n\nNo metadata here.\n', 'README.md')).message).toContain(
      'README.md: the file has no YAML front matter',
    );
  });
});
