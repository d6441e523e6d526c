// JSON as ML tools really write it. Python's json module writes bare NaN, Infinity and -Infinity (Evidently
// and whylogs do), which JSON.parse refuses. This parser accepts those three tokens outside strings, keeps
// them as numbers (so a reader can refuse NaN where it needs a number, and say so), and reports syntax
// errors with a line and column. Two equal keys in one object are an error, as in YAML (JSON.parse would keep
// the last one silently). Well-formed JSON takes the JSON.parse fast path; only files that need the
// leniency, hold a duplicate key, or are broken, go through the hand-written parser.

import { setKey, type DocPath } from './result.js';

export type JsonResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      /** What is wrong, without the position. */
      message: string;
      line: number;
      column: number;
    };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

/** Parses JSON, accepting bare NaN / Infinity / -Infinity outside strings. */
export function parseLenientJson(text: string): JsonResult {
  try {
    const value: unknown = JSON.parse(text);
    // JSON.parse keeps the last of two equal keys without a word; YAML refuses them, and so does this
    // reader. Cheap check first: every key has one ':' outside strings, so fewer keys than colons means a
    // duplicate, which the hand-written parser then finds with its line.
    if (countKeys(value) === countColons(text)) return { ok: true, value };
  } catch {
    // Not plain JSON: parse again with the lenient parser, which also explains what is wrong and where.
  }
  const parser = new LenientParser(text);
  try {
    return { ok: true, value: parser.document() };
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    const { line, column } = lineAndColumn(text, err.offset);
    return { ok: false, message: err.message, line, column };
  }
}

/** Whether JSON.parse dropped a key written twice: `value` holds fewer keys than `text` writes. */
export function lostDuplicateKey(text: string, value: unknown): boolean {
  return countKeys(value) !== countColons(text);
}

/** Keys in a parsed document, over every object at any depth. */
function countKeys(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') n += countKeys(item);
    return n;
  }
  for (const key in value) {
    n++;
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') n += countKeys(child);
  }
  return n;
}

