// Every drift method the gate knows, one entry each: its names, direction, edge, the column types it
// applies to, its default threshold and, when the gate computes it from samples, its scorer. Nothing
// else lists methods: the CLI's choices, the fix texts and the scorer dispatch are derived from here.
// Direction matters more than anything else here: a KS p-value of 0.001 is drift, a PSI of 0.001 is not.
// Defaults follow Evidently's stattests (p-values 0.05, distances 0.1) so that numbers agree with it.

import type { ColumnType } from '../types.js';
import {
  chiSquare,
  hellinger,
  jensenShannon,
  klDiv,
  ks,
  psi,
  wasserstein,
  zTest,
  type ColumnPair,
  type NumericPair,
  type PsiBins,
} from './stats.js';

/** Evidently's default share of drifted columns that makes the dataset drifted (its drift_share). */
export const DEFAULT_DRIFTED_SHARE = 0.5;

export type MethodKind = 'pvalue' | 'distance';

/** The options a scorer reads. */
export interface ScorerOptions {
  psiBins?: PsiBins;
  /** Logarithm base of Jensen-Shannon (default e, as Evidently). */
  jsBase?: number;
}

/** A column pair's score (a p-value or a distance, as the method's kind says) and the test statistic if any. */
export type Scorer = (pair: ColumnPair, options: ScorerOptions) => { score: number; statistic?: number };

const BOTH: readonly ColumnType[] = ['numeric', 'categorical'];
const NUMERIC: readonly ColumnType[] = ['numeric'];
const CATEGORICAL: readonly ColumnType[] = ['categorical'];

export interface MethodInfo {
  /** Canonical id, as written in policies and generic reports. */
  id: string;
  /** A name for people. */
  label: string;
  kind: MethodKind;
  defaultThreshold: number;
  /**
   * Evidently's decision edge: a p-value drifts when p < threshold (strict) or p <= threshold; a distance
   * when d >= threshold, or d > threshold (strict). Each as the method's Evidently stattest returns it.
   */
  strict: boolean;
  /** Names other tools use for the same method (compared case- and punctuation-insensitively). */
  aliases: string[];
  /**
   * Column types it applies to. For a computable method, the types the gate scores it on (a categorical
   * column falls back to auto's choice otherwise); for the others, Evidently's stattest's.
   */
  types: readonly ColumnType[];
  /** How the gate computes it from samples; absent when the gate only reads it from reports. */
  score?: Scorer;
}

