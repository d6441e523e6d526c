// The policy and the manifest after loading: validated, tiers resolved, positions kept so that every
// finding can point at the line a user wrote.

import type { ColumnType, Finding } from '../types.js';

/** An allowed change: absolute (`0.01`) or relative (`2%`, stored as 0.02). */
export interface Tolerance {
  kind: 'absolute' | 'relative';
  value: number;
  /** As the policy wrote it, for messages. */
  text: string;
}

export interface MetricRule {
  min?: number;
  max?: number;
  /** For metrics where higher is better. */
  max_drop?: Tolerance;
  /** For metrics where lower is better. */
  max_increase?: Tolerance;
  /** Significance level for regression tests (issue 5); undefined = point comparison only. */
  significance?: number;
}

export interface SliceRule {
  min?: number;
  max?: number;
  max_gap?: number;
}

export interface DriftRule {
  /** `auto` or a canonical method id (src/drift/methods.ts). */
  method: string;
  /** A number (applies to `method`, or to distance methods when method is auto; docs/policy.md) or a map by method id. */
  feature_threshold?: number | Record<string, number>;
  max_drifted_share?: number;
  /** Column type overrides for drift computed from samples. */
  columns?: Record<string, ColumnType>;
  /** Column type inference for samples: Evidently 0.7's (default) or the gate's earlier rule. */
  type_inference?: 'evidently-0.7' | 'legacy';
}

/** How many entries one evidence file may hold (the policy's `limits`), so a huge file fails fast and clearly. */
export interface EntryLimits {
  /** Metric values in one metrics file, slice values included. */
  max_metrics: number;
  /** Slices in one metrics file. */
  max_slices: number;
  /** Features in one drift report, or columns compared from samples. */
  max_features: number;
}

export interface Tier {
  name: string;
  /** The tier this one inherits from: this one is at least as strict. */
  extends?: string;
  /** Dotted manifest paths that must be present and non-empty. `monitoring.*` ones report as monitoring.required. */
  require: string[];
  metrics: Record<string, MetricRule>;
  slices: Record<string, SliceRule>;
  drift?: DriftRule;
  lifecycle?: { max_review_days?: number };
  approvals?: { min: number; from: string[]; require_latest_commit?: boolean };
}

export interface Policy {
  apiVersion: string;
  /** Repository-relative path it was read from, or `built-in`. */
  source: string;
  builtin: boolean;
  sha256: string;
  manifests: string[];
  owners: string[];
  protected: string[];
  defaultTier: string;
  tiers: Record<string, Tier>;
  waivers: { max_days: number };
  limits: { max_file_bytes: number } & EntryLimits;
  /** Position of a dotted path in the policy file (e.g. `tiers.high.metrics.auc.min`). */
  positionOf(path: (string | number)[]): { line: number; column: number } | undefined;
}

export interface Waiver {
  rule: string;
  subject?: string;
  reason?: string;
  ticket?: string;
  approved_by?: string;
  /** YYYY-MM-DD as written; validity is the waiver rule's concern. */
  expires?: string;
  /** Index in the manifest's `waivers` list, for positions. */
  index: number;
}

export interface Manifest {
  apiVersion: string;
  model: {
    name: string;
    version: string;
    owner?: string;
    risk_tier?: string;
    intended_use?: string;
    limitations?: string;
    [k: string]: unknown;
  };
  training_data?: Record<string, unknown>;
  evaluation?: {
    /** A path (relative to the manifest), or metrics written inline. */
    metrics?: string | Record<string, unknown>;
    /** Which model-index result to use when a Hugging Face card has several. */
    dataset?: string;
    [k: string]: unknown;
  };
  drift?: {
    report?: string;
    reference?: string;
    current?: string;
    columns?: Record<string, ColumnType>;
    [k: string]: unknown;
  };
  monitoring?: Record<string, unknown>;
  lifecycle?: { status?: 'active' | 'deprecated' | 'retired'; review_by?: string; [k: string]: unknown };
  waivers: Waiver[];
  /** The whole document as parsed, for `require` lookups of any dotted path. */
  data: Record<string, unknown>;
}

export interface LoadedManifest {
  /** Repository-relative path. */
  path: string;
  /** null when it could not be read or is invalid; then `findings` says why. */
  manifest: Manifest | null;
  /** `manifest.invalid` findings with file and line. */
  findings: Finding[];
  sha256?: string;
  positionOf(path: (string | number)[]): { line: number; column: number } | undefined;
}
