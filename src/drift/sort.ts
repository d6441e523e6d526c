// Ascending sort of float64 samples by LSD radix: about three times faster than
// Float64Array.prototype.sort on a million values, and sorting dominates the cost of KS and Wasserstein.
// Samples exported as text mostly hold decimals with a few digits after the point (12.3456): those are
// sorted as integers (123456) in one or two short passes; any other column by its 64-bit patterns in four.

import { POW10 } from '../evidence/numbers.js';

const RADIX_MIN = 2048;
/** Most digits after the point tried for the integer sort (a scale of 10^9). */
const MAX_DECIMALS = 9;
/** The integer sort's keys are 32-bit: the integers (max - min) must span less than this. */
const KEY_SPAN = 2 ** 32;
/** Integers spanning at most this many times the values' count are counted (one table entry per integer). */
const COUNT_SPAN_PER_VALUE = 2;

/** A sorted copy of the values (no NaN expected: missing values are dropped when reading). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return sortInPlace(Float64Array.from(values));
}

/** Sorts the values where they are (a shared column, sorted by a worker, is sorted for every thread); returns them. */
export function sortInPlace(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN) return values.sort();
  if (sortAsDecimals(values)) return values;
  let a = values;
  let b: Float64Array = new Float64Array(n);
  // The 32-bit halves of exactly these values (a column may be a view on a larger buffer).
  let ka = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  let kb: Uint32Array = new Uint32Array(b.buffer);
  // Map each double to an unsigned key with the same order: flip every bit of negatives, the sign bit of
  // the rest (little-endian: word 2i is the low half, 2i+1 the high half).
  for (let i = 0; i < n; i++) {
    const hi = ka[2 * i + 1];
    if (hi & 0x80000000) {
      ka[2 * i + 1] = ~hi >>> 0;
      ka[2 * i] = ~ka[2 * i] >>> 0;
    } else ka[2 * i + 1] = (hi | 0x80000000) >>> 0;
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const lo = ka[2 * i];
    const hi = ka[2 * i + 1];
    counts[lo & 0xffff]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 0xffff)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 === 0 ? 0 : 16;
    // A digit shared by every value orders nothing: skip the pass.
    let skip = false;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) skip = true;
      counts[base + d] = sum;
      sum += c;
    }
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const lo = ka[2 * i];
      const hi = ka[2 * i + 1];
      const digit = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
      const pos = counts[base + digit]++;
      kb[2 * pos] = lo;
      kb[2 * pos + 1] = hi;
    }
    [a, b] = [b, a];
    [ka, kb] = [kb, ka];
  }
  for (let i = 0; i < n; i++) {
    const hi = ka[2 * i + 1];
    if (hi & 0x80000000) ka[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      ka[2 * i + 1] = ~hi >>> 0;
      ka[2 * i] = ~ka[2 * i] >>> 0;
    }
  }
  // An odd number of passes (one was skipped) leaves the order in the scratch array.
  if (a !== values) values.set(a);
  return values;
}

/**
 * The integer sort: with d digits after the point, each value v is exactly k / 10^d for the integer
 * k = round(v * 10^d) (checked for every value), and the order of the k is the order of the values
 * (rounding is monotone, and equal k give equal values). The k are sorted as offsets from the smallest:
 * counted when they span at most COUNT_SPAN_PER_VALUE times the values' count, else in one or two radix
 * passes of at most 16 bits; then k / 10^d is written back. Returns false, with the values untouched, when
 * some value needs more than MAX_DECIMALS digits, the integers span 2^32 or more or reach 2^51, or a value
 * is -0 (which k / 10^d would turn into +0).
 */
function sortAsDecimals(values: Float64Array): boolean {
  const n = values.length;
  // The fewest digits that write every value exactly. A value checked with fewer digits stays exact with
  // more only while its k is below 2^51 (checked below): v * 10^d is then within 0.375 of k, so rounds to it.
  // From 2^51 the product's error can reach 0.5 and round to k + 1 (4475046203.1 among 6-digit values).
  let d = 0;
  let scale = 1;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    while (Math.round(v * scale) / scale !== v) {
      if (++d > MAX_DECIMALS) return false;
      scale = POW10[d];
    }
    if (v < low) low = v;
    if (v > high) high = v;
    if (v === 0 && 1 / v < 0) return false;
  }
  const min = Math.round(low * scale);
  const max = Math.round(high * scale);
  const span = max - min;
  if (!(span < KEY_SPAN) || !(Math.max(-min, max) < 2 ** 51)) return false;
  if (span <= COUNT_SPAN_PER_VALUE * n) {
    const counts = new Uint32Array(span + 1);
    for (let i = 0; i < n; i++) counts[Math.round(values[i] * scale) - min]++;
    let at = 0;
    for (let key = 0; key <= span; key++) {
      const c = counts[key];
      if (c === 0) continue;
      const v = (key + min) / scale;
      for (let j = 0; j < c; j++) values[at++] = v;
    }
    return true;
  }
  let keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.round(values[i] * scale) - min;
  // As few passes as the span needs, each with as small a count table as it allows.
  const totalBits = Math.ceil(Math.log2(span + 1));
  const passes = totalBits > 16 ? 2 : 1;
  const bits = Math.ceil(totalBits / passes);
  const mask = (1 << bits) - 1;
  const counts = new Uint32Array(mask + 1);
  let out = new Uint32Array(n);
  for (let pass = 0; pass < passes; pass++) {
    const shift = pass * bits;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & mask]++;
    let sum = 0;
    for (let digit = 0; digit <= mask; digit++) {
      const c = counts[digit];
      counts[digit] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      out[counts[(key >>> shift) & mask]++] = key;
    }
    [keys, out] = [out, keys];
  }
  for (let i = 0; i < n; i++) values[i] = (keys[i] + min) / scale;
  return true;
}
