// The vocabulary of drift computed from samples: its options and what one column contributes.

import type { ColumnType, DriftFeature } from '../types.js';
import type { ScorerOptions } from './methods.js';

export interface ComputeDriftOptions extends ScorerOptions {
  /** 'auto' (default) or any method name src/drift/methods.ts resolves to a computable method. */
  method?: string;
  /**
   * A number: the threshold of the named method, or of the distance methods when the method is auto
   * (p-value methods keep 0.05). A map: keys naming a column set that column's threshold, keys naming
   * a method set that method's threshold; a column's entry wins.
   */
  thresholds?: number | Record<string, number>;
  /** Column types that override inference. */
  columns?: Record<string, ColumnType>;
  /** Share of drifted columns at which the dataset is drifted (default 0.5, Evidently's). */
  datasetShare?: number;
  /** The evidence's source label (default "<reference> vs <current>"). */
  source?: string;
  /**
   * How column types are inferred: Evidently 0.7's rules (default), or 'legacy', the gate's earlier
   * rule (any all-number column numeric, no text columns).
   */
  typeInference?: TypeInference;
}

export type TypeInference = 'evidently-0.7' | 'legacy';
export const TYPE_INFERENCES: readonly TypeInference[] = ['evidently-0.7', 'legacy'];

/** What one column contributes to the evidence: its feature (absent when skipped) and its notes, in order. */
export interface ColumnDrift {
  feature?: DriftFeature;
  notes: string[];
}

/** The sides' names and sizes, all a column's scoring needs besides its two columns. */
export interface DriftSides {
  reference: { source: string; rows: number };
  current: { source: string; rows: number };
}
