// Numbers in messages: short, but never rounded into a lie (0.8995 must not print as 0.90 beside a 0.90 floor).

export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined) return 'n/a';
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e7)) return n.toExponential(3);
  // Up to 6 significant digits, trailing zeros trimmed.
  return String(Number(n.toPrecision(6)));
}

export function fmtSigned(n: number): string {
  const s = fmt(Math.abs(n));
  return n > 0 ? `+${s}` : n < 0 ? `-${s}` : `±0`;
}

/** A dotted path for people: `metrics.accuracy.ci[0]`, `waivers[0].expires`; `root` for the empty path. */
export function formatPath(path: readonly (string | number)[], root = ''): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || root;
}
