// Every drift method the gate knows: its direction and its default threshold.
// Direction matters more than anything else here: a KS p-value of 0.001 is drift, a PSI of 0.001 is not.
// Defaults follow Evidently's stattests (p-values 0.05, distances 0.1) so that numbers agree with it.

export type MethodKind = 'pvalue' | 'distance';

export interface MethodInfo {
  /** Canonical id, as written in policies and generic reports. */
  id: string;
  /** A name for people. */
  label: string;
  kind: MethodKind;
  /** Drift when the score is at or below (p-values) or at or above (distances) the threshold. */
  defaultThreshold: number;
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
    computable: true,
  },
  {
    id: 'chisquare',
    label: 'chi-square p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['chi-square p_value', 'chi2', 'chi-square', 'chisq', 'chi_square'],
    computable: true,
  },
  {
    id: 'z',
    label: 'two-proportion Z-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Z-test p_value', 'ztest', 'z-test', 'z_test', 'proportions ztest'],
    computable: true,
  },
  {
    id: 'psi',
    label: 'Population Stability Index',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['PSI', 'population stability index'],
    computable: true,
  },
  {
    id: 'wasserstein',
    label: 'Wasserstein distance (normed)',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Wasserstein distance (normed)', 'wasserstein distance', 'wasserstein_distance', 'wd'],
    computable: true,
  },
  {
    id: 'jensenshannon',
    label: 'Jensen-Shannon distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Jensen-Shannon distance', 'jensen-shannon', 'js', 'jsd', 'js_distance'],
    computable: true,
  },
  {
    id: 'kl_div',
    label: 'Kullback-Leibler divergence',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Kullback-Leibler divergence', 'kl', 'kl divergence', 'kullback-leibler'],
    computable: true,
  },
  {
    id: 'hellinger',
    label: 'Hellinger distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Hellinger distance (normed)', 'hellinger distance'],
    computable: true,
  },
  {
    id: 'anderson',
    label: 'Anderson-Darling p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Anderson-Darling', 'anderson-darling', 'anderson_ksamp'],
    computable: false,
  },
  {
    id: 'cramer_von_mises',
    label: 'Cramer-von Mises p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Cramer-von-Mises', 'cramer-von mises', 'cvm'],
    computable: false,
  },
  {
    id: 'fisher_exact',
    label: "Fisher's exact test p-value",
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ["Fisher's Exact test", 'fisher exact', 'fisher'],
    computable: false,
  },
  {
    id: 'g_test',
    label: 'G-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['g-test', 'gtest'],
    computable: false,
  },
  {
    id: 'mannw',
    label: 'Mann-Whitney U-rank test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Mann-Whitney U-rank test', 'mann-whitney', 'mannwhitneyu'],
    computable: false,
  },
  {
    id: 't_test',
    label: 't-test p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['t-test', 'ttest'],
    computable: false,
  },
  {
    id: 'es',
    label: 'Epps-Singleton p-value',
    kind: 'pvalue',
    defaultThreshold: 0.05,
    aliases: ['Epps-Singleton', 'epps_singleton'],
    computable: false,
  },
  {
    id: 'ed',
    label: 'energy distance',
    kind: 'distance',
    defaultThreshold: 0.1,
    aliases: ['Energy-distance', 'energy distance', 'energy_distance'],
    computable: false,
  },
  {
    id: 'empirical_mmd',
    label: 'empirical MMD p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['Empirical_MMD', 'emperical_mmd', 'mmd'],
    computable: false,
  },
  {
    id: 'tvd',
    label: 'Total variation distance p-value',
    kind: 'pvalue',
    defaultThreshold: 0.1,
    aliases: ['TVD', 'Total-Variation-Distance', 'total variation distance'],
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

/** Whether a score is drift for this method at this threshold (Evidently's convention: p <= t, d >= t). */
export function isDrift(method: MethodInfo, score: number, threshold: number): boolean {
  return method.kind === 'pvalue' ? score <= threshold : score >= threshold;
}

export const COMPUTABLE_METHOD_IDS = METHODS.filter((m) => m.computable).map((m) => m.id);
