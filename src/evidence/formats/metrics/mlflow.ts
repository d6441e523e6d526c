// MLflow file-store runs (mlruns/<experiment>/<run>/): meta.yaml says whether the run finished, and each
// metrics/<key> file holds one line per logged value, `<timestamp_ms> <value> <step>`. Keys may contain
// `/`, which MLflow stores as nested folders under metrics/. A run is a folder, so the manifest naming a
// folder is what selects this reader (readMlflowRun); a single file of a run (MLmodel, meta.yaml) is
// recognised by `mlflowFile` in METRICS_FORMATS only to be refused with the folder to point at.

import { createHash } from 'node:crypto';
import type { InputFile, MetricValue, MetricsEvidence } from '../../../types.js';
import type { FileSource } from '../../../files/source.js';
import type { EntryLimits } from '../../../policy/types.js';
import type { EvidenceFormat } from '../../format.js';
import { DEFAULT_ENTRY_LIMITS } from '../../limits.js';
import { decodeText } from '../../../files/text.js';
import { parseText } from '../../document.js';
import { EvidenceError, hasKey, isRecord, runReader, setKey, type ParseResult } from '../../result.js';

export interface MlflowRunFiles {
  /** The text of meta.yaml. */
  meta: string;
  /** Metric key (with `/` for nested folders) -> the text of its file. */
  metrics: Record<string, string>;
}

/** Which file of a run this is, by its name or (for an MLmodel under another name) its keys. */
function runFileKind(doc: Readonly<Record<string, unknown>>, path: string): 'MLmodel' | 'meta' | undefined {
  const name = path.split('/').pop() ?? path;
  if (name === 'MLmodel' || (hasKey(doc, 'flavors') && hasKey(doc, 'artifact_path'))) return 'MLmodel';
  if (name === 'meta.yaml' && hasKey(doc, 'experiment_id') && hasKey(doc, 'lifecycle_stage')) return 'meta';
  return undefined;
}

/**
 * An MLflow run's MLmodel (how to load the model) or meta.yaml is not its metrics: the run folder is.
 * Say so, with the folder when the path shows it, rather than "not a metrics file".
 */
export const mlflowFile: EvidenceFormat<MetricsEvidence> = {
  id: 'mlflow-file',
  detect: (doc, path) => runFileKind(doc, path) !== undefined,
  read: (doc, ctx) => {
    const path = ctx.path;
    const isMLmodel = runFileKind(doc, path) === 'MLmodel';
    // mlruns/<experiment>/<run>/artifacts/<model>/MLmodel, or mlruns/<experiment>/<run>/meta.yaml
    const folder = isMLmodel
      ? /^(.*)\/artifacts\/(?:.*\/)?MLmodel$/.exec(path)?.[1]
      : path.slice(0, -'/meta.yaml'.length);
    const runId = isMLmodel && typeof doc.run_id === 'string' ? doc.run_id : undefined;
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
  },
};

/** MLflow's RunStatus enum, as meta.yaml stores it (a number) or the API spells it. */
const RUN_STATUS: Record<string, string> = {
  '1': 'RUNNING',
  '2': 'SCHEDULED',
  '3': 'FINISHED',
  '4': 'FAILED',
  '5': 'KILLED',
};

/** Reads a run from its files' text. `dir` names the run folder in messages. */
export function parseMlflowRun(files: MlflowRunFiles, dir: string): ParseResult<MetricsEvidence> {
  const metaPath = `${dir}/meta.yaml`;
  const parsedMeta = runReader(
    metaPath,
    () => parseText(files.meta, 'yaml').value,
    () => undefined,
  );
  if (!parsedMeta.ok) return parsedMeta;
  const meta = parsedMeta.evidence;
  const metaCheck = runReader(
    metaPath,
    () => checkFinished(meta),
    () => undefined,
  );
  if (!metaCheck.ok) return metaCheck;

  const metrics: Record<string, MetricValue> = {};
  const notes: string[] = [];
  for (const key of Object.keys(files.metrics).sort()) {
    const result = runReader(
      `${dir}/metrics/${key}`,
      () => latestValue(files.metrics[key], key),
      () => undefined,
    );
    if (!result.ok) return result;
    if (result.evidence === undefined) notes.push(`${key}: the metric file is empty; the metric is treated as absent`);
    else setKey(metrics, key, { value: result.evidence });
  }
  if (Object.keys(metrics).length === 0) {
    return {
      ok: false,
      message: `${dir}: the MLflow run has no metrics (metrics/ is empty or missing); log metrics with mlflow.log_metric`,
    };
  }
  const runName = isRecord(meta) && typeof meta.run_name === 'string' ? meta.run_name : undefined;
  if (runName) notes.push(`MLflow run '${runName}'`);
  return { ok: true, evidence: { source: dir, format: 'mlflow', metrics, slices: {}, notes } };
}

