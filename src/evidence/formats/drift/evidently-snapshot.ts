// Evidently 0.7+ snapshots, as snapshot.dict() / save_json() write them, in both forms:
// metrics: [{ id, metric_id: "ValueDrift(column=age)" (0.7.0-0.7.15) or metric_name + config (>= 0.7.16),
// value }], tests: [{ name, status, description, metric_config }].
// A snapshot saved with report.save() (`suite`, `metric_ids`) is recognised only to be refused.

import type { DriftEvidence } from '../../../types.js';
import type { EvidenceFormat } from '../../format.js';
import { requireCount, requireNumber } from '../../metric-values.js';
import { EvidenceError, isFiniteNumber, isRecord, type DocPath } from '../../result.js';
import { FeatureSet, shortType, type Dataset, type Doc } from './evidently-common.js';

export const evidentlySnapshot: EvidenceFormat<DriftEvidence> = {
  id: 'evidently-0.7',
  detect: (doc) => isEvidentlySnapshot(doc),
  read: (doc, ctx) => readEvidentlySnapshot(doc, ctx.path),
};

/** report.save() writes the snapshot's inputs, not its results: the gate cannot judge it. */
export const evidentlySavedSnapshot: EvidenceFormat<DriftEvidence> = {
  id: 'evidently-saved-snapshot',
  detect: (doc) => isRecord(doc.suite) && 'metric_ids' in doc,
  read: () => {
    throw new EvidenceError(
      "this is an Evidently snapshot saved with report.save(); save the report's results with report.save_json(...) or json() instead",
    );
  },
};

function isEvidentlySnapshot(doc: Readonly<Doc>): boolean {
  return (
    Array.isArray(doc.metrics) &&
    doc.metrics.some(
      (m) =>
        isRecord(m) &&
        'value' in m &&
        (typeof m.metric_id === 'string' || typeof m.metric_name === 'string' || isRecord(m.config)),
    )
  );
}

/** "ValueDrift(column=age,method=K-S p_value,threshold=0.05)" -> kind and arguments (values as text). */
export function parseMetricCall(text: string): { kind: string; args: Record<string, string> } {
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) return { kind: text, args: {} };
  const args: Record<string, string> = {};
  const inner = text.slice(open + 1, -1);
  // Split only at commas that start another `name=`: values (method names, column lists) may hold commas.
  for (const part of inner === '' ? [] : inner.split(/,(?=[A-Za-z_][A-Za-z0-9_]*=)/)) {
    const eq = part.indexOf('=');
    if (eq > 0) args[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return { kind: text.slice(0, open), args };
}

interface DriftTest {
  status: unknown;
  description: string;
}

const TEST_DESCRIPTION = /The drift detection method is (.+?)\. The drift threshold is (-?\d+(?:\.\d+)?)/;

function readEvidentlySnapshot(doc: Doc, source: string): DriftEvidence {
  const notes: string[] = [];
  const features = new FeatureSet(notes);
  const tests = snapshotDriftTests(doc.tests);
  let counted: { count: number; share: number; threshold: number; at: DocPath } | undefined;
  const kinds: string[] = [];
  let valueDrifts = 0;
  (doc.metrics as unknown[]).forEach((m, i) => {
    if (!isRecord(m)) return;
    const at = ['metrics', i];
    let kind: string;
    let params: Record<string, unknown>;
    if (isRecord(m.config)) {
      kind = shortType(m.config.type);
      params = m.config;
    } else {
      const call = parseMetricCall(String(m.metric_name ?? m.metric_id ?? ''));
      kind = call.kind;
      params = call.args;
    }
    kinds.push(kind);
    if (kind === 'ValueDrift') {
      valueDrifts++;
      const column = typeof params.column === 'string' ? params.column : undefined;
      if (!column) throw new EvidenceError('a ValueDrift metric does not name its column', at);
      let method = typeof params.method === 'string' ? params.method : undefined;
      let threshold = toNumber(params.threshold);
      const test = tests.get(column);
      if (test && (method === undefined || threshold === undefined)) {
        // Without method= in the config, only the test's description says which method Evidently chose.
        const described = TEST_DESCRIPTION.exec(test.description);
        if (described) {
          method ??= described[1];
          if (threshold === undefined && Number(described[2]) > 0) {
            threshold = Number(described[2]);
            notes.push(
              `${column}: threshold ${threshold} read from the test description (Evidently rounds it to 2 decimals there)`,
            );
          }
        }
      }
      features.add(
        {
          name: column,
          method,
          score: m.value,
          threshold,
          drifted: test?.status === 'FAIL' ? true : test?.status === 'SUCCESS' ? false : undefined,
          keys: { score: 'value' },
        },
        at,
      );
    } else if (kind === 'DriftedColumnsCount') {
      const value = isRecord(m.value) ? m.value : {};
      counted = {
        count: requireCount(value.count, [...at, 'value', 'count']),
        share: requireNumber(value.share, [...at, 'value', 'share']),
        threshold: toNumber(params.drift_share) ?? 0.5,
        at,
      };
    }
  });
  if (valueDrifts === 0 && !counted) {
    throw new EvidenceError(
      `the Evidently snapshot has no drift metric (ValueDrift or DriftedColumnsCount); it has: ${kinds.join(', ') || 'none'}. Add DataDriftPreset() to the report`,
    );
  }
  let dataset: Dataset | undefined;
  if (counted) {
    const total = counted.share > 0 ? Math.round(counted.count / counted.share) : features.list.length;
    dataset = {
      drifted: counted.count,
      total,
      share: counted.share,
      threshold: counted.threshold,
      from: 'DriftedColumnsCount',
    };
  }
  if (features.list.length === 0)
    notes.push('the snapshot gives only the count of drifted columns, no per-column drift');
  return { source, format: 'evidently-0.7', features: features.list, ...(dataset ? { dataset } : {}), notes };
}

/** The default "Value Drift for column X" tests, by column. */
function snapshotDriftTests(raw: unknown): Map<string, DriftTest> {
  const out = new Map<string, DriftTest>();
  if (!Array.isArray(raw)) return out;
  for (const t of raw) {
    if (!isRecord(t) || typeof t.name !== 'string') continue;
    const named = /^Value Drift for column (.+)$/.exec(t.name)?.[1];
    const params = isRecord(t.metric_config) && isRecord(t.metric_config.params) ? t.metric_config.params : {};
    const column = typeof params.column === 'string' ? params.column : named;
    if (column && named !== undefined) {
      out.set(column, { status: t.status, description: typeof t.description === 'string' ? t.description : '' });
    }
  }
  return out;
}

function toNumber(raw: unknown): number | undefined {
  if (isFiniteNumber(raw)) return raw;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  return undefined;
}
