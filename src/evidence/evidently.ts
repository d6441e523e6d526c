// Evidently's saved JSON, in the three shapes it has had:
// - legacy Report.json(): metrics: [{ metric: "DataDriftTable" | "ColumnDriftMetric" | "DatasetDriftMetric", result }]
// - legacy TestSuite.json(): tests: [{ name, status, parameters: { features: { col: { stattest, score, threshold, detected } } } }]
// - 0.7+ snapshot dict(): metrics: [{ id, metric_id: "ValueDrift(column=age)" (0.7.0-0.7.15) or
//   metric_name + config (>= 0.7.16), value }], tests: [{ name, status, description, metric_config }]
// Stattest names are display names ("K-S p_value", "Wasserstein distance (normed)"): buildFeature maps them.

import type { DriftEvidence, DriftFeature } from '../types.js';
import { buildFeature, columnType, type RawFeature } from './drift-feature.js';
import { evidentlyHistogram } from './histogram.js';
import { requireCount, requireNumber } from './metric-values.js';
import { EvidenceError, isFiniteNumber, isRecord, type DocPath } from './result.js';

type Doc = Record<string, unknown>;
type Dataset = NonNullable<DriftEvidence['dataset']>;

const TOOL = 'Evidently';

/** Short class name of "DataDriftTable" or "evidently:metric:DataDriftTable". */
const shortType = (t: unknown): string => (typeof t === 'string' ? (t.split(':').pop() ?? t) : '');

/** Collects features by name, keeping the first one a report gives for a column. */
class FeatureSet {
  readonly list: DriftFeature[] = [];
  private readonly names = new Set<string>();
  constructor(private readonly notes: string[]) {}
  add(raw: RawFeature, at: DocPath): void {
    if (this.names.has(raw.name)) {
      this.notes.push(`${raw.name}: the report gives this column's drift more than once; the first is used`);
      return;
    }
    this.names.add(raw.name);
    this.list.push(buildFeature(raw, at, TOOL, this.notes));
  }
}

function readDataset(
  drifted: unknown,
  total: unknown,
  share: unknown,
  at: DocPath,
  names: [string, string, string],
  from: string,
): Dataset {
  const d = requireCount(drifted, [...at, names[0]]);
  const t = requireCount(total, [...at, names[1]]);
  const s = share === undefined ? (t > 0 ? d / t : 0) : requireNumber(share, [...at, names[2]]);
  if (d > t) throw new EvidenceError(`${names[0]} (${d}) is more than ${names[1]} (${t})`, at);
  return { drifted: d, total: t, share: s, from };
}

// ---- legacy Report ----

export function isEvidentlyLegacyReport(doc: Doc): boolean {
  return (
    Array.isArray(doc.metrics) && doc.metrics.some((m) => isRecord(m) && typeof m.metric === 'string' && 'result' in m)
  );
}

export function readEvidentlyLegacyReport(doc: Doc, source: string): DriftEvidence {
  const notes: string[] = [];
  const features = new FeatureSet(notes);
  let dataset: Dataset | undefined;
  let tableDataset: Dataset | undefined;
  let rebinned = false;
  const seen: string[] = [];
  const column = (r: Doc, fallbackName: string, at: DocPath): void => {
    const hist = evidentlyHistogram(r.reference, r.current);
    rebinned ||= hist?.rebinned ?? false;
    features.add(
      {
        name: typeof r.column_name === 'string' ? r.column_name : fallbackName,
        method: typeof r.stattest_name === 'string' ? r.stattest_name : undefined,
        score: r.drift_score,
        threshold: r.stattest_threshold,
        type: columnType(r.column_type),
        drifted: typeof r.drift_detected === 'boolean' ? r.drift_detected : undefined,
        histogram: hist?.histogram,
        keys: { score: 'drift_score', threshold: 'stattest_threshold' },
      },
      at,
    );
  };
  (doc.metrics as unknown[]).forEach((m, i) => {
    if (!isRecord(m)) return;
    const type = shortType(m.metric);
    seen.push(type);
    const at = ['metrics', i, 'result'];
    const r = m.result;
    if (!isRecord(r)) return;
    if (type === 'ColumnDriftMetric') column(r, `column ${i}`, at);
    else if (type === 'DataDriftTable') {
      if (!isRecord(r.drift_by_columns)) throw new EvidenceError('DataDriftTable has no drift_by_columns', at);
      for (const [name, col] of Object.entries(r.drift_by_columns)) {
        if (isRecord(col)) column(col, name, [...at, 'drift_by_columns', name]);
      }
      tableDataset = readDataset(
        r.number_of_drifted_columns,
        r.number_of_columns,
        r.share_of_drifted_columns,
        at,
        ['number_of_drifted_columns', 'number_of_columns', 'share_of_drifted_columns'],
        'DataDriftTable',
      );
    } else if (type === 'DatasetDriftMetric') {
      dataset = readDataset(
        r.number_of_drifted_columns,
        r.number_of_columns,
        r.share_of_drifted_columns,
        at,
        ['number_of_drifted_columns', 'number_of_columns', 'share_of_drifted_columns'],
        'DatasetDriftMetric',
      );
      if (r.drift_share !== undefined) dataset.threshold = requireNumber(r.drift_share, [...at, 'drift_share']);
    }
  });
  dataset ??= tableDataset;
  if (features.list.length === 0 && !dataset) {
    throw new EvidenceError(
      `the Evidently report has no drift metric (DataDriftTable, ColumnDriftMetric or DatasetDriftMetric); it has: ${seen.join(', ') || 'none'}. Add DataDriftPreset() or DataDriftTable() to the report`,
    );
  }
  if (features.list.length === 0) notes.push('the report gives only the dataset summary, no per-column drift');
  if (rebinned)
    notes.push(
      'numeric histograms are redrawn on common bins: Evidently saves reference and current on bins of their own',
    );
  return { source, format: 'evidently-legacy', features: features.list, ...(dataset ? { dataset } : {}), notes };
}