function checkFinished(meta: unknown): void {
  if (!isRecord(meta))
    throw new EvidenceError('meta.yaml is not an MLflow run description (expected keys like run_id and status)');
  if (meta.lifecycle_stage === 'deleted')
    throw new EvidenceError('the MLflow run is deleted (lifecycle_stage: deleted); point to a live run');
  const raw = meta.status;
  const status = RUN_STATUS[String(raw)] ?? (typeof raw === 'string' ? raw.toUpperCase() : undefined);
  if (status === 'FINISHED') return;
  if (raw === undefined)
    throw new EvidenceError('meta.yaml has no status; only a FINISHED run can be evidence', ['status']);
  throw new EvidenceError(
    `the MLflow run's status is ${status ?? String(raw)}${typeof raw === 'number' ? ` (${raw})` : ''}, not FINISHED; evidence must come from a run that completed`,
    ['status'],
  );
}

/** The value with the greatest step, then the greatest timestamp (then the last line); undefined when empty. */
function latestValue(text: string, key: string): number | undefined {
  let best: { step: number; ts: number; value: number } | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const parts = line.split(/\s+/);
    // Old MLflow versions wrote `<timestamp> <value>` without a step.
    if (parts.length < 2 || parts.length > 3) {
      throw new EvidenceError(
        `line ${i + 1} of metric '${key}' is '${line}'; expected '<timestamp_ms> <value> <step>'`,
        undefined,
        i + 1,
      );
    }
    const ts = Number(parts[0]);
    const value = Number(parts[1]);
    const step = parts.length === 3 ? Number(parts[2]) : 0;
    if (!Number.isFinite(ts) || !Number.isFinite(step)) {
      throw new EvidenceError(
        `line ${i + 1} of metric '${key}' is '${line}'; its timestamp and step must be numbers`,
        undefined,
        i + 1,
      );
    }
    if (!Number.isFinite(value)) {
      throw new EvidenceError(
        `metric '${key}' logged ${parts[1]} at step ${step} (line ${i + 1}); log a finite number`,
        undefined,
        i + 1,
      );
    }
    if (!best || step > best.step || (step === best.step && ts >= best.ts)) best = { step, ts, value };
  }
  return best?.value;
}

/** How deep metric keys with `/` may nest, and how many metric files a run may hold. */
const MAX_DEPTH = 16;

/**
 * Lists and reads a run folder through the FileSource, then parses it. Every file read (meta.yaml and
 * each metric file) is added to `inputs` with its sha256, for the decision record.
 */
export async function readMlflowRun(
  source: FileSource,
  dir: string,
  inputs: InputFile[] = [],
  limits: Readonly<EntryLimits> = DEFAULT_ENTRY_LIMITS,
): Promise<ParseResult<MetricsEvidence>> {
  const base = dir.replace(/\/+$/, '');
  const readText = (path: string) => readHashed(source, path, inputs);
  const meta = await readText(`${base}/meta.yaml`);
  if (!meta.ok) {
    return {
      ok: false,
      message: `${base}: not an MLflow run folder (meta.yaml: ${meta.message}); point evaluation.metrics at mlruns/<experiment>/<run>`,
    };
  }
  const metrics: Record<string, string> = {};
  const pending: { folder: string; prefix: string; depth: number }[] = [
    { folder: `${base}/metrics`, prefix: '', depth: 0 },
  ];
  let count = 0;
  while (pending.length > 0) {
    const { folder, prefix, depth } = pending.pop()!;
    const entries = await source.list(folder);
    if (entries === null) continue;
    for (const name of entries) {
      const path = `${folder}/${name}`;
      // A folder is a key prefix (metric keys with `/`); anything else is a metric file.
      if ((await source.list(path)) !== null) {
        if (depth + 1 > MAX_DEPTH)
          return { ok: false, message: `${path}: metric keys nest deeper than ${MAX_DEPTH} folders` };
        pending.push({ folder: path, prefix: `${prefix}${name}/`, depth: depth + 1 });
        continue;
      }
      if (++count > limits.max_metrics)
        return {
          ok: false,
          message: `${base}/metrics: more than ${limits.max_metrics} metric files, the most the policy allows (limits.max_metrics); log fewer metrics, or raise limits.max_metrics in the policy`,
        };
      const text = await readText(path);
      if (!text.ok) return { ok: false, message: `${path}: ${text.message}` };
      setKey(metrics, `${prefix}${name}`, text.text);
    }
  }
  return parseMlflowRun({ meta: meta.text, metrics }, base);
}

async function readHashed(
  source: FileSource,
  path: string,
  inputs: InputFile[],
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const read = await source.read(path);
  if (!read.ok) return { ok: false, message: read.message };
  inputs.push({ path, sha256: createHash('sha256').update(read.bytes).digest('hex') });
  // An empty metric file is legal (nothing logged yet): the parser reports it as absent.
  if (read.bytes.length === 0) return { ok: true, text: '' };
  return decodeText(read.bytes);
}
