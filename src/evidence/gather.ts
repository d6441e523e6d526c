// Reads the evidence one manifest points to, through a FileSource: metrics (file, MLflow run folder or
// inline), a drift report, or samples the gate compares itself. Every problem becomes an
// `evidence.missing` finding that points at the manifest line naming the file; nothing throws.

import { createHash } from 'node:crypto';
import { computeDrift } from '../drift/compute.js';
import { resolveReference } from '../files/paths.js';
import type { FileSource } from '../files/source.js';
import { decodeText } from '../files/text.js';
import type { DriftRule, EntryLimits, LoadedManifest, Manifest } from '../policy/types.js';
import { DEFAULT_ENTRY_LIMITS } from './limits.js';
import type { DriftEvidence, Finding, MetricsEvidence } from '../types.js';
import { parseDriftReport } from './drift-report.js';
import { parseInlineMetrics, parseMetricsFile, readMlflowRun } from './metrics.js';
import { isParquet, readSamples } from './samples.js';

type Field = (string | number)[];
type Referenced = { path: string; text: string; bytes: Buffer } | { path: string; directory: true };
type ReferencedBytes = { path: string; bytes: Buffer } | { path: string; directory: true };

const FIX_BY_REASON: Record<string, (path: string, field: string) => string> = {
  missing: (path, field) => `Commit ${path}, or correct ${field}.`,
  outside: () => 'Evidence must be a regular file inside the repository (no links that leave it).',
  'too-large': () => 'Keep evidence files small (summaries, not raw data), or raise limits.max_file_mb in the policy.',
};

export class EvidenceReader {
  /** evidence.missing findings, in the order the problems were met. */
  readonly findings: Finding[] = [];
  /** Files read, with their sha256, for the decision record. */
  readonly inputs: { path: string; sha256: string }[] = [];

  constructor(
    private readonly source: FileSource,
    private readonly loaded: LoadedManifest,
    private readonly limits: Readonly<EntryLimits> = DEFAULT_ENTRY_LIMITS,
  ) {}

  /** Records an evidence.missing finding at the manifest field that names the evidence; returns null. */
  private missing(subject: string, field: Field, message: string, fix: string): null {
    const pos = this.loaded.positionOf(field);
    this.findings.push({
      rule: 'evidence.missing',
      status: 'fail',
      subject,
      message,
      fix,
      file: this.loaded.path,
      line: pos?.line,
      column: pos?.column,
    });
    return null;
  }

  /** One referenced file as text (or a folder); says why not, and returns null, when it cannot be read. */
  private async referenced(ref: string, subject: string, field: Field): Promise<Referenced | null> {
    const file = await this.referencedBytes(ref, subject, field);
    if (!file || 'directory' in file) return file;
    return this.asText(file, subject, field);
  }

  /** A drift sample: Parquet as bytes, anything else checked as text like every other evidence file. */
  private async sample(ref: string, field: Field): Promise<ReferencedBytes | null> {
    const file = await this.referencedBytes(ref, 'drift', field);
    if (!file || 'directory' in file || isParquet(file.bytes, file.path)) return file;
    return this.asText(file, 'drift', field);
  }

  private asText(file: { path: string; bytes: Buffer }, subject: string, field: Field): Referenced | null {
    const text = decodeText(file.bytes);
    if (!text.ok)
      return this.missing(
        subject,
        field,
        `${file.path}: ${text.message}`,
        `Regenerate ${file.path} as UTF-8 JSON or YAML.`,
      );
    return { path: file.path, text: text.text, bytes: file.bytes };
  }

  /** One referenced file's bytes, text or binary (Parquet samples), or a folder. */
  private async referencedBytes(ref: string, subject: string, field: Field): Promise<ReferencedBytes | null> {
    const name = field.join('.');
    const resolved = resolveReference(this.loaded.path, ref);
    if (!resolved.ok)
      return this.missing(
        subject,
        field,
        `${name}: ${resolved.message}`,
        'Point it at a file inside the repository, relative to the manifest.',
      );
    const read = await this.source.read(resolved.path);
    if (!read.ok) {
      if (read.reason === 'not-a-file' && (await this.source.list(resolved.path)) !== null)
        return { path: resolved.path, directory: true };
      const fix = FIX_BY_REASON[read.reason]?.(resolved.path, name) ?? `Check that ${resolved.path} can be read.`;
      return this.missing(subject, field, `${name}: ${read.message}`, fix);
    }
    this.inputs.push({ path: resolved.path, sha256: createHash('sha256').update(read.bytes).digest('hex') });
    return { path: resolved.path, bytes: read.bytes };
  }

