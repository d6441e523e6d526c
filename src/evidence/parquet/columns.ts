// Column building: a Parquet column's values or dictionary codes, page by page, into the same typed
// columns as the CSV reader (Float64Array for numeric, category codes for categorical, missing counted).

import type { DecodedArray } from 'hyparquet';
import type { ColumnType } from '../../types.js';
import { parseNumberText } from '../numbers.js';
import { canonicalBooleans, SampleFormatError, type SampleColumn } from '../table.js';

export type Dictionary = { numbers: Float64Array } | { labels: (string | null)[]; codes: Int32Array };
const UNSEEN = -2;

/**
 * A value as a category label, or null when missing: text as it is, booleans as true/false, bytes in
 * hex, numbers (a numeric column declared categorical) in their shortest decimal form, as the CSV reader.
 */
function labelFor(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return hex(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'bigint') return String(Number(v));
  return String(v);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A column judged numeric by the schema but declared categorical, or the reverse (the CSV reader's rules). */
export function retype(col: SampleColumn, to: ColumnType, source: string): SampleColumn {
  // Only the two types a sample column has; any other declared type is the drift computation's business.
  if (col.type === to || (to !== 'numeric' && to !== 'categorical')) return col;
  if (col.type === 'numeric') {
    const b = new Builder(col.name, 'categorical', col.values.length);
    b.addLabels(col.values);
    return { ...b.finish(), missing: col.missing };
  }
  const values = new Float64Array(col.codes.length);
  const parsed = col.categories.map((label) => parseNumberText(label));
  for (let i = 0; i < col.codes.length; i++) {
    const v = parsed[col.codes[i]];
    if (Number.isNaN(v))
      throw new SampleFormatError(
        `column "${col.name}" is declared numeric but holds "${col.categories[col.codes[i]].slice(0, 40)}"; fix the value or declare the column categorical`,
        source,
      );
    values[i] = v;
  }
  return { name: col.name, type: 'numeric', values, missing: col.missing };
}

/** One column's values or category codes, in row order, and its count of missing values. */
export class Builder {
  length = 0;
  missing = 0;
  /** ±infinity dropped from a float column (counted apart from missing values, as the CSV reader does). */
  infinite = 0;
  readonly categories: string[] = [];
  private readonly index = new Map<string, number>();

  values = new Float64Array(0);
  codes = new Int32Array(0);

  /** expected: the rows the footer declares; space grows towards it as pages come, never past what they hold. */
  constructor(
    readonly name: string,
    readonly type: ColumnType,
    private readonly expected: number,
    initial = 0,
    /** Whole numbers by the schema: with no missing value pandas holds the column as int64. */
    private readonly integer = false,
  ) {
    if (type === 'numeric') this.values = new Float64Array(initial);
    else this.codes = new Int32Array(initial);
  }

  private room(n: number): void {
    const numeric = this.type === 'numeric';
    const capacity = numeric ? this.values.length : this.codes.length;
    if (this.length + n <= capacity) return;
    const size = Math.max(this.length + n, Math.min(this.expected, 2 * capacity));
    if (numeric) {
      const next = new Float64Array(size);
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    } else {
      const next = new Int32Array(size);
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
  }

  /** A page's values (after hyparquet's conversions), in row order. */
  add(data: DecodedArray): void {
    if (this.type === 'numeric') this.addNumbers(data);
    else this.addLabels(data);
  }

  /** A dictionary page, as numbers (NaN: missing) or as this column's category codes (-1: missing). */
  dictionary(values: DecodedArray): Dictionary {
    if (this.type === 'numeric') {
      const numbers = new Float64Array(values.length);
      for (let k = 0; k < values.length; k++) {
        const v: unknown = values[k];
        const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NaN;
        numbers[k] = x - x === 0 ? x : NaN;
      }
      return { numbers };
    }
    const labels = Array.from(values as ArrayLike<unknown>, labelFor);
    // Codes are given on first use, so a dictionary entry no row uses is no category (as in CSV).
    return { labels, codes: new Int32Array(values.length).fill(UNSEEN) };
  }

  /** Dictionary indexes of a page; false when one points outside the dictionary. */
  addIndexes(indexes: ArrayLike<number>, dict: Dictionary): boolean {
    this.room(indexes.length);
    let n = this.length;
    let missing = 0;
    if ('numbers' in dict) {
      const { numbers } = dict;
      for (let i = 0; i < indexes.length; i++) {
        const k = indexes[i];
        if (!(k < numbers.length)) return false;
        const v = numbers[k];
        if (v === v) this.values[n++] = v;
        else missing++;
      }
    } else {
      const { codes, labels } = dict;
      for (let i = 0; i < indexes.length; i++) {
        const k = indexes[i];
        if (!(k < codes.length)) return false;
        let c = codes[k];
        if (c === UNSEEN) {
          const label = labels[k];
          c = codes[k] = label === null ? -1 : this.codeOf(label);
        }
        if (c >= 0) this.codes[n++] = c;
        else missing++;
      }
    }
    this.length = n;
    this.missing += missing;
    return true;
  }

  /** Numbers, bigints or nulls; NaN counts as missing, infinities are dropped and counted apart. */
  addNumbers(data: ArrayLike<unknown>): void {
    this.room(data.length);
    const out = this.values;
    let n = this.length;
    let infinite = 0;
    if (data instanceof Float64Array || data instanceof Float32Array) {
      for (let i = 0; i < data.length; i++) {
        const v = data[i];
        if (v - v === 0)
          out[n++] = v; // false for NaN and +-Infinity
        else if (v === Infinity || v === -Infinity) infinite++;
      }
    } else if (ArrayBuffer.isView(data) && !(data instanceof BigInt64Array || data instanceof BigUint64Array)) {
      const ints = data as unknown as ArrayLike<number>;
      for (let i = 0; i < ints.length; i++) out[n++] = ints[i];
    } else {
      for (let i = 0; i < data.length; i++) {
        const v = data[i];
        const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NaN;
        if (x - x === 0) out[n++] = x;
        else if (x === Infinity || x === -Infinity) infinite++;
      }
    }
    this.infinite += infinite;
    this.missing += data.length - (n - this.length) - infinite;
    this.length = n;
  }

  /** Strings, booleans, bytes, numbers (a column declared categorical) or nulls. */
  addLabels(data: ArrayLike<unknown>): void {
    this.room(data.length);
    let missing = 0;
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (v === null || v === undefined) {
        missing++;
        continue;
      }
      const label = typeof v === 'string' ? v : labelFor(v);
      if (label === null) {
        missing++;
        continue;
      }
      const code = this.codeOf(label);
      this.codes[this.length++] = code;
    }
    this.missing += missing;
  }

  private codeOf(label: string): number {
    let code = this.index.get(label);
    if (code === undefined) {
      code = this.categories.length;
      this.categories.push(label);
      this.index.set(label, code);
    }
    return code;
  }

  finish(): SampleColumn {
    if (this.type === 'numeric')
      return {
        name: this.name,
        type: 'numeric',
        values: this.values.subarray(0, this.length),
        missing: this.missing,
        ...(this.infinite > 0 ? { infinite: this.infinite } : {}),
        ...(this.integer && this.missing === 0 && this.infinite === 0 && this.length > 0 ? { integer: true } : {}),
      };
    return canonicalBooleans({
      name: this.name,
      type: 'categorical',
      codes: this.codes.subarray(0, this.length),
      categories: this.categories,
      missing: this.missing,
    });
  }
}
