// Ascending sort of float64 samples by LSD radix on their bit patterns: about three times faster than
// Float64Array.prototype.sort on a million values, and sorting dominates the cost of KS and Wasserstein.

const RADIX_MIN = 2048;

/** A sorted copy of the values (no NaN expected: missing values are dropped when reading). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  if (n < RADIX_MIN) return Float64Array.from(values).sort();
  let a = Float64Array.from(values);
  let b = new Float64Array(n);
  let ka = new Uint32Array(a.buffer);
  let kb = new Uint32Array(b.buffer);
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
  return a;
}
