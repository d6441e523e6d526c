// What a policy means where it says nothing: one place, read by loading and by tier resolution.

import { DEFAULT_ENTRY_LIMITS } from '../evidence/limits.js';
import { DEFAULT_DRIFTED_SHARE } from '../drift/methods.js';

export const POLICY_DEFAULTS = {
  manifests: ['**/model-release.yml'],
  waiverMaxDays: 90,
  maxFileMb: 50,
  maxMetrics: DEFAULT_ENTRY_LIMITS.max_metrics,
  maxSlices: DEFAULT_ENTRY_LIMITS.max_slices,
  maxFeatures: DEFAULT_ENTRY_LIMITS.max_features,
  /** Evidently's dataset drift share. */
  maxDriftedShare: DEFAULT_DRIFTED_SHARE,
  approvalsMin: 1,
} as const;
