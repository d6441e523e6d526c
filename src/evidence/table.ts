// The column table every sample reader produces (CSV and JSON in samples.ts, Parquet in parquet.ts):
// numeric columns as Float64Array with `integer` telling whether pandas would hold them as int64,
// categorical ones dictionary-coded. The drift computation reads only this.

import type { ColumnType } from '../types.js';

export interface NumericColumn {
  name: string;
  type: 'numeric';
  /** The non-missing, finite values, in row order, or ascending once `sorted` is set. */
  values: Float64Array;
  /**
   * The values have been sorted in place (drift compares distributions, which need no row order; the
   * `drift` command sorts each side's columns as soon as that side is read, src/drift/presort.ts).
   */
  sorted?: boolean;
  /** Missing values dropped (pandas' na_values, JSON null, or absent). */
  missing: number;
  /** ±infinity dropped, as Evidently replaces them with NaN and drops them. Absent means none. */
  infinite?: number;
  /**
   * Whether pandas would read the column as int64: every value an integer literal (JSON: an integral
   * number), none missing or infinite. Evidently 0.7 types such a column by its distinct values, and
   * numpy bins integer data with a width of at least 1. Absent means false.
   */
  integer?: boolean;
}

export interface CategoricalColumn {
  name: string;
  type: 'categorical';
  /** Index into categories for each non-missing value, in row order. */
  codes: Int32Array;
  categories: string[];
  missing: number;
}

export type SampleColumn = NumericColumn | CategoricalColumn;

export type SampleFormat = 'csv' | 'jsonl' | 'json' | 'parquet';

export interface Table {
  /** The file (or name) the table was read from, for messages. */
  source: string;
  format: SampleFormat;
  rows: number;
  columns: SampleColumn[];
  /** Things the reader decided that a user should know. */
  notes: string[];
}

export interface ReadSamplesOptions {
  /** Name used in messages; defaults to the file path, or "samples". */
  source?: string;
  format?: SampleFormat;
  /** Column types that override inference (from the manifest or the policy). */
  columns?: Record<string, ColumnType>;
  /**
   * Threads for parsing a CSV file given by path (see samples-threads.ts). Absent: the machine's
   * cores for files large enough to pay off, else one. The table is the same either way.
   */
  threads?: number;
}

/** Bad sample input: the message names the file, the line where known, and what to fix. */
export class SampleFormatError extends Error {
  constructor(
    /** The message without the file and line. */
    readonly reason: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'SampleFormatError';
  }
}

/** pandas reads a text column holding only these spellings as bool, so Evidently sees True and False. */
const BOOLEAN_LABELS = new Map([
  ['True', 'True'],
  ['TRUE', 'True'],
  ['true', 'True'],
  ['False', 'False'],
  ['FALSE', 'False'],
  ['false', 'False'],
]);

/**
 * A categorical column whose every label is a spelling of true or false, labelled True and False as
 * pandas' bool dtype holds it: `True` in one sample and `true` in the other are the same value, not
 * two categories (which would be false drift at p = 0). The codes are rewritten in place.
 */
export function canonicalBooleans(col: CategoricalColumn): CategoricalColumn {
  if (col.categories.length === 0 || !col.categories.every((c) => BOOLEAN_LABELS.has(c))) return col;
  const categories: string[] = [];
  const remap = col.categories.map((c) => {
    const label = BOOLEAN_LABELS.get(c)!;
    const at = categories.indexOf(label);
    return at >= 0 ? at : categories.push(label) - 1;
  });
  if (categories.length === col.categories.length && categories.every((c, i) => c === col.categories[i])) return col;
  for (let i = 0; i < col.codes.length; i++) col.codes[i] = remap[col.codes[i]];
  return { ...col, categories };
}