/** ':' outside strings: one per key in well-formed JSON (an estimate in anything else). */
export function countColons(text: string): number {
  let n = 0;
  let pos = 0;
  for (;;) {
    const quote = text.indexOf('"', pos);
    const end = quote < 0 ? text.length : quote;
    for (let c = text.indexOf(':', pos); c >= 0 && c < end; c = text.indexOf(':', c + 1)) n++;
    if (quote < 0) return n;
    // Skip the string: its closing quote is the first one not escaped by an odd run of backslashes.
    let close = text.indexOf('"', quote + 1);
    for (;;) {
      // An unclosed string (the text need not be valid JSON here) runs to the end.
      if (close < 0) return n;
      let slashes = 0;
      while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    pos = close + 1;
  }
}

/** The 1-based line where the value at `path` starts, or undefined when the path is not in the document. */
export function locateJsonPath(text: string, path: DocPath): number | undefined {
  const parser = new LenientParser(text, path);
  try {
    parser.document();
  } catch {
    // A broken document still gives the positions found before the break.
  }
  return parser.foundAt === undefined ? undefined : lineAndColumn(text, parser.foundAt).line;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

class LenientParser {
  private pos = 0;
  private depth = 0;
  /** The path of the value being parsed; maintained only when a target is looked for. */
  private readonly path: DocPath = [];
  foundAt: number | undefined;

  constructor(
    private readonly text: string,
    private readonly target?: DocPath,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): unknown {
    const value = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError('unexpected text after the end of the JSON value', this.pos);
    }
    return value;
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, offset);
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else break;
    }
  }

  private startsWith(word: string): boolean {
    return this.text.startsWith(word, this.pos);
  }

  private value(): unknown {
    this.skipSpace();
    if (this.target && this.foundAt === undefined && samePath(this.path, this.target)) this.foundAt = this.pos;
    const t = this.text;
    if (this.pos >= t.length) this.fail('unexpected end of the file: a value is missing');
    const c = t[this.pos];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case "'":
        this.fail(
          'strings must use double quotes ("..."), not single quotes; this looks like a Python repr: save the data with json.dump',
        );
    }
    // Numbers are most of what ML reports hold: try them before the word literals.
    const code = t.charCodeAt(this.pos);
    if ((code >= 48 && code <= 57) || (code === 45 && t.charCodeAt(this.pos + 1) !== 73)) {
      NUMBER.lastIndex = this.pos;
      const m = NUMBER.exec(t);
      if (m) {
        this.pos += m[0].length;
        return Number(m[0]);
      }
    }
    if (this.literal('true')) return true;
    if (this.literal('false')) return false;
    if (this.literal('null')) return null;
    if (this.literal('NaN')) return NaN;
    if (this.literal('Infinity')) return Infinity;
    if (this.literal('-Infinity')) return -Infinity;
    if (this.startsWith('None') || this.startsWith('True') || this.startsWith('False')) {
      this.fail('None/True/False are Python, not JSON (null/true/false): save the data with json.dump, not print()');
    }
    if (this.startsWith('nan') || this.startsWith('inf') || this.startsWith('-inf')) {
      this.fail("'nan'/'inf' are not JSON; write NaN, Infinity or a number");
    }
    this.fail(`unexpected character '${c}' where a value should start`);
  }

  private literal(word: string): boolean {
    if (!this.startsWith(word)) return false;
    // "NaNx" or "nullable" are not the literal.
    const next = this.text.charCodeAt(this.pos + word.length);
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || (next >= 48 && next <= 57) || next === 95) {
      return false;
    }
    this.pos += word.length;
    return true;
  }

  private string(): string {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let escaped = false;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 34) break; // closing quote
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 32)
        this.fail('a string is not closed before the end of the line (or holds a raw control character)', start);
      i++;
    }
    if (i >= t.length) this.fail('a string is not closed before the end of the file', start);
    this.pos = i + 1;
    const raw = t.slice(start, i + 1);
    if (!escaped) return raw.slice(1, -1);
    try {
      return JSON.parse(raw) as string;
    } catch {
      this.fail(
        'a string holds an invalid escape sequence (a backslash must start \\n, \\", \\\\, \\uXXXX, ...)',
        start,
      );
    }
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`the document is nested deeper than ${MAX_DEPTH} levels`);
    this.pos++;
  }

  private object(): Record<string, unknown> {
    this.enter();
    const out: Record<string, unknown> = {};
    /** Where each key starts, to name the first of two equal keys. */
    const keyAt = new Map<string, number>();
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c !== '"') {
        if (c === '}') this.fail('a comma before } is not allowed in JSON (trailing comma)');
        if (c === "'")
          this.fail(
            'object keys must use double quotes, not single quotes; this looks like a Python repr: save the data with json.dump',
          );
        if (c === undefined) this.fail('unexpected end of the file inside an object: a } is missing');
        this.fail('expected a key in double quotes');
      }
      const keyStart = this.pos;
      const key = this.string();
      const first = keyAt.get(key);
      if (first !== undefined) {
        const line = lineAndColumn(this.text, first).line;
        this.fail(
          `the key "${key}" is written twice in this object (first on line ${line}); JSON readers would silently keep only the last one, so keep one`,
          keyStart,
        );
      }
      keyAt.set(key, keyStart);
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after the key "${key}"`);
      this.pos++;
      if (this.target) this.path.push(key);
      const value = this.value();
      if (this.target) this.path.pop();
      setKey(out, key, value);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        this.depth--;
        return out;
      }
      if (next === undefined) this.fail('unexpected end of the file inside an object: a } is missing');
      this.fail("expected ',' or '}' after a value in an object");
    }
  }

  private array(): unknown[] {
    this.enter();
    const out: unknown[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') this.fail('a comma before ] is not allowed in JSON (trailing comma)');
      if (this.target) this.path.push(out.length);
      out.push(this.value());
      if (this.target) this.path.pop();
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ']') {
        this.pos++;
        this.depth--;
        return out;
      }
      if (next === undefined) this.fail('unexpected end of the file inside a list: a ] is missing');
      this.fail("expected ',' or ']' after a value in a list");
    }
  }
}

function samePath(a: DocPath, b: DocPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
