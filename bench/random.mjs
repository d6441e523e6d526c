// The benchmarks' deterministic random numbers: xorshift32 for uniforms, Box-Muller for normals, so that
// every run (and the Python side) sees the same samples for a seed.

/** Uniform numbers in (0, 1) and standard normal ones, from one seed. */
export function seeded(seed) {
  let s = seed >>> 0 || 1;
  const uniform = () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return (s + 0.5) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}
