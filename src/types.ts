// Shared vocabulary of the engine: findings, decisions, evidence and the decision record.
// Everything here is plain data so that the engine stays pure and the record serialises as is.

export type Status = 'pass' | 'fail' | 'warn' | 'waived';
export type Decision = 'go' | 'conditional' | 'blocked';

export const RULE_IDS = [
  'manifest.invalid',
  'manifest.required',
  'evidence.missing',
  'evidence.stale',
  'metrics.threshold',
  'metrics.regression',
  'metrics.slice',
  'drift.feature',
  'drift.dataset',
  'monitoring.required',
  'lifecycle.review',
  'lifecycle.retired',
  'approvals.required',
  'waiver.invalid',
  'policy.protected',
  'release.risk_tier_lowered',
  'release.removed',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A place in a file a user wrote, 1-based. */
export interface SourcePosition {
  file: string;
  line: number;
  column?: number;
}

export interface WaiverApplied {
  ticket: string;
  approved_by: string;
  expires: string; // YYYY-MM-DD
  days_left: number;
  reason: string;
  /** false on the command line: nobody checked that approved_by really approved. */
  approval_verified: boolean;
  /** Set when the waiver names no subject: it covers every failure of its rule for this model. */
  whole_rule?: boolean;
}

export interface Finding {
  rule: RuleId;
  status: Status;
  /** What the finding is about: a metric, a feature, a field, a slice, a waiver. */
  subject?: string;
  actual?: number | string | null;
  expected?: string;
  message: string;
  /** How to fix it, in one sentence a user can act on. */
  fix?: string;
  file?: string;
  line?: number;
  column?: number;
  /** Set when status is `waived`. */
  waiver?: WaiverApplied;
  /** metrics.regression with `significance`: the test that judged the drop and its result. */
  significance?: SignificanceResult;
}

/** Which test told a real regression from noise, so that a reviewer can recompute it. */
export interface SignificanceResult {
  /** "two-proportion z-test (pooled, one-sided)", "confidence interval", or "point estimate" when no test applied. */
  test: string;
  alpha: number;
  /** The test's z statistic and one-sided p-value (the z-test only). */
  statistic?: number;
  p_value?: number;
  /** Sample sizes used (the z-test only). */
  n?: { candidate: number; baseline: number };
  /** Whether the drop is beyond noise; undefined when no test could tell. */
  significant?: boolean;
}

// ---- Evidence ----

export interface MetricValue {
  value: number;
  ci?: [number, number];
  /** Sample size behind this value, when the evidence gives one. */
  n?: number;
}

export type MetricsFormat = 'generic' | 'flat' | 'huggingface' | 'mlflow' | 'inline';

export interface MetricsEvidence {
  /** Repository-relative path, or the manifest's path for inline metrics. */
  source: string;
  format: MetricsFormat;
  modelVersion?: string;
  sampleSize?: number;
  metrics: Record<string, MetricValue>;
  slices: Record<string, Record<string, MetricValue>>;
  /** Things the reader decided that a user should know (a value "10.08%" read as 0.1008, ...). */
  notes: string[];
}

export type ColumnType = 'numeric' | 'categorical';

export interface Histogram {
  /** Bin labels (category names or "[a, b)" ranges), same order as the counts. */
  labels: string[];
  reference: number[];
  current: number[];
}

export interface DriftFeature {
  name: string;
  type?: ColumnType;
  /** Canonical method name (see src/drift/methods.ts). */
  method: string;
  /** The method's score: a p-value for p-value methods, a distance otherwise. null when the tool gave none. */
  score: number | null;
  /** Threshold as the evidence gave it (the policy may override it). */
  threshold?: number;
  /** Drift as the evidence judged it (informative; the gate judges again). */
  drifted?: boolean;
  /** KS statistic D (its score is the p-value). */
  statistic?: number;
  histogram?: Histogram;
  missing?: { reference: number; current: number };
  rows?: { reference: number; current: number };
}

export type DriftFormat =
  'generic' | 'evidently-legacy' | 'evidently-0.7' | 'evidently-testsuite' | 'whylogs' | 'computed';

export interface DriftEvidence {
  source: string;
  format: DriftFormat;
  modelVersion?: string;
  features: DriftFeature[];
  /**
   * The report's own count of drifted columns. `from` names where it was read (DatasetDriftMetric,
   * DataDriftTable, DriftedColumnsCount, dataset): a report can judge more columns than it lists.
   */
  dataset?: { drifted: number; total: number; share: number; threshold?: number; from?: string };
  notes: string[];
}

// ---- The decision record (docs/github.md "The decision record as audit evidence") ----

export interface ModelReport {
  manifest: string;
  name: string;
  version: string;
  risk_tier: string;
  decision: Decision;
  findings: Finding[];
  /** Metrics of this release beside the baseline's, for the comment. */
  metrics?: MetricComparison[];
  /** The most drifted features first: every drifted one, topped up with the closest calls. */
  drift?: DriftFeatureResult[];
  /** The counts behind drift.dataset, so that every renderer states the numbers the finding used. */
  drift_summary?: DriftSummary;
  waivers?: WaiverApplied[];
  /** What the evidence readers converted or decided on the way (a "10.08%" read as 10.08, a NaN score). */
  notes?: EvidenceNote[];
  /** Gates passed of total, by rule family (metrics, drift, ...). */
  scorecard?: Record<string, { passed: number; total: number }>;
  baseline?: { manifest: string; version?: string } | null;
}

export interface MetricComparison {
  name: string;
  slice?: string;
  value: number;
  baseline?: number;
  delta?: number;
  /** 'higher' when bigger is better. */
  better: 'higher' | 'lower';
}

export interface DriftFeatureResult {
  name: string;
  type?: ColumnType;
  method: string;
  score: number | null;
  threshold: number;
  direction: 'below' | 'above';
  drifted: boolean;
  /** How far past the threshold, normalised so features of different methods can be ranked. */
  severity: number;
  histogram?: Histogram;
}

/** Something a reader decided while reading evidence that a reviewer should know. */
export interface EvidenceNote {
  /** The evidence file (or files) the note is about. */
  source: string;
  message: string;
  /** Set for the production baseline's evidence. */
  baseline?: boolean;
}

export interface DriftSummary {
  /** Drifted of total, as drift.dataset counted them. */
  drifted: number;
  total: number;
  share: number;
  /** The policy's max_drifted_share, when the tier has drift rules. */
  limit?: number;
  /** 'features' when each counted feature was judged here; else the report's summary the counts came from. */
  counted_from: string;
  /** Features the report lists, each judged here (the rows of the drift table before it is cut). */
  features: number;
}

export interface InputFile {
  path: string;
  sha256: string;
  source?: 'baseline';
}

export interface Report {
  schema: 'model-release-gate/report/v1';
  decision: Decision;
  evaluated_at: string;
  policy: { source: string; ref?: string; sha256: string; builtin: boolean };
  models: ModelReport[];
  /** Every file read; `source: 'baseline'` for the production version the release was compared with. */
  inputs: InputFile[];
  /** Findings about the pull request as a whole, not one model (policy.protected). */
  findings?: Finding[];
  /** Set when the gate found nothing to evaluate. */
  summary?: string;
  /** Extra context where the caller has it (GitHub run, commits). */
  context?: Record<string, unknown>;
}