// ---- legacy TestSuite ----

export function isEvidentlyTestSuite(doc: Doc): boolean {
  return (
    !Array.isArray(doc.metrics) &&
    Array.isArray(doc.tests) &&
    doc.tests.some((t) => isRecord(t) && typeof t.name === 'string' && ('parameters' in t || 'group' in t))
  );
}

export function readEvidentlyTestSuite(doc: Doc, source: string): DriftEvidence {
  const notes: string[] = [];
  const features = new FeatureSet(notes);
  let dataset: Dataset | undefined;
  let driftTests = 0;
  (doc.tests as unknown[]).forEach((t, i) => {
    if (!isRecord(t) || !isRecord(t.parameters)) return;
    const p = t.parameters;
    const at = ['tests', i, 'parameters'];
    const name = typeof t.name === 'string' ? t.name : `test ${i}`;
    const isTable = isRecord(p.features) && Object.values(p.features).some((f) => isRecord(f) && 'stattest' in f);
    const isColumn = 'stattest' in p;
    if (!isTable && !isColumn) return;
    driftTests++;
    if (t.status === 'ERROR') {
      throw new EvidenceError(
        `Evidently could not run the test '${name}' (status ERROR: ${String(t.description ?? '')}); fix the test suite and save it again`,
        ['tests', i],
      );
    }
    const fromParam = (f: Doc, col: string, fat: DocPath): void =>
      features.add(
        {
          name: col,
          method: typeof f.stattest === 'string' ? f.stattest : undefined,
          score: f.score,
          threshold: f.threshold,
          drifted: typeof f.detected === 'boolean' ? f.detected : undefined,
        },
        fat,
      );
    if (isTable) {
      const cols = Object.entries(p.features as Doc).filter((e): e is [string, Doc] => isRecord(e[1]));
      cols.forEach(([col, f]) => fromParam(f, col, [...at, 'features', col]));
      const drifted = cols.filter(([, f]) => f.detected === true).length;
      // TestShareOfDriftedColumns' condition is on the share; TestNumberOfDriftedColumns' on the count.
      const condition = isRecord(p.condition) ? (p.condition.lt ?? p.condition.lte) : undefined;
      const onShare = /share/i.test(name);
      if (!dataset || onShare) {
        dataset = { drifted, total: cols.length, share: cols.length > 0 ? drifted / cols.length : 0 };
        if (onShare && isFiniteNumber(condition)) dataset.threshold = condition;
      }
    } else {
      const described = typeof t.description === 'string' ? /\*\*(.+?)\*\*/.exec(t.description)?.[1] : undefined;
      const col = typeof p.column_name === 'string' ? p.column_name : described;
      if (!col) throw new EvidenceError(`the test '${name}' does not say which column it checked`, ['tests', i]);
      fromParam(p, col, at);
    }
  });
  if (driftTests === 0) {
    throw new EvidenceError(
      'the Evidently test suite has no drift test (TestShareOfDriftedColumns, TestNumberOfDriftedColumns or TestColumnDrift); add one, or save a Report with DataDriftPreset() instead',
    );
  }
  notes.push("Evidently's test suite rounds drift scores to 3 decimals");
  return { source, format: 'evidently-testsuite', features: features.list, ...(dataset ? { dataset } : {}), notes };
}

// ---- 0.7+ snapshot ----

export function isEvidentlySnapshot(doc: Doc): boolean {
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

export function readEvidentlySnapshot(doc: Doc, source: string): DriftEvidence {
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