  /** undefined: the manifest names no metrics; null: it names them and they cannot be read. */
  async metrics(manifest: Manifest): Promise<MetricsEvidence | null | undefined> {
    const spec = manifest.evaluation?.metrics;
    if (spec === undefined) return undefined;
    const field = ['evaluation', 'metrics'];
    const subject = 'evaluation.metrics';
    if (typeof spec !== 'string') {
      const parsed = parseInlineMetrics(spec, this.loaded.path, this.limits);
      return parsed.ok
        ? parsed.evidence
        : this.missing(
            subject,
            field,
            `${this.loaded.path}: ${parsed.message}`,
            'Write each metric as a number, or { value, ci, n }.',
          );
    }
    const file = await this.referenced(spec, subject, field);
    if (!file) return null;
    if ('directory' in file) {
      const run = await readMlflowRun(this.source, file.path, this.inputs, this.limits);
      return run.ok
        ? run.evidence
        : this.missing(
            subject,
            field,
            run.message,
            'Point evaluation.metrics at a finished MLflow run folder (meta.yaml and metrics/).',
          );
    }
    // The readers' messages already start with the file and line.
    const parsed = parseMetricsFile(file.text, file.path, {
      dataset: manifest.evaluation?.dataset,
      limits: this.limits,
    });
    return parsed.ok
      ? parsed.evidence
      : this.missing(
          subject,
          field,
          parsed.message,
          parsed.fix ?? `Fix ${file.path} so it is a metrics file the gate reads (see docs/evidence-formats.md).`,
        );
  }

  /** undefined: the manifest names no drift evidence; null: it does and it cannot be read. */
  async drift(manifest: Manifest, rule: DriftRule | undefined): Promise<DriftEvidence | null | undefined> {
    const spec = manifest.drift;
    if (!spec) return undefined;
    if (spec.report !== undefined) {
      const field = ['drift', 'report'];
      const file = await this.referenced(spec.report, 'drift', field);
      if (!file) return null;
      if ('directory' in file)
        return this.missing(
          'drift',
          field,
          `drift.report: ${file.path} is a folder, not a report file`,
          'Point drift.report at the report file.',
        );
      const parsed = parseDriftReport(file.text, file.path, this.limits);
      return parsed.ok
        ? parsed.evidence
        : this.missing(
            'drift',
            field,
            parsed.message,
            `Fix ${file.path} so it is a drift report the gate reads (see docs/evidence-formats.md).`,
          );
    }
    if (spec.reference === undefined || spec.current === undefined)
      return this.missing(
        'drift',
        ['drift'],
        `${this.loaded.path}: drift needs either report, or both reference and current`,
        'Add drift.report, or drift.reference and drift.current.',
      );
    const ref = await this.sample(spec.reference, ['drift', 'reference']);
    const cur = await this.sample(spec.current, ['drift', 'current']);
    if (!ref || !cur) return null;
    if ('directory' in ref || 'directory' in cur)
      return this.missing(
        'drift',
        ['drift'],
        'drift.reference and drift.current must be files',
        'Point them at CSV, JSON lines or Parquet files.',
      );
    try {
      const [refTable, curTable] = await Promise.all([
        readSamples(ref.bytes, { source: ref.path }),
        readSamples(cur.bytes, { source: cur.path }),
      ]);
      for (const table of [refTable, curTable]) {
        const max = this.limits.max_features;
        if (table.columns.length > max)
          return this.missing(
            'drift',
            ['drift'],
            `${table.source}: ${table.columns.length} columns, more than the ${max} features the policy allows (limits.max_features)`,
            'Compare only the model input features, or raise limits.max_features in the policy.',
          );
      }
      const evidence = computeDrift(refTable, curTable, {
        method: rule?.method ?? 'auto',
        columns: { ...(rule?.columns ?? {}), ...(spec.columns ?? {}) },
        datasetShare: rule?.max_drifted_share,
        typeInference: rule?.type_inference,
      });
      return { ...evidence, source: `${ref.path} vs ${cur.path}` };
    } catch (e) {
      // SampleFormatError names the file and line; anything else is still the samples' fault, not the gate's.
      return this.missing(
        'drift',
        ['drift'],
        (e as Error).message,
        'Fix the sample files (CSV with a header row, JSON lines, or Parquet with flat columns).',
      );
    }
  }
}
