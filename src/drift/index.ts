// The drift statistics engine: pure functions over samples already read into typed arrays.
export { ks2samp, ks2sampSorted, type KsMethod, type KsResult } from './ks.js';
export {
  columnPair,
  psi,
  chiSquare,
  zTest,
  jensenShannon,
  wasserstein,
  wassersteinDistance,
  klDiv,
  hellinger,
  type ColumnPair,
  type NumericPair,
  type CategoricalPair,
  type PsiBins,
} from './stats.js';
export {
  computeDrift,
  chooseMethod,
  datasetDrifted,
  histogram,
  resolveComputableMethod,
  toGenericReport,
  type ComputeDriftOptions,
  type GenericDriftReport,
} from './compute.js';
export { kstwoSf, chi2Sf } from './special.js';
export { sortedCopy } from './sort.js';