export const METHODS: MethodInfo[] = [
  {
    id: 'ks',
    label: 'Kolmogorov-Smirnov p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['K-S p_value', 'kolmogorov-smirnov', 'ks_2samp', 'ks test'],
    strict: false,
    types: NUMERIC,
    score: (pair) => {
      const r = ks(pair as NumericPair);
      return { score: r.pvalue, statistic: r.statistic };
    },
  },
  {
    id: 'chisquare',
    label: 'chi-square p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['chi-square p_value', 'chi2', 'chi-square', 'chisq', 'chi_square'],
    strict: true,
    types: BOTH,
    score: (pair) => ({ score: chiSquare(pair).pvalue }),
  },
  {
    id: 'z',
    label: 'two-proportion Z-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Z-test p_value', 'ztest', 'z-test', 'z_test', 'proportions ztest'],
    strict: true,
    types: BOTH,
    score: (pair) => ({ score: zTest(pair).pvalue }),
  },
  {
    id: 'psi',
    label: 'Population Stability Index',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['PSI', 'population stability index'],
    strict: false,
    types: BOTH,
    score: (pair, o) => ({ score: psi(pair, o.psiBins ?? 'evidently') }),
  },
  {
    id: 'wasserstein',
    label: 'Wasserstein distance (normed)',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Wasserstein distance (normed)', 'wasserstein distance', 'wasserstein_distance', 'wd'],
    strict: false,
    types: NUMERIC,
    score: (pair) => ({ score: wasserstein(pair as NumericPair) }),
  },
  {
    id: 'jensenshannon',
    label: 'Jensen-Shannon distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Jensen-Shannon distance', 'jensen-shannon', 'js', 'jsd', 'js_distance'],
    strict: false,
    types: BOTH,
    score: (pair, o) => ({ score: jensenShannon(pair, o.jsBase) }),
  },
  {
    id: 'kl_div',
    label: 'Kullback-Leibler divergence',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Kullback-Leibler divergence', 'kl', 'kl divergence', 'kullback-leibler'],
    strict: false,
    types: BOTH,
    score: (pair) => ({ score: klDiv(pair) }),
  },
  {
    id: 'hellinger',
    label: 'Hellinger distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Hellinger distance (normed)', 'hellinger distance'],
    strict: false,
    types: BOTH,
    score: (pair) => ({ score: hellinger(pair) }),
  },
  {
    id: 'anderson',
    label: 'Anderson-Darling p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Anderson-Darling', 'anderson-darling', 'anderson_ksamp'],
    strict: true,
    types: NUMERIC,
  },
  {
    id: 'cramer_von_mises',
    label: 'Cramer-von Mises p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Cramer-von-Mises', 'cramer-von mises', 'cvm'],
    strict: false,
    types: NUMERIC,
  },
  {
    id: 'fisher_exact',
    label: "Fisher's exact test p-value",
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ["Fisher's Exact test", 'fisher exact', 'fisher'],
    strict: true,
    types: CATEGORICAL,
  },
  {
    id: 'g_test',
    label: 'G-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['g-test', 'gtest'],
    strict: true,
    types: CATEGORICAL,
  },
  {
    id: 'mannw',
    label: 'Mann-Whitney U-rank test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Mann-Whitney U-rank test', 'mann-whitney', 'mannwhitneyu'],
    strict: true,
    types: NUMERIC,
  },
  {
    id: 't_test',
    label: 't-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['t-test', 'ttest'],
    strict: true,
    types: NUMERIC,
  },
  {
    id: 'es',
    label: 'Epps-Singleton p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Epps-Singleton', 'epps_singleton'],
    strict: true,
    types: NUMERIC,
  },
  {
    id: 'ed',
    label: 'energy distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Energy-distance', 'energy distance', 'energy_distance'],
    strict: true,
    types: NUMERIC,
  },
  {
    id: 'empirical_mmd',
    label: 'empirical MMD p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Empirical_MMD', 'emperical_mmd', 'mmd'],
    strict: true,
    types: NUMERIC,
  },
  {
    id: 'tvd',
    label: 'Total variation distance p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['TVD', 'Total-Variation-Distance', 'total variation distance'],
    strict: true,
    types: CATEGORICAL,
  },
];

const normalise = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

const BY_NAME = new Map<string, MethodInfo>();
for (const m of METHODS) {
  for (const n of [m.id, m.label, ...m.aliases]) BY_NAME.set(normalise(n), m);
}

/** The method a tool's name stands for, or undefined when the gate does not know it. */
export function resolveMethod(name: string | undefined | null): MethodInfo | undefined {
  if (!name) return undefined;
  return BY_NAME.get(normalise(name));
}

/**
 * Whether a score is drift for this method at this threshold, with the method's own Evidently edge:
 * chi-square and z drift when p < t, KS when p <= t, distances when d >= t (energy distance d > t).
 */
export function isDrift(method: MethodInfo, score: number, threshold: number): boolean {
  if (method.kind === 'pvalue') return method.strict ? score < threshold : score <= threshold;
  return method.strict ? score > threshold : score >= threshold;
}

/** Why a threshold cannot be used with this method, or undefined: a significance level lies in (0, 1]. */
export function thresholdProblem(method: MethodInfo, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${value} is not a number`;
  if (method.kind === 'pvalue' && !(value > 0 && value <= 1))
    return `${method.id} gives a p-value, so its threshold is a significance level in (0, 1], not ${value}`;
  if (method.kind === 'distance' && value < 0) return `${method.id} is a distance, so its threshold is at least 0`;
  return undefined;
}

/** The methods the gate computes from samples, in the registry's order. */
export const COMPUTABLE_METHODS: readonly MethodInfo[] = METHODS.filter((m) => m.score !== undefined);
export const COMPUTABLE_METHOD_IDS = COMPUTABLE_METHODS.map((m) => m.id);

/** The computable methods as a sentence's list, for fix texts: "ks, chisquare, ..., hellinger". */
export const COMPUTABLE_METHOD_LIST = COMPUTABLE_METHOD_IDS.join(', ');
