// Metrics files: one entry point that tells the formats apart. A README/markdown file or a document with
// `model-index` is a Hugging Face card; a document with `metrics` is the generic form; an object of numbers
// is the flat form (DVC and most scripts). MLflow run folders are read by ./mlflow.ts.

import type { EntryLimits } from '../policy/types.js';
import type { MetricValue, MetricsEvidence, MetricsFormat } from '../types.js';
import { checkDocumentSize, checkEntries, DEFAULT_ENTRY_LIMITS, EntryBudget } from './limits.js';
import { parseText, syntaxOf, type ParsedDocument } from './document.js';
import { extractFrontMatter, readModelIndex, type HuggingFaceOptions } from './huggingface.js';
import { readMetricMap, requireCount } from './metric-values.js';
import { EvidenceError, hasKey, isRecord, runReader, setKey, type DocPath, type ParseResult } from './result.js';

export type MetricsResult = ParseResult<MetricsEvidence>;

/** Keys of the generic and flat forms that describe the evaluation rather than being metrics. */
const META_KEYS: ReadonlySet<string> = new Set(['model_version', 'sample_size', 'slices', 'metrics']);

const FORMATS_UNDERSTOOD =
  'understood: generic ({"metrics": {"auc": 0.91}}), flat ({"auc": 0.91}), a Hugging Face model card (README.md with model-index) or an MLflow run folder';

/** Reads a metrics file of any supported format. `path` is repository-relative, for messages and `source`. */
export function parseMetricsFile(text: string, path: string, options: HuggingFaceOptions = {}): MetricsResult {
  const limits = options.limits ?? DEFAULT_ENTRY_LIMITS;
  let doc: ParsedDocument | undefined;
  return runReader(
    path,
    () => {
      doc = parseMetricsDocument(text, path, limits);
      return readMetricsValue(doc.value, path, options, limits);
    },
    (at) => doc?.locate(at),
  );
}

/** Metrics written in the manifest (`evaluation: { metrics: { auc: 0.91 } }`): the generic or flat form. */
export function parseInlineMetrics(
  obj: unknown,
  manifestPath: string,
  limits: Readonly<EntryLimits> = DEFAULT_ENTRY_LIMITS,
): MetricsResult {
  // The manifest loader knows the lines of its own document; messages here name the manifest field.
  return runReader(
    manifestPath,
    () => {
      if (isRecord(obj) && hasKey(obj, 'metrics') && isRecord(obj.metrics)) {
        return readGeneric(obj, manifestPath, 'inline', ['evaluation', 'metrics'], limits);
      }
      return readFlat(obj, manifestPath, 'inline', ['evaluation', 'metrics'], limits);
    },
    () => undefined,
  );
}

function parseMetricsDocument(text: string, path: string, limits: Readonly<EntryLimits>): ParsedDocument {
  const lower = path.toLowerCase();
  const isMarkdown = lower.endsWith('.md') || lower.endsWith('.markdown');
  if (isMarkdown || /^\uFEFF?---[ \t]*\r?\n/.test(text)) {
    const front = extractFrontMatter(text);
    if (!front) {
      throw new EvidenceError(
        'the file has no YAML front matter (a block between --- lines at the top); a Hugging Face model card keeps its eval results in `model-index` there',
      );
    }
    checkDocumentSize(front.yaml, 'yaml', limits, 'max_metrics');
    return parseText(front.yaml, 'yaml', front.firstLine - 1);
  }
  const syntax = syntaxOf(path, text);
  checkDocumentSize(text, syntax, limits, 'max_metrics');
  return parseText(text, syntax);
}

function readMetricsValue(
  value: unknown,
  path: string,
  options: HuggingFaceOptions,
  limits: Readonly<EntryLimits>,
): MetricsEvidence {
  if (!isRecord(value)) {
    throw new EvidenceError(
      `the file is not a metrics object (it holds ${Array.isArray(value) ? 'a list' : String(value)}); ${FORMATS_UNDERSTOOD}`,
    );
  }
  notAnMlflowFile(value, path);
  if (hasKey(value, 'model-index')) return readModelIndex(value, path, options);
  if (hasKey(value, 'metrics')) return readGeneric(value, path, 'generic', [], limits);
  return readFlat(value, path, 'flat', [], limits);
}

/**
 * An MLflow run's MLmodel (how to load the model) or meta.yaml is not its metrics: the run folder is.
 * Say so, with the folder when the path shows it, rather than "not a metrics file".
 */
