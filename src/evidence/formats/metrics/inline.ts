// Metrics written in the manifest (`evaluation: { metrics: { auc: 0.91 } }`): the generic form when
// `metrics` holds an object, else the flat form, both recorded as format `inline`. Not told apart by
// detection: the manifest says it is inline by writing an object where a file path would be.

import type { EntryLimits } from '../../../policy/types.js';
import type { MetricsEvidence } from '../../../types.js';
import { DEFAULT_ENTRY_LIMITS } from '../../limits.js';
import { hasKey, isRecord, runReader, type ParseResult } from '../../result.js';
import { readFlat } from './flat.js';
import { readGeneric } from './generic.js';

export function parseInlineMetrics(
  obj: unknown,
  manifestPath: string,
  limits: Readonly<EntryLimits> = DEFAULT_ENTRY_LIMITS,
): ParseResult<MetricsEvidence> {
  // The manifest loader knows the lines of its own document; messages here name the manifest field.
  return runReader(
    manifestPath,
    () => {
      if (isRecord(obj) && hasKey(obj, 'metrics') && isRecord(obj.metrics)) {
        return readGeneric(obj, manifestPath, 'inline', ['evaluation', 'metrics'], limits);
      }
      return readFlat(obj, manifestPath, 'inline', ['evaluation', 'metrics'], limits);
    },
    () => undefined,
  );
}
