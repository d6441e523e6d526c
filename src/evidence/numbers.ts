// Numbers and missing values in sample text, read exactly as pandas' C parser reads them: its default
// na_values, decimal literals (with an exact fast path for short ones), ±infinity, and whether a
// literal was an integer (pandas then holds the column as int64).

/**
 * pandas 2's default na_values (pandas/_libs/parsers.pyx STR_NA_VALUES), matched exactly as pandas
 * does: case-sensitive, without trimming.
 */
export const PANDAS_NA_VALUES: ReadonlySet<string> = new Set([
  '',
  '#N/A',
  '#N/A N/A',
  '#NA',
  '-1.#IND',
  '-1.#QNAN',
  '-NaN',
  '-nan',
  '1.#IND',
  '1.#QNAN',
  '<NA>',
  'N/A',
  'NA',
  'NULL',
  'NaN',
  'None',
  'n/a',
  'nan',
  'null',
]);

export function isMissingToken(text: string): boolean {
  return PANDAS_NA_VALUES.has(text);
}

/** The powers of ten a double holds exactly (to 1e22): one division by them rounds correctly. */
export const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];
/** Significant digits up to which a literal's integer mantissa is exact (below 2^53). */
export const EXACT_DIGITS = 15;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER_RE = /^[+-]?\d+$/;
const INFINITY_RE = /^[+-]?inf(inity)?$/i;
/** Beyond this pandas no longer holds an integer literal as int64. */
export const INT64_LIMIT = 2 ** 63;

/** Whether the last number parsed by parseNumberBytes/parseNumberText was written as an integer. */
let lastWasInteger = false;

/** lastWasInteger for the column builders: read right after a parse, before the next one. */
export const lastNumberWasInteger = (): boolean => lastWasInteger;

/**
 * A finite decimal number in bytes [start, end), or NaN. Short numbers take an exact fast path
 * (integer mantissa below 2^53 and a power of ten up to 1e22 are both exact, so one division or
 * multiplication rounds correctly); anything else goes through parseFloat.
 */
export function parseNumberBytes(buf: Buffer, start: number, end: number): number {
  while (start < end && buf[start] === 0x20) start++;
  while (end > start && buf[end - 1] === 0x20) end--;
  let i = start;
  let negative = false;
  if (i < end && (buf[i] === 0x2d || buf[i] === 0x2b)) {
    negative = buf[i] === 0x2d;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  let dot = false;
  while (i < end) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    if (mantissa !== 0) digits++;
    any = true;
    i++;
  }
  if (i < end && buf[i] === 0x2e) {
    dot = true;
    i++;
    while (i < end) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      if (mantissa !== 0) digits++;
      scale--;
      any = true;
      i++;
    }
  }
  if (i === end && any && digits <= EXACT_DIGITS) {
    const v = scale === 0 ? mantissa : mantissa / POW10[-scale];
    if (-scale < POW10.length) {
      lastWasInteger = !dot;
      return negative ? -v : v;
    }
  }
  const text = buf.toString('latin1', start, end);
  return parseNumberText(text);
}

/**
 * A decimal number as pandas' C parser reads one (surrounding spaces allowed), ±Infinity for
 * inf/infinity in any case and for literals beyond the double range (1e400), or NaN for text.
 */
export function parseNumberText(text: string): number {
  const t = text.trim();
  if (!NUMBER_RE.test(t)) {
    if (INFINITY_RE.test(t)) {
      lastWasInteger = false;
      return t[0] === '-' ? -Infinity : Infinity;
    }
    return NaN;
  }
  const v = Number(t);
  lastWasInteger = INTEGER_RE.test(t) && Math.abs(v) < INT64_LIMIT;
  return v;
}