function notAnMlflowFile(value: Record<string, unknown>, path: string): void {
  const name = path.split('/').pop() ?? path;
  const isMLmodel = name === 'MLmodel' || (hasKey(value, 'flavors') && hasKey(value, 'artifact_path'));
  const isMeta = name === 'meta.yaml' && hasKey(value, 'experiment_id') && hasKey(value, 'lifecycle_stage');
  if (!isMLmodel && !isMeta) return;
  // mlruns/<experiment>/<run>/artifacts/<model>/MLmodel, or mlruns/<experiment>/<run>/meta.yaml
  const folder = isMLmodel
    ? /^(.*)\/artifacts\/(?:.*\/)?MLmodel$/.exec(path)?.[1]
    : path.slice(0, -'/meta.yaml'.length);
  const runId = isMLmodel && typeof value.run_id === 'string' ? value.run_id : undefined;
  const where = folder
    ? ` (here ${folder})`
    : ` (mlruns/<experiment>/${runId ?? '<run>'}${runId ? ', the run that logged this model' : ''})`;
  throw new EvidenceError(
    `this is an MLflow ${isMLmodel ? "MLmodel file (how to load the model), not the model's metrics" : "run's meta.yaml, not its metrics"}; ` +
      `point evaluation.metrics at the run folder${where}, which holds meta.yaml and metrics/`,
    undefined,
    undefined,
    `Point evaluation.metrics at the MLflow run folder${where}, not at a file inside it.`,
  );
}

function readGeneric(
  doc: Record<string, unknown>,
  source: string,
  format: MetricsFormat,
  at: DocPath,
  limits: Readonly<EntryLimits>,
): MetricsEvidence {
  const metricsAt = [...at, 'metrics'];
  if (!isRecord(doc.metrics)) {
    throw new EvidenceError('`metrics` must be an object of metric names to numbers, like { "auc": 0.91 }', metricsAt);
  }
  const budget = new EntryBudget(limits, 'max_metrics');
  const evidence = withMeta(
    doc,
    source,
    format,
    readMetricMap(doc.metrics, metricsAt, undefined, budget),
    at,
    limits,
    budget,
  );
  const unknown = Object.keys(doc).filter((k) => !META_KEYS.has(k));
  if (unknown.length > 0)
    evidence.notes.push(`ignored top-level keys that are not part of the metrics format: ${unknown.join(', ')}`);
  return evidence;
}

function readFlat(
  doc: unknown,
  source: string,
  format: MetricsFormat,
  at: DocPath,
  limits: Readonly<EntryLimits>,
): MetricsEvidence {
  if (!isRecord(doc)) {
    throw new EvidenceError(
      `metrics must be an object of metric names to numbers, like { "auc": 0.91 }; ${FORMATS_UNDERSTOOD}`,
      at,
    );
  }
  const budget = new EntryBudget(limits, 'max_metrics');
  return withMeta(doc, source, format, readMetricMap(doc, at, META_KEYS, budget), at, limits, budget);
}

function withMeta(
  doc: Record<string, unknown>,
  source: string,
  format: MetricsFormat,
  metrics: Record<string, MetricValue>,
  at: DocPath,
  limits: Readonly<EntryLimits>,
  budget: EntryBudget,
): MetricsEvidence {
  const notes: string[] = [];
  if (Object.keys(metrics).length === 0) {
    throw new EvidenceError('the file has no metrics; write them as { "metrics": { "auc": 0.91 } }', [
      ...at,
      'metrics',
    ]);
  }
  const evidence: MetricsEvidence = {
    source,
    format,
    metrics,
    slices: readSlices(doc.slices, [...at, 'slices'], limits, budget),
    notes,
  };
  const version = doc.model_version;
  if (typeof version === 'string' && version.trim() !== '') evidence.modelVersion = version;
  else if (typeof version === 'number') {
    // YAML reads 3.10 as the number 3.1: say so instead of comparing a mangled version silently.
    evidence.modelVersion = String(version);
    notes.push(
      `model_version is the number ${version}; quote it ("${version}") so that versions like 3.10 are read exactly`,
    );
  } else if (version !== undefined && version !== null) {
    throw new EvidenceError(
      `model_version is ${typeof version === 'boolean' ? `the boolean ${version}` : 'not text'}; write the version as a string like "3.2.0"`,
      [...at, 'model_version'],
    );
  }
  if (doc.sample_size !== undefined) evidence.sampleSize = requireCount(doc.sample_size, [...at, 'sample_size']);
  return evidence;
}

function readSlices(
  raw: unknown,
  at: DocPath,
  limits: Readonly<EntryLimits>,
  budget: EntryBudget,
): Record<string, Record<string, MetricValue>> {
  const out: Record<string, Record<string, MetricValue>> = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    throw new EvidenceError(
      '`slices` must map a slice name to its metrics, like { "region=eu": { "auc": 0.905 } }',
      at,
    );
  }
  const slices = Object.entries(raw);
  checkEntries(slices.length, limits, 'max_slices');
  for (const [name, metrics] of slices) setKey(out, name, readMetricMap(metrics, [...at, name], undefined, budget));
  return out;
}
