// The CSV reader's fast path: one record of plain numeric fields, scanned in a single pass. A field is
// plain when it is empty or a short decimal literal (`-12.345`: an optional sign, digits with at most one
// point, at most EXACT_DIGITS significant digits and POW10's decimals, no exponent, no spaces), which
// parseNumberBytes would read with its exact fast path to the same double. Anything else is not plain,
// and the record goes through the field-by-field path, which knows every other case.

import { EXACT_DIGITS, POW10 } from './numbers.js';

const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;

/** What scanPlainRecord leaves in `kinds` for each field. */
export const PLAIN_INTEGER = 0;
export const PLAIN_DECIMAL = 1;
export const PLAIN_EMPTY = 2;

/**
 * Scans the record of `fields` fields that starts at `pos`, ending with LF or CRLF: each field's value into
 * `values` and its kind (PLAIN_INTEGER, PLAIN_DECIMAL, PLAIN_EMPTY) into `kinds`. Returns the position after
 * the record's line break, or -1 when the record is not plain (a field that is not, a blank line, another
 * number of fields, a bare CR, no line break before the buffer ends); `values` and `kinds` are then scratch.
 */
export function scanPlainRecord(
  buf: Buffer,
  pos: number,
  fields: number,
  values: Float64Array,
  kinds: Uint8Array,
): number {
  let i = pos;
  if (buf[i] === LF || buf[i] === CR) return -1; // a blank line: the tokenizer skips it
  for (let c = 0; c < fields; c++) {
    const fieldStart = i;
    let b = buf[i];
    let negative = false;
    if (b === MINUS || b === PLUS) {
      negative = b === MINUS;
      b = buf[++i];
    }
    const start = i;
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let dot = false;
    for (;;) {
      const d = b - ZERO;
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        if (mantissa !== 0) digits++;
        if (dot) scale++;
      } else if (b === DOT && !dot) dot = true;
      else break;
      b = buf[++i];
    }
    if (i === fieldStart && (b === COMMA || b === LF || b === CR)) kinds[c] = PLAIN_EMPTY;
    else if (i - start === (dot ? 1 : 0) || digits > EXACT_DIGITS || scale >= POW10.length) return -1;
    else {
      const v = scale === 0 ? mantissa : mantissa / POW10[scale];
      values[c] = negative ? -v : v;
      kinds[c] = dot ? PLAIN_DECIMAL : PLAIN_INTEGER;
    }
    if (c < fields - 1) {
      if (b !== COMMA) return -1;
      i++;
    } else if (b === LF) return i + 1;
    else if (b === CR && buf[i + 1] === LF) return i + 2;
    else return -1; // more fields than the header, a bare CR, or the buffer's end
  }
  return -1;
}
