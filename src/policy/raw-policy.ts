// The policy as written, after schema validation and before tiers are resolved.

import { isRecord } from '../evidence/result.js';
import type { ColumnType } from '../types.js';
import type { SliceRule } from './types.js';

// Raw shapes after schema validation (optional everywhere: the schema checked the types).
export interface RawMetric {
  min?: number;
  max?: number;
  max_drop?: number | string;
  max_increase?: number | string;
  significance?: number;
}
export interface RawDrift {
  method?: string;
  feature_threshold?: number | Record<string, number>;
  max_drifted_share?: number;
  columns?: Record<string, ColumnType>;
  type_inference?: 'evidently-0.7' | 'legacy';
}
export interface RawTier {
  extends?: string;
  require?: string[];
  metrics?: Record<string, RawMetric>;
  slices?: Record<string, SliceRule>;
  drift?: RawDrift;
  lifecycle?: { max_review_days?: number };
  approvals?: { min?: number; from?: string[]; require_latest_commit?: boolean };
}
export interface RawPolicy {
  apiVersion: string;
  manifests?: string[];
  owners?: string[];
  protected?: string[];
  tiers: { default: string } & Record<string, RawTier | string>;
  waivers?: { max_days?: number };
  limits?: { max_file_mb?: number; max_metrics?: number; max_slices?: number; max_features?: number };
}

export function tierNames(data: Record<string, unknown>): string[] {
  const tiers = data.tiers;
  return isRecord(tiers) ? Object.keys(tiers).filter((k) => k !== 'default' && isRecord(tiers[k])) : [];
}
