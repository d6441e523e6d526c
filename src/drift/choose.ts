// Which method scores a column and at which threshold: the user's method or Evidently's automatic
// choice, the method's own column types, and the threshold from the options or the method's default.

import { own } from '../evidence/result.js';
import type { ColumnType } from '../types.js';
import { COMPUTABLE_METHOD_LIST, resolveMethod, type MethodInfo } from './methods.js';
import type { ComputeDriftOptions } from './options.js';

const AUTO_SMALL_REFERENCE = 1000;

/** Evidently's automatic method for a column (legacy _get_default_stattest). */
export function chooseMethod(referenceRows: number, type: ColumnType, uniqueValues: number): string {
  if (referenceRows <= AUTO_SMALL_REFERENCE) {
    if (type === 'numeric' && uniqueValues > 5) return 'ks';
    return uniqueValues > 2 ? 'chisquare' : 'z';
  }
  return type === 'numeric' && uniqueValues > 5 ? 'wasserstein' : 'jensenshannon';
}

/** The registry's entry for a canonical id the gate chose itself. */
export function methodInfo(id: string): MethodInfo {
  const m = resolveMethod(id);
  if (!m) throw new Error(`unknown drift method "${id}"`);
  return m;
}

/** Whether the method scores a column of this type (KS and Wasserstein take numbers only). */
export const appliesTo = (method: MethodInfo, type: ColumnType): boolean => method.types.includes(type);

/** Validates a method name given by a user: returns the canonical id or throws with the choices. */
export function resolveComputableMethod(name: string): string {
  if (name === 'auto') return 'auto';
  const m = resolveMethod(name);
  if (!m || !m.score) {
    throw new Error(
      `drift method "${name}" cannot be computed from samples; use one of: auto, ${COMPUTABLE_METHOD_LIST}`,
    );
  }
  return m.id;
}

/** The threshold of a column scored by this method: the column's, the method's, or its default. */
export function thresholdFor(
  column: string,
  method: MethodInfo,
  explicitMethod: string,
  thresholds: ComputeDriftOptions['thresholds'],
): number {
  if (typeof thresholds === 'number') {
    if (explicitMethod !== 'auto') return thresholds;
    return method.kind === 'distance' ? thresholds : method.defaultThreshold;
  }
  if (thresholds) {
    const forColumn = own(thresholds, column);
    if (forColumn !== undefined) return forColumn;
    for (const [key, value] of Object.entries(thresholds)) {
      if (resolveMethod(key)?.id === method.id) return value;
    }
  }
  return method.defaultThreshold;
}
