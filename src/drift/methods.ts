// Every drift method the gate knows: its direction and its default threshold.
// Direction matters more than anything else here: a KS p-value of 0.001 is drift, a PSI of 0.001 is not.
// Defaults follow Evidently's stattests (p-values 0.05, distances 0.1) so that numbers agree with it.

/** Evidently's default share of drifted columns that makes the dataset drifted (its drift_share). */
export const DEFAULT_DRIFTED_SHARE = 0.5;

export type MethodKind = 'pvalue' | 'distance';

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
  /** Whether the gate itself can compute it from samples (src/drift/). */
  computable: boolean;
}

export const METHODS: MethodInfo[] = [
  {
    id: 'ks',
    label: 'Kolmogorov-Smirnov p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['K-S p_value', 'kolmogorov-smirnov', 'ks_2samp', 'ks test'],
    strict: false,
    computable: true,
  },
  {
    id: 'chisquare',
    label: 'chi-square p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['chi-square p_value', 'chi2', 'chi-square', 'chisq', 'chi_square'],
    strict: true,
    computable: true,
  },
  {
    id: 'z',
    label: 'two-proportion Z-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Z-test p_value', 'ztest', 'z-test', 'z_test', 'proportions ztest'],
    strict: true,
    computable: true,
  },
  {
    id: 'psi',
    label: 'Population Stability Index',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['PSI', 'population stability index'],
    strict: false,
    computable: true,
  },
  {
    id: 'wasserstein',
    label: 'Wasserstein distance (normed)',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Wasserstein distance (normed)', 'wasserstein distance', 'wasserstein_distance', 'wd'],
    strict: false,
    computable: true,
  },
  {
    id: 'jensenshannon',
    label: 'Jensen-Shannon distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Jensen-Shannon distance', 'jensen-shannon', 'js', 'jsd', 'js_distance'],
    strict: false,
    computable: true,
  },
  {
    id: 'kl_div',
    label: 'Kullback-Leibler divergence',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Kullback-Leibler divergence', 'kl', 'kl divergence', 'kullback-leibler'],
    strict: false,
    computable: true,
  },
  {
    id: 'hellinger',
    label: 'Hellinger distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Hellinger distance (normed)', 'hellinger distance'],
    strict: false,
    computable: true,
  },
  {
    id: 'anderson',
    label: 'Anderson-Darling p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Anderson-Darling', 'anderson-darling', 'anderson_ksamp'],
    strict: true,
    computable: false,
  },
  {
    id: 'cramer_von_mises',
    label: 'Cramer-von Mises p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Cramer-von-Mises', 'cramer-von mises', 'cvm'],
    strict: false,
    computable: false,
  },
  {
    id: 'fisher_exact',
    label: "Fisher's exact test p-value",
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ["Fisher's Exact test", 'fisher exact', 'fisher'],
    strict: true,
    computable: false,
  },
  {
    id: 'g_test',
    label: 'G-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['g-test', 'gtest'],
    strict: true,
    computable: false,
  },
  {
    id: 'mannw',
    label: 'Mann-Whitney U-rank test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Mann-Whitney U-rank test', 'mann-whitney', 'mannwhitneyu'],
    strict: true,
    computable: false,
  },
  {
    id: 't_test',
    label: 't-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['t-test', 'ttest'],
    strict: true,
    computable: false,
  },
  {
    id: 'es',
    label: 'Epps-Singleton p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Epps-Singleton', 'epps_singleton'],
    strict: true,
    computable: false,
  },
  {
    id: 'ed',
    label: 'energy distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Energy-distance', 'energy distance', 'energy_distance'],
    strict: true,
    computable: false,
  },
  {
    id: 'empirical_mmd',
    label: 'empirical MMD p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Empirical_MMD', 'emperical_mmd', 'mmd'],
    strict: true,
    computable: false,
  },
  {
    id: 'tvd',
    label: 'Total variation distance p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['TVD', 'Total-Variation-Distance', 'total variation distance'],
    strict: true,
    computable: false,
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

export const COMPUTABLE_METHOD_IDS = METHODS.filter((m) => m.computable).map((m) => m.id);
