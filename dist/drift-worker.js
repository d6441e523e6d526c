import { createRequire as __mrgCreateRequire } from 'module'; const require = __mrgCreateRequire(import.meta.url);

// src/workers/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/evidence/samples-threads.ts
import { closeSync, openSync, readSync, fstatSync } from "node:fs";

// src/evidence/csv.ts
var CsvFormatError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
var QUOTE = 34;
var COMMA = 44;
var LF = 10;
var CR = 13;
var BOM = Buffer.from([239, 187, 191]);
var CsvTokenizer = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  carry = null;
  line = 1;
  first = true;
  /** The line the next record starts on (1-based; blank lines and line breaks counted). */
  get currentLine() {
    return this.line;
  }
  push(chunk) {
    if (this.first) {
      const head = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      this.carry = null;
      if (head.length < 3 && BOM.subarray(0, head.length).equals(head)) {
        if (head.length > 0) this.carry = Buffer.from(head);
        return;
      }
      this.first = false;
      this.scan(head.subarray(0, 3).equals(BOM) ? head.subarray(3) : head);
      return;
    }
    let buf = chunk;
    const carry = this.carry;
    this.carry = null;
    if (carry) {
      const lf = chunk.indexOf(LF);
      if (lf >= 0 && carry.indexOf(QUOTE) < 0 && chunk.indexOf(QUOTE) < 0) {
        const head = Buffer.concat([carry, chunk.subarray(0, lf + 1)]);
        this.records(head, 0, head.length);
        buf = chunk.subarray(lf + 1);
      } else buf = Buffer.concat([carry, chunk]);
    }
    this.scan(buf);
  }
  /** Tokenizes the whole records in buf and carries the rest. */
  scan(buf) {
    let boundary = 0;
    if (buf.indexOf(QUOTE) < 0) boundary = buf.lastIndexOf(LF) + 1;
    else {
      let inQuotes = false;
      for (let i = 0; i < buf.length; i++) {
        const b = buf[i];
        if (b === QUOTE) inQuotes = !inQuotes;
        else if (b === LF && !inQuotes) boundary = i + 1;
      }
    }
    if (boundary > 0) this.records(buf, 0, boundary);
    if (boundary < buf.length) this.carry = Buffer.from(buf.subarray(boundary));
  }
  end() {
    const buf = this.carry;
    this.carry = null;
    if (buf && buf.length > 0) this.records(buf, 0, buf.length);
  }
  /** Tokenizes the records in [pos, end); the last may lack its newline. */
  records(buf, pos, end) {
    const sink = this.sink;
    let i = pos;
    while (i < end) {
      if (buf[i] === LF || buf[i] === CR) {
        if (buf[i] === LF) this.line++;
        i++;
        continue;
      }
      if (sink.plainRecords) {
        const taken = sink.plainRecords(buf, i, end);
        if (taken.records > 0) {
          this.line += taken.records;
          i = taken.pos;
          continue;
        }
      }
      const startLine = this.line;
      let fieldNo = 0;
      for (; ; ) {
        fieldNo++;
        if (i < end && buf[i] === QUOTE) {
          let j = i + 1;
          let text = "";
          let segment = j;
          for (; ; ) {
            if (j >= end) throw new CsvFormatError(`field ${fieldNo} opens a quote that is never closed`, startLine);
            const b = buf[j];
            if (b === QUOTE) {
              if (j + 1 < end && buf[j + 1] === QUOTE) {
                text += buf.toString("utf8", segment, j + 1);
                j += 2;
                segment = j;
                continue;
              }
              text += buf.toString("utf8", segment, j);
              j++;
              break;
            }
            if (b === LF) this.line++;
            j++;
          }
          if (j < end && buf[j] !== COMMA && buf[j] !== LF && buf[j] !== CR) {
            throw new CsvFormatError(`text after the closing quote of field ${fieldNo}`, this.line);
          }
          sink.field(buf, 0, 0, text, startLine);
          i = j;
        } else {
          let j = i;
          while (j < end) {
            const b = buf[j];
            if (b === COMMA || b === LF || b === CR) break;
            j++;
          }
          sink.field(buf, i, j, null, startLine);
          i = j;
        }
        if (i >= end) break;
        const sep = buf[i];
        if (sep === COMMA) {
          i++;
          if (i >= end) {
            sink.field(buf, i, i, null, startLine);
            break;
          }
          continue;
        }
        i += sep === CR && i + 1 < end && buf[i + 1] === LF ? 2 : 1;
        this.line++;
        break;
      }
      sink.endRecord(startLine);
    }
  }
};

// src/evidence/numbers.ts
var PANDAS_NA_VALUES = /* @__PURE__ */ new Set([
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null"
]);
function isMissingToken(text) {
  return PANDAS_NA_VALUES.has(text);
}
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18,
  1e19,
  1e20,
  1e21,
  1e22
];
var EXACT_DIGITS = 15;
var NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
var INTEGER_RE = /^[+-]?\d+$/;
var INFINITY_RE = /^[+-]?inf(inity)?$/i;
var INT64_LIMIT = 2 ** 63;
var lastWasInteger = false;
var lastNumberWasInteger = () => lastWasInteger;
function parseNumberBytes(buf, start, end) {
  while (start < end && buf[start] === 32) start++;
  while (end > start && buf[end - 1] === 32) end--;
  let i = start;
  let negative = false;
  if (i < end && (buf[i] === 45 || buf[i] === 43)) {
    negative = buf[i] === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  let dot = false;
  while (i < end) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) break;
    mantissa = mantissa * 10 + d;
    if (mantissa !== 0) digits++;
    any = true;
    i++;
  }
  if (i < end && buf[i] === 46) {
    dot = true;
    i++;
    while (i < end) {
      const d = buf[i] - 48;
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
  const text = buf.toString("latin1", start, end);
  return parseNumberText(text);
}
function parseNumberText(text) {
  const t = text.trim();
  if (!NUMBER_RE.test(t)) {
    if (INFINITY_RE.test(t)) {
      lastWasInteger = false;
      return t[0] === "-" ? -Infinity : Infinity;
    }
    return NaN;
  }
  const v = Number(t);
  lastWasInteger = INTEGER_RE.test(t) && Math.abs(v) < INT64_LIMIT;
  return v;
}

// src/evidence/csv-plain.ts
var LF2 = 10;
var CR2 = 13;
var COMMA2 = 44;
var MINUS = 45;
var PLUS = 43;
var DOT = 46;
var ZERO = 48;
var PLAIN_INTEGER = 0;
var PLAIN_DECIMAL = 1;
var PLAIN_EMPTY = 2;
function scanPlainRecord(buf, pos, fields, values, kinds) {
  let i = pos;
  if (buf[i] === LF2 || buf[i] === CR2) return -1;
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
    for (; ; ) {
      const d = b - ZERO;
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        if (mantissa !== 0) digits++;
        if (dot) scale++;
      } else if (b === DOT && !dot) dot = true;
      else break;
      b = buf[++i];
    }
    if (i === fieldStart && (b === COMMA2 || b === LF2 || b === CR2)) kinds[c] = PLAIN_EMPTY;
    else if (i - start === (dot ? 1 : 0) || digits > EXACT_DIGITS || scale >= POW10.length) return -1;
    else {
      const v = scale === 0 ? mantissa : mantissa / POW10[scale];
      values[c] = negative ? -v : v;
      kinds[c] = dot ? PLAIN_DECIMAL : PLAIN_INTEGER;
    }
    if (c < fields - 1) {
      if (b !== COMMA2) return -1;
      i++;
    } else if (b === LF2) return i + 1;
    else if (b === CR2 && buf[i + 1] === LF2) return i + 2;
    else return -1;
  }
  return -1;
}

// src/evidence/table.ts
var SampleFormatError = class extends Error {
  constructor(reason, file, line) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.reason = reason;
    this.file = file;
    this.line = line;
    this.name = "SampleFormatError";
  }
  reason;
  file;
  line;
};
var BOOLEAN_LABELS = /* @__PURE__ */ new Map([
  ["True", "True"],
  ["TRUE", "True"],
  ["true", "True"],
  ["False", "False"],
  ["FALSE", "False"],
  ["false", "False"]
]);
function canonicalBooleans(col) {
  if (col.categories.length === 0 || !col.categories.every((c) => BOOLEAN_LABELS.has(c))) return col;
  const categories = [];
  const remap = col.categories.map((c) => {
    const label = BOOLEAN_LABELS.get(c);
    const at = categories.indexOf(label);
    return at >= 0 ? at : categories.push(label) - 1;
  });
  if (categories.length === col.categories.length && categories.every((c, i) => c === col.categories[i])) return col;
  for (let i = 0; i < col.codes.length; i++) col.codes[i] = remap[col.codes[i]];
  return { ...col, categories };
}

// src/evidence/table-builder.ts
var CHUNK = 4 << 20;
var f64 = (n, shared) => new Float64Array(shared ? new SharedArrayBuffer(n * 8) : new ArrayBuffer(n * 8));
var i32 = (n, shared) => new Int32Array(shared ? new SharedArrayBuffer(n * 4) : new ArrayBuffer(n * 4));
var ColumnBuilder = class {
  constructor(name, forced, capacity, shared = false) {
    this.name = name;
    this.forced = forced;
    this.capacity = capacity;
    this.shared = shared;
    this.type = forced ?? "numeric";
    this.values = this.type === "numeric" ? f64(capacity, shared) : new Float64Array(0);
    if (this.type === "categorical") this.codes = i32(capacity, shared);
  }
  name;
  forced;
  capacity;
  shared;
  type;
  values;
  codes = null;
  length = 0;
  missing = 0;
  infinite = 0;
  /** Every value so far an integer literal (see NumericColumn.integer). */
  integer = true;
  /** Turned from numbers to labels part-way: the table is read again with this column as text. */
  mixed = false;
  categories = [];
  index = /* @__PURE__ */ new Map();
  grow() {
    this.capacity = Math.max(16, Math.ceil(this.capacity * 1.5));
    if (this.type === "numeric") {
      const next = f64(this.capacity, this.shared);
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    } else {
      const next = i32(this.capacity, this.shared);
      next.set(this.codes.subarray(0, this.length));
      this.codes = next;
    }
  }
  /** A number; integer says whether it was written as an integer. Infinities are dropped and counted. */
  addNumber(v, integer) {
    if (this.type === "categorical") return this.addLabel(String(v));
    if (v === Infinity || v === -Infinity) {
      this.infinite++;
      this.integer = false;
      return;
    }
    if (!integer) this.integer = false;
    if (this.length === this.capacity) this.grow();
    this.values[this.length++] = v;
  }
  addLabel(label) {
    if (this.type === "numeric") this.becomeCategorical();
    if (this.length === this.capacity) this.grow();
    let code = this.index.get(label);
    if (code === void 0) {
      code = this.categories.length;
      this.categories.push(label);
      this.index.set(label, code);
    }
    this.codes[this.length++] = code;
  }
  /** Numbers seen so far become labels (their shortest decimal form). */
  becomeCategorical() {
    if (this.length > 0 || this.infinite > 0) this.mixed = true;
    const numbers = this.values.subarray(0, this.length);
    this.type = "categorical";
    this.codes = i32(this.capacity, this.shared);
    const count = this.length;
    this.length = 0;
    for (let i = 0; i < count; i++) this.addLabel(String(numbers[i]));
    this.values = new Float64Array(0);
  }
  finish() {
    if (this.type === "numeric") {
      const col = {
        name: this.name,
        type: "numeric",
        values: this.values.subarray(0, this.length),
        missing: this.missing
      };
      if (this.infinite > 0) col.infinite = this.infinite;
      if (this.integer && this.missing === 0 && this.infinite === 0 && this.length > 0) col.integer = true;
      return col;
    }
    return canonicalBooleans({
      name: this.name,
      type: "categorical",
      codes: this.codes.subarray(0, this.length),
      categories: this.categories,
      missing: this.missing
    });
  }
};
var TableBuilder = class {
  constructor(source, format, options, expectedRows = 1024, shared = false) {
    this.source = source;
    this.format = format;
    this.options = options;
    this.expectedRows = expectedRows;
    this.shared = shared;
  }
  source;
  format;
  options;
  expectedRows;
  shared;
  columns = [];
  byName = /* @__PURE__ */ new Map();
  rows = 0;
  header = null;
  fieldIndex = 0;
  notes = [];
  fail(message, line) {
    throw new SampleFormatError(message, this.source, line);
  }
  addColumn(name) {
    const col = new ColumnBuilder(
      name,
      this.options.columns?.[name],
      Math.ceil(this.expectedRows * 1.05) + 16,
      this.shared
    );
    col.missing = this.rows;
    this.columns.push(col);
    this.byName.set(name, col);
    return col;
  }
  // ---- CSV ----
  csvSink() {
    return {
      field: (buf, start, end, quoted, line) => this.csvField(buf, start, end, quoted, line),
      endRecord: (line) => this.csvEndRecord(line),
      plainRecords: (buf, pos, end) => this.csvPlainRecords(buf, pos, end)
    };
  }
  /** Times the fast path stopped before the end, and records it took: it stops trying once misses are common. */
  plainMisses = 0;
  plainTaken = 0;
  plainValues = new Float64Array(0);
  /** Per column of the record being read: its kind (csv-plain.ts). */
  plainKinds = new Uint8Array(0);
  /**
   * The fast path for the common file (csv-plain.ts): while every column is numeric, takes whole records
   * of plain numeric fields from `pos`, with exactly the effect field() and endRecord() would have, and
   * stops before the first record that is not plain (a label, a quote, `NA`, a blank line, a wrong field
   * count: the field-by-field path reads it and says what is wrong). Returns where it stopped and how many
   * records (lines) it took.
   */
  csvPlainRecords(buf, pos, end) {
    const columns = this.columns;
    const n = columns.length;
    if (!this.header || this.plainMisses > 16 + (this.plainTaken >> 3)) return { pos, records: 0 };
    for (const c of columns) if (c.type !== "numeric") return { pos, records: 0 };
    if (this.plainValues.length !== n) {
      this.plainValues = new Float64Array(n);
      this.plainKinds = new Uint8Array(n);
    }
    const values = this.plainValues;
    const kinds = this.plainKinds;
    let records = 0;
    while (pos < end) {
      const next = scanPlainRecord(buf, pos, n, values, kinds);
      if (next < 0 || next > end) break;
      for (let c = 0; c < n; c++) {
        if (kinds[c] === PLAIN_EMPTY) columns[c].missing++;
        else columns[c].addNumber(values[c], kinds[c] === PLAIN_INTEGER);
      }
      this.rows++;
      records++;
      pos = next;
    }
    this.plainTaken += records;
    if (pos < end) this.plainMisses++;
    return { pos, records };
  }
  headerFields = [];
  csvField(buf, start, end, quoted, line) {
    if (!this.header) {
      this.headerFields.push(quoted ?? buf.toString("utf8", start, end).trim());
      return;
    }
    const col = this.columns[this.fieldIndex++];
    if (!col) return;
    if (quoted === null && col.type === "numeric") {
      const v = parseNumberBytes(buf, start, end);
      if (!Number.isNaN(v)) return col.addNumber(v, lastNumberWasInteger());
    }
    const text = quoted ?? buf.toString("utf8", start, end);
    this.addText(col, text, line);
  }
  addText(col, text, line) {
    if (isMissingToken(text)) {
      col.missing++;
      return;
    }
    if (col.type === "numeric") {
      const v = parseNumberText(text);
      if (!Number.isNaN(v)) return col.addNumber(v, lastNumberWasInteger());
      if (col.forced === "numeric") {
        this.fail(
          `column "${col.name}" is declared numeric but holds "${text.slice(0, 40)}"; fix the value or declare the column categorical`,
          line || void 0
        );
      }
    }
    col.addLabel(text);
  }
  csvEndRecord(line) {
    if (!this.header) {
      const names = this.headerFields;
      if (names.length === 0 || names.every((n) => n === "")) this.fail("the header row is empty", line);
      const seen = /* @__PURE__ */ new Set();
      names.forEach((n, i) => {
        if (n === "") this.fail(`column ${i + 1} of the header has no name`, line);
        if (seen.has(n)) this.fail(`column "${n}" appears twice in the header`, line);
        seen.add(n);
      });
      this.header = names;
      for (const n of names) this.addColumn(n);
      return;
    }
    if (this.fieldIndex !== this.columns.length) {
      this.fail(
        `row has ${this.fieldIndex} fields but the header has ${this.columns.length}; quote fields that contain commas`,
        line
      );
    }
    this.fieldIndex = 0;
    this.rows++;
  }
  // ---- JSON ----
  addObject(row, line) {
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      this.fail("each row must be a JSON object of column values", line);
    }
    const seen = /* @__PURE__ */ new Set();
    for (const [name, value] of Object.entries(row)) {
      const col = this.byName.get(name) ?? this.addColumn(name);
      seen.add(col);
      if (value === null) col.missing++;
      else if (typeof value === "number") {
        if (col.type === "numeric") col.addNumber(value, Number.isInteger(value) && Math.abs(value) < INT64_LIMIT);
        else col.addLabel(String(value));
      } else if (typeof value === "string") {
        if (col.forced === "numeric") this.addText(col, value, line ?? 0);
        else if (isMissingToken(value)) col.missing++;
        else col.addLabel(value);
      } else if (typeof value === "boolean") col.addLabel(String(value));
      else this.fail(`column "${name}" holds a nested ${Array.isArray(value) ? "array" : "object"}; flatten it`, line);
    }
    for (const col of this.columns) if (!seen.has(col)) col.missing++;
    this.rows++;
  }
  finish() {
    if (this.format === "csv" && !this.header) this.fail("no header row: the first line must name the columns");
    if (this.columns.length === 0) this.fail("no columns found");
    const columns = this.columns.map((c) => c.finish());
    return {
      source: this.source,
      format: this.format,
      rows: this.rows,
      columns,
      notes: [...this.notes, ...tableNotes(this.source, this.options, columns)]
    };
  }
  /** Columns that held numbers before their first text value (not declared in the configuration). */
  mixedColumns() {
    return this.columns.filter((c) => c.mixed && c.forced === void 0).map((c) => c.name);
  }
};
function tableNotes(source, options, columns) {
  const notes = [];
  const names = new Set(columns.map((c) => c.name));
  for (const name of Object.keys(options.columns ?? {})) {
    if (!names.has(name)) notes.push(`column "${name}" is typed in the configuration but absent from ${source}`);
  }
  for (const c of columns) {
    const n = c.type === "numeric" ? c.infinite ?? 0 : 0;
    if (n > 0)
      notes.push(
        `column "${c.name}" in ${source}: ${n} infinite value${n === 1 ? "" : "s"} dropped, as Evidently does`
      );
  }
  return notes;
}

// src/workers/pool.ts
var TRACE = !!process.env.MRG_TRACE_THREADS;

// src/evidence/samples-threads.ts
var MIN_THREADED_BYTES = 8 << 20;
var QUOTE2 = 34;
function parseCsvPart(task) {
  const builder = new TableBuilder(
    task.source,
    "csv",
    { source: task.source, columns: task.columns },
    task.expectedRows,
    true
  );
  const tokenizer = new CsvTokenizer(builder.csvSink());
  const fd = openSync(task.path, "r");
  try {
    tokenizer.push(Buffer.from(task.header));
    for (let pos = task.start; pos < task.end; ) {
      const want = Math.min(CHUNK, task.end - pos);
      const chunk = Buffer.allocUnsafe(want);
      const got = readSync(fd, chunk, 0, want, pos);
      if (got === 0) break;
      const data = got < want ? chunk.subarray(0, got) : chunk;
      if (data.indexOf(QUOTE2) >= 0) return { result: { unsafe: true }, transfer: [] };
      tokenizer.push(data);
      pos += got;
    }
    tokenizer.end();
    const mixed = builder.mixedColumns();
    const table = builder.finish();
    return {
      result: { unsafe: false, columns: table.columns, mixed, rows: table.rows, lines: tokenizer.currentLine - 2 },
      transfer: []
    };
  } catch (e) {
    if (e instanceof SampleFormatError)
      return { result: { unsafe: false, error: { reason: e.reason, line: e.line } }, transfer: [] };
    if (e instanceof CsvFormatError)
      return { result: { unsafe: false, error: { reason: e.message, line: e.line } }, transfer: [] };
    throw e;
  } finally {
    closeSync(fd);
  }
}

// src/drift/binning.ts
function linspace(start, stop, num) {
  const out = new Float64Array(num);
  const div = num - 1;
  const step = (stop - start) / div;
  for (let i = 0; i < num; i++) out[i] = step === 0 ? i / div * (stop - start) + start : i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}
function sturgesEdges(min, max, count, integer = false) {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let width = (max - min) / (Math.log2(count) + 1);
  if (width && integer && width < 1) width = 1;
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}
function histogramSorted(sorted, edges) {
  const counts = new Float64Array(edges.length - 1);
  const nb = counts.length;
  let prev = lowerBound(sorted, edges[0]);
  for (let i = 0; i < nb; i++) {
    const next = i === nb - 1 ? upperBound(sorted, edges[nb]) : lowerBound(sorted, edges[i + 1]);
    counts[i] = Math.max(0, next - prev);
    prev = Math.max(prev, next);
  }
  return counts;
}
function lowerBound(a, v) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function upperBound(a, v) {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (a[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countDistinctSorted(a) {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[i - 1]) n++;
  return n;
}
function countDistinctUnion(a, b) {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    n++;
    while (i < a.length && a[i] === v) i++;
    while (j < b.length && b[j] === v) j++;
  }
  return n;
}
function valueCountsUnion(a, b) {
  const values = [];
  const ref = [];
  const cur = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    let ca = 0;
    let cb = 0;
    while (i < a.length && a[i] === v) {
      i++;
      ca++;
    }
    while (j < b.length && b[j] === v) {
      j++;
      cb++;
    }
    values.push(v);
    ref.push(ca);
    cur.push(cb);
  }
  return { values, ref, cur };
}
function fillZeroShares(shares2) {
  let min = Infinity;
  for (const s of shares2) if (s !== 0 && s < min) min = s;
  if (min === Infinity) return shares2;
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  return shares2.map((s) => s === 0 ? fill : s);
}
function evidentlyNumericShares(ref, cur, fillZeroes, integer = false) {
  let referenceCounts;
  let currentCounts;
  let edges;
  let keys;
  if (countDistinctSorted(ref) > 20) {
    const min = Math.min(ref[0], cur[0]);
    const max = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
    edges = sturgesEdges(min, max, ref.length + cur.length, integer);
    referenceCounts = histogramSorted(ref, edges);
    currentCounts = histogramSorted(cur, edges);
  } else {
    const vc = valueCountsUnion(ref, cur);
    keys = vc.values;
    referenceCounts = Float64Array.from(vc.ref);
    currentCounts = Float64Array.from(vc.cur);
  }
  return shares(referenceCounts, currentCounts, ref.length, cur.length, fillZeroes, edges, keys);
}
function evidentlyCategoricalShares(refCounts, curCounts, fillZeroes) {
  const keep = [];
  for (let k = 0; k < refCounts.length; k++) if (refCounts[k] > 0 || curCounts[k] > 0) keep.push(k);
  const rc = Float64Array.from(keep, (k) => refCounts[k]);
  const cc = Float64Array.from(keep, (k) => curCounts[k]);
  const total = (c) => c.reduce((s, v) => s + v, 0);
  return shares(rc, cc, total(rc), total(cc), fillZeroes, void 0, keep);
}
function quantileShares(ref, cur, buckets = 10) {
  const edges = new Float64Array(buckets + 1);
  for (let i = 0; i <= buckets; i++) edges[i] = percentileSorted(ref, i / buckets * 100);
  const referenceCounts = histogramSorted(ref, edges);
  const currentCounts = histogramSorted(cur, edges);
  const fill = (c, n) => c.map((v) => v === 0 ? 1e-4 : v / n);
  return {
    reference: fill(referenceCounts, ref.length),
    current: fill(currentCounts, cur.length),
    referenceCounts,
    currentCounts,
    edges
  };
}
function percentileSorted(a, q) {
  const n = a.length;
  const f = q / 100;
  const pos = n * f + (1 - f) - 1;
  if (pos >= n - 1) return a[n - 1];
  if (pos < 0) return a[0];
  const lo = Math.floor(pos);
  const t = pos - lo;
  const below = a[lo];
  const above = a[lo + 1];
  const diff = above - below;
  return t >= 0.5 ? above - diff * (1 - t) : below + diff * t;
}
function shares(referenceCounts, currentCounts, nRef, nCur, fillZeroes, edges, keys) {
  let reference = referenceCounts.map((c) => c / nRef);
  let current = currentCounts.map((c) => c / nCur);
  if (fillZeroes) {
    reference = fillZeroShares(reference);
    current = fillZeroShares(current);
  }
  return { reference, current, referenceCounts, currentCounts, edges, keys };
}

// src/drift/sort.ts
var RADIX_MIN = 2048;
var MAX_DECIMALS = 9;
var KEY_SPAN = 2 ** 32;
var COUNT_SPAN_PER_VALUE = 2;
function sortedCopy(values) {
  return sortInPlace(Float64Array.from(values));
}
function sortInPlace(values) {
  const n = values.length;
  if (n < RADIX_MIN) return values.sort();
  if (sortAsDecimals(values)) return values;
  let a = values;
  let b = new Float64Array(n);
  let ka = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
  let kb = new Uint32Array(b.buffer);
  for (let i = 0; i < n; i++) {
    const hi = ka[2 * i + 1];
    if (hi & 2147483648) {
      ka[2 * i + 1] = ~hi >>> 0;
      ka[2 * i] = ~ka[2 * i] >>> 0;
    } else ka[2 * i + 1] = (hi | 2147483648) >>> 0;
  }
  const counts = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const lo = ka[2 * i];
    const hi = ka[2 * i + 1];
    counts[lo & 65535]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 65535)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 === 0 ? 0 : 16;
    let skip = false;
    let sum2 = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) skip = true;
      counts[base + d] = sum2;
      sum2 += c;
    }
    if (skip) continue;
    for (let i = 0; i < n; i++) {
      const lo = ka[2 * i];
      const hi = ka[2 * i + 1];
      const digit = (word === 0 ? lo : hi) >>> shift & 65535;
      const pos = counts[base + digit]++;
      kb[2 * pos] = lo;
      kb[2 * pos + 1] = hi;
    }
    [a, b] = [b, a];
    [ka, kb] = [kb, ka];
  }
  for (let i = 0; i < n; i++) {
    const hi = ka[2 * i + 1];
    if (hi & 2147483648) ka[2 * i + 1] = (hi & 2147483647) >>> 0;
    else {
      ka[2 * i + 1] = ~hi >>> 0;
      ka[2 * i] = ~ka[2 * i] >>> 0;
    }
  }
  if (a !== values) values.set(a);
  return values;
}
function sortAsDecimals(values) {
  const n = values.length;
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
    const counts2 = new Uint32Array(span + 1);
    for (let i = 0; i < n; i++) counts2[Math.round(values[i] * scale) - min]++;
    let at = 0;
    for (let key = 0; key <= span; key++) {
      const c = counts2[key];
      if (c === 0) continue;
      const v = (key + min) / scale;
      for (let j = 0; j < c; j++) values[at++] = v;
    }
    return true;
  }
  let keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.round(values[i] * scale) - min;
  const totalBits = Math.ceil(Math.log2(span + 1));
  const passes = totalBits > 16 ? 2 : 1;
  const bits = Math.ceil(totalBits / passes);
  const mask = (1 << bits) - 1;
  const counts = new Uint32Array(mask + 1);
  let out = new Uint32Array(n);
  for (let pass = 0; pass < passes; pass++) {
    const shift = pass * bits;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[keys[i] >>> shift & mask]++;
    let sum2 = 0;
    for (let digit = 0; digit <= mask; digit++) {
      const c = counts[digit];
      counts[digit] = sum2;
      sum2 += c;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      out[counts[key >>> shift & mask]++] = key;
    }
    [keys, out] = [out, keys];
  }
  for (let i = 0; i < n; i++) values[i] = (keys[i] + min) / scale;
  return true;
}

// src/drift/special.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
var LOG_SQRT_2PI = 0.9189385332046727;
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i);
  return LOG_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
var EPS = 2220446049250313e-31;
var TINY = 1e-300;
function gammaQ(a, x) {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum2 = 1 / a;
    let term = sum2;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * EPS) break;
    }
    return Math.max(0, 1 - sum2 * Math.exp(logPrefix));
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logPrefix) * h;
}
function chi2Sf(x, dof) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  return gammaQ(0.5, x * x);
}
function normalTwoSided(z) {
  return erfc(Math.abs(z) / Math.SQRT2);
}
var MIN_LOG = -745.1332191019412;
function smirnovSf(n, x) {
  if (!(n > 0) || !(x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha === 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) return 1 - x * Math.pow(1 + x, n - 1);
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return Math.pow(1 - x, n);
  if (n > 1e6) {
    return Math.exp(-Math.pow(6 * n * x + 1, 2) / 18 / n);
  }
  const last = n - nxfl - 1;
  let logC = 0;
  let maxLog = -Infinity;
  let sum2 = 0;
  let prev = -Infinity;
  for (let v = 0; v <= last; v++) {
    const t = logC + (v - 1) * Math.log(x + v / n) + (n - v) * Math.log((n - v) / n - x);
    if (t > maxLog) {
      sum2 = sum2 * Math.exp(maxLog - t) + 1;
      maxLog = t;
    } else sum2 += Math.exp(t - maxLog);
    if (t < prev && t < maxLog - 45) break;
    prev = t;
    logC += Math.log((n - v) / (v + 1));
  }
  const p = Math.exp(Math.log(x) + maxLog + Math.log(sum2));
  return Math.min(1, Math.max(0, p));
}
var STIRLING = [
  -0.02955065359477124,
  0.00641025641025641,
  -0.001917526917526917,
  8417508417508417e-19,
  -5952380952380952e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
function logFactorialOverPower(n) {
  const rn = 1 / n;
  const z = rn / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * z + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
var E128 = 128;
var EP128 = 2 ** 128;
var EM128 = 2 ** -128;
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      const row = k * m;
      const orow = i * m;
      for (let j = 0; j < m; j++) out[orow + j] += aik * b[row + j];
    }
  }
  return out;
}
function kolmognDurbin(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H = new Float64Array(m * m);
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let P = new Float64Array(m * m);
  for (let i = 0; i < m; i++) P[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = matmul(P, H, m);
      expnt += hExpnt;
    }
    H = matmul(H, H, m);
    hExpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
      hExpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p *= 2 ** expnt;
  return p;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  let expnt = 0;
  const gn = g / n;
  const g2n = 2 * g / n;
  const omg = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gn / m;
    twogpower[m] = twogpower[m - 1] * g2n / m;
    onem2gpower[m] = onem2gpower[m - 1] * omg / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const aStart = k1 - V0s;
      const aLen = Math.max(0, Math.min(ln2, npwrs - aStart));
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let max = 0;
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c;
        let s = 0;
        const lo = Math.max(0, idx - (bLen - 1));
        const hi = Math.min(idx, aLen - 1);
        for (let a = lo; a <= hi; a++) s += V0[aStart + a] * pwrs[idx - a];
        V1[c] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < convLen; c++) V1[c] *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans *= 2 ** expnt;
  return ans;
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -(Math.PI * Math.PI) / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const PI2 = Math.PI * Math.PI;
  const PI4 = PI2 * PI2;
  const PI6 = PI4 * PI2;
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z2) / 16;
  const k3d = PI6 * (5 - 30 * z2) / 64;
  const k3c = PI4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qpower = Math.pow(q, 8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = Math.pow(q, k2);
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2] += k2extra * PI2 * SQRT2PI / (-36 * z3);
  K[3] += k3extra * PI2 * SQRT2PI / (216 * z6);
  let sum2 = 0;
  for (let i = 0; i < 4; i++) sum2 += K[i] / Math.pow(n, i / 2);
  return sum2;
}
var clip01 = (p) => Math.min(1, Math.max(0, p));
function kstwoSf(n, x) {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip01(1 - kolmognDurbin(n, x));
    if (nxsquared <= 4) return clip01(1 - kolmognPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  let cdf;
  if (nxsquared >= 18) cdf = 1;
  else if (n <= 1e5 && n * Math.pow(x, 1.5) <= 1.4) cdf = kolmognDurbin(n, x);
  else cdf = kolmognPelzGood(n, x);
  return clip01(1 - cdf);
}

// src/drift/ks.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function ksStatisticSorted(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxS = -Infinity;
  let minS = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || i < n1 && a[i] <= b[j] ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const lowS = Math.min(Math.max(-minS, 0), 1);
  return lowS > maxS ? lowS : maxS;
}
function ks2sampSorted(a, b, method = "auto") {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks2samp needs two non-empty samples");
  let d = ksStatisticSorted(a, b);
  let mode = method;
  const g = gcd(n1, n2);
  if (mode === "auto") mode = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  else if (mode === "exact" && n1 / g >= INT32_MAX / (n2 / g)) mode = "asymp";
  let prob = NaN;
  if (mode === "exact") {
    const exact = exactTwoSided(n1, n2, g, d);
    if (exact) {
      d = exact.d;
      prob = exact.p;
    } else mode = "asymp";
  }
  if (mode === "asymp") {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    prob = kstwoSf(roundHalfEven(m * n / (m + n)), d);
  }
  return { statistic: d, pvalue: Math.min(1, Math.max(0, prob)) };
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function exactTwoSided(n1, n2, g, dIn) {
  const lcm = n1 / g * n2;
  const h = roundHalfEven(dIn * lcm);
  const d = h / lcm;
  if (h === 0) return { d, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!(p >= 0 && p <= 1)) return void 0;
  return { d, p };
}
function probOutsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
function outerProbInside(mIn, nIn, g, h) {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
  }
  return A[maxj - minj - 1];
}

// src/drift/stats.ts
function asCategories(pair) {
  if (pair.type === "categorical") return pair;
  const vc = valueCountsUnion(pair.reference, pair.current);
  return {
    type: "categorical",
    labels: vc.values.map((v) => String(v)),
    reference: Float64Array.from(vc.ref),
    current: Float64Array.from(vc.cur),
    sorted: true
  };
}
function compareCodePoints(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 55296 && x <= 57343;
    const ys = y >= 55296 && y <= 57343;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
function binnedShares(pair, fillZeroes) {
  return pair.type === "numeric" ? evidentlyNumericShares(pair.reference, pair.current, fillZeroes, pair.integer) : evidentlyCategoricalShares(pair.reference, pair.current, fillZeroes);
}
function psi(pair, bins = "evidently") {
  const s = bins === "quantile" && pair.type === "numeric" ? quantileShares(pair.reference, pair.current) : binnedShares(pair, true);
  let sum2 = 0;
  for (let i = 0; i < s.reference.length; i++) {
    const r = s.reference[i];
    const c = s.current[i];
    sum2 += (r - c) * Math.log(r / c);
  }
  return sum2;
}
function normalise(a) {
  let total = 0;
  for (const v of a) total += v;
  return a.map((v) => v / total);
}
function relEntr(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}
function klDiv(pair) {
  const s = binnedShares(pair, true);
  const p = normalise(s.reference);
  const q = normalise(s.current);
  let sum2 = 0;
  for (let i = 0; i < p.length; i++) sum2 += relEntr(p[i], q[i]);
  return sum2;
}
function jensenShannon(pair, base) {
  const s = binnedShares(pair, false);
  const p = normalise(s.reference);
  const q = normalise(s.current);
  let sum2 = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    sum2 += relEntr(p[i], m) + relEntr(q[i], m);
  }
  if (base !== void 0) sum2 /= Math.log(base);
  return Math.sqrt(sum2 / 2);
}
function wassersteinDistance(a, b) {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  let sum2 = 0;
  let comp = 0;
  let v = Math.min(a[0], b[0]);
  while (i < na || j < nb) {
    while (i < na && a[i] <= v) i++;
    while (j < nb && b[j] <= v) j++;
    if (i >= na && j >= nb) break;
    const next = j >= nb || i < na && a[i] <= b[j] ? a[i] : b[j];
    const term = Math.abs(i / na - j / nb) * (next - v);
    const t = sum2 + term;
    comp += Math.abs(sum2) >= Math.abs(term) ? sum2 - t + term : term - t + sum2;
    sum2 = t;
    v = next;
  }
  return sum2 + comp;
}
function pairwiseSum(a, start, n) {
  return sumPlain(a, start, n);
}
function sumPlain(a, start, n) {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += a[i];
    return res;
  }
  if (n <= 128) {
    let r0 = a[start];
    let r1 = a[start + 1];
    let r2 = a[start + 2];
    let r3 = a[start + 3];
    let r4 = a[start + 4];
    let r5 = a[start + 5];
    let r6 = a[start + 6];
    let r7 = a[start + 7];
    let i = 8;
    for (; i < n - n % 8; i += 8) {
      const j = start + i;
      r0 += a[j];
      r1 += a[j + 1];
      r2 += a[j + 2];
      r3 += a[j + 3];
      r4 += a[j + 4];
      r5 += a[j + 5];
      r6 += a[j + 6];
      r7 += a[j + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return sumPlain(a, start, n2) + sumPlain(a, start + n2, n - n2);
}
function pairwiseSquares(a, start, n, shift) {
  if (n < 8) {
    let res = 0;
    for (let i = start; i < start + n; i++) res += (a[i] - shift) * (a[i] - shift);
    return res;
  }
  if (n <= 128) {
    let r0 = (a[start] - shift) * (a[start] - shift);
    let r1 = (a[start + 1] - shift) * (a[start + 1] - shift);
    let r2 = (a[start + 2] - shift) * (a[start + 2] - shift);
    let r3 = (a[start + 3] - shift) * (a[start + 3] - shift);
    let r4 = (a[start + 4] - shift) * (a[start + 4] - shift);
    let r5 = (a[start + 5] - shift) * (a[start + 5] - shift);
    let r6 = (a[start + 6] - shift) * (a[start + 6] - shift);
    let r7 = (a[start + 7] - shift) * (a[start + 7] - shift);
    let i = 8;
    for (; i < n - n % 8; i += 8) {
      const j = start + i;
      r0 += (a[j] - shift) * (a[j] - shift);
      r1 += (a[j + 1] - shift) * (a[j + 1] - shift);
      r2 += (a[j + 2] - shift) * (a[j + 2] - shift);
      r3 += (a[j + 3] - shift) * (a[j + 3] - shift);
      r4 += (a[j + 4] - shift) * (a[j + 4] - shift);
      r5 += (a[j + 5] - shift) * (a[j + 5] - shift);
      r6 += (a[j + 6] - shift) * (a[j + 6] - shift);
      r7 += (a[j + 7] - shift) * (a[j + 7] - shift);
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += (a[start + i] - shift) * (a[start + i] - shift);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSquares(a, start, n2, shift) + pairwiseSquares(a, start + n2, n - n2, shift);
}
function std(a) {
  const n = a.length;
  const mean = pairwiseSum(a, 0, n) / n;
  return Math.sqrt(pairwiseSquares(a, 0, n, mean) / n);
}
function wasserstein(pair) {
  return wassersteinDistance(pair.reference, pair.current) / Math.max(std(pair.reference), 1e-3);
}
function ks(pair) {
  return ks2sampSorted(pair.reference, pair.current);
}
function chiSquare(pair) {
  const c = asCategories(pair);
  const nRef = sum(c.reference);
  const nCur = sum(c.current);
  const kNorm = nCur / nRef;
  let stat = 0;
  let k = 0;
  for (let i = 0; i < c.labels.length; i++) {
    if (c.reference[i] === 0 && c.current[i] === 0) continue;
    k++;
    const expected = c.reference[i] * kNorm;
    const diff = c.current[i] - expected;
    stat += diff * diff / expected;
  }
  if (k < 2) return { statistic: 0, pvalue: 1 };
  return { statistic: stat, pvalue: chi2Sf(stat, k - 1) };
}
function zTest(pair) {
  const c = asCategories(pair);
  const present = c.labels.map((_, i) => i).filter((i) => c.reference[i] > 0 || c.current[i] > 0);
  const refKinds = present.filter((i) => c.reference[i] > 0);
  const curKinds = present.filter((i) => c.current[i] > 0);
  if (refKinds.length === 1 && curKinds.length === 1 && refKinds[0] === curKinds[0]) {
    return { statistic: 0, pvalue: 1 };
  }
  const first = c.sorted ? present[0] : present.reduce((a, b) => compareCodePoints(c.labels[b], c.labels[a]) < 0 ? b : a);
  const n1 = sum(c.reference);
  const n2 = sum(c.current);
  const p1 = (n1 - c.reference[first]) / n1;
  const p2 = (n2 - c.current[first]) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic: z, pvalue: normalTwoSided(z) };
}
function hellinger(pair) {
  let bc = 0;
  if (pair.type === "categorical") {
    const nRef = sum(pair.reference);
    const nCur = sum(pair.current);
    for (let i = 0; i < pair.labels.length; i++) bc += Math.sqrt(pair.reference[i] / nRef * (pair.current[i] / nCur));
  } else {
    const distinct = valueCountsUnion(pair.reference, pair.current).values;
    const edges = sturgesEdges(distinct[0], distinct[distinct.length - 1], distinct.length, pair.integer);
    const h1 = density(histogramSorted(pair.reference, edges), edges);
    const h2 = density(histogramSorted(pair.current, edges), edges);
    const width = (edges[edges.length - 1] - edges[0]) / (edges.length - 1);
    for (let i = 0; i < h1.length; i++) bc += Math.sqrt(h1[i] * h2[i]) * width;
  }
  bc = Math.min(1, Math.max(0, bc));
  return Math.sqrt(1 - bc);
}
function density(counts, edges) {
  const total = sum(counts);
  return counts.map((c, i) => c / (edges[i + 1] - edges[i]) / total);
}
function sum(a) {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

// src/drift/methods.ts
var BOTH = ["numeric", "categorical"];
var NUMERIC = ["numeric"];
var CATEGORICAL = ["categorical"];
var METHODS = [
  {
    id: "ks",
    label: "Kolmogorov-Smirnov p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["K-S p_value", "kolmogorov-smirnov", "ks_2samp", "ks test"],
    strict: false,
    types: NUMERIC,
    score: (pair) => {
      const r = ks(pair);
      return { score: r.pvalue, statistic: r.statistic };
    }
  },
  {
    id: "chisquare",
    label: "chi-square p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["chi-square p_value", "chi2", "chi-square", "chisq", "chi_square"],
    strict: true,
    types: BOTH,
    score: (pair) => ({ score: chiSquare(pair).pvalue })
  },
  {
    id: "z",
    label: "two-proportion Z-test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["Z-test p_value", "ztest", "z-test", "z_test", "proportions ztest"],
    strict: true,
    types: BOTH,
    score: (pair) => ({ score: zTest(pair).pvalue })
  },
  {
    id: "psi",
    label: "Population Stability Index",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["PSI", "population stability index"],
    strict: false,
    types: BOTH,
    score: (pair, o) => ({ score: psi(pair, o.psiBins ?? "evidently") })
  },
  {
    id: "wasserstein",
    label: "Wasserstein distance (normed)",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Wasserstein distance (normed)", "wasserstein distance", "wasserstein_distance", "wd"],
    strict: false,
    types: NUMERIC,
    score: (pair) => ({ score: wasserstein(pair) })
  },
  {
    id: "jensenshannon",
    label: "Jensen-Shannon distance",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Jensen-Shannon distance", "jensen-shannon", "js", "jsd", "js_distance"],
    strict: false,
    types: BOTH,
    score: (pair, o) => ({ score: jensenShannon(pair, o.jsBase) })
  },
  {
    id: "kl_div",
    label: "Kullback-Leibler divergence",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Kullback-Leibler divergence", "kl", "kl divergence", "kullback-leibler"],
    strict: false,
    types: BOTH,
    score: (pair) => ({ score: klDiv(pair) })
  },
  {
    id: "hellinger",
    label: "Hellinger distance",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Hellinger distance (normed)", "hellinger distance"],
    strict: false,
    types: BOTH,
    score: (pair) => ({ score: hellinger(pair) })
  },
  {
    id: "anderson",
    label: "Anderson-Darling p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Anderson-Darling", "anderson-darling", "anderson_ksamp"],
    strict: true,
    types: NUMERIC
  },
  {
    id: "cramer_von_mises",
    label: "Cramer-von Mises p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Cramer-von-Mises", "cramer-von mises", "cvm"],
    strict: false,
    types: NUMERIC
  },
  {
    id: "fisher_exact",
    label: "Fisher's exact test p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Fisher's Exact test", "fisher exact", "fisher"],
    strict: true,
    types: CATEGORICAL
  },
  {
    id: "g_test",
    label: "G-test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["g-test", "gtest"],
    strict: true,
    types: CATEGORICAL
  },
  {
    id: "mannw",
    label: "Mann-Whitney U-rank test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["Mann-Whitney U-rank test", "mann-whitney", "mannwhitneyu"],
    strict: true,
    types: NUMERIC
  },
  {
    id: "t_test",
    label: "t-test p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["t-test", "ttest"],
    strict: true,
    types: NUMERIC
  },
  {
    id: "es",
    label: "Epps-Singleton p-value",
    kind: "pvalue",
    defaultThreshold: 0.05,
    aliases: ["Epps-Singleton", "epps_singleton"],
    strict: true,
    types: NUMERIC
  },
  {
    id: "ed",
    label: "energy distance",
    kind: "distance",
    defaultThreshold: 0.1,
    aliases: ["Energy-distance", "energy distance", "energy_distance"],
    strict: true,
    types: NUMERIC
  },
  {
    id: "empirical_mmd",
    label: "empirical MMD p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["Empirical_MMD", "emperical_mmd", "mmd"],
    strict: true,
    types: NUMERIC
  },
  {
    id: "tvd",
    label: "Total variation distance p-value",
    kind: "pvalue",
    defaultThreshold: 0.1,
    aliases: ["TVD", "Total-Variation-Distance", "total variation distance"],
    strict: true,
    types: CATEGORICAL
  }
];
var normalise2 = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "");
var BY_NAME = /* @__PURE__ */ new Map();
for (const m of METHODS) {
  for (const n of [m.id, m.label, ...m.aliases]) BY_NAME.set(normalise2(n), m);
}
function resolveMethod(name) {
  if (!name) return void 0;
  return BY_NAME.get(normalise2(name));
}
function isDrift(method, score, threshold) {
  if (method.kind === "pvalue") return method.strict ? score < threshold : score <= threshold;
  return method.strict ? score > threshold : score >= threshold;
}
function thresholdProblem(method, value) {
  if (!Number.isFinite(value)) return `${value} is not a number`;
  if (method.kind === "pvalue" && !(value > 0 && value <= 1))
    return `${method.id} gives a p-value, so its threshold is a significance level in (0, 1], not ${value}`;
  if (method.kind === "distance" && value < 0) return `${method.id} is a distance, so its threshold is at least 0`;
  return void 0;
}
var COMPUTABLE_METHODS = METHODS.filter((m) => m.score !== void 0);
var COMPUTABLE_METHOD_IDS = COMPUTABLE_METHODS.map((m) => m.id);
var COMPUTABLE_METHOD_LIST = COMPUTABLE_METHOD_IDS.join(", ");

// src/drift/columns.ts
var INTEGER_CARDINALITY_LIMIT = 10;
function distinctNumbers(values) {
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < values.length; i++) {
    seen.add(values[i]);
    if (seen.size > INTEGER_CARDINALITY_LIMIT) break;
  }
  return seen.size;
}
function inferColumnType(col) {
  if (col.type === "numeric") {
    if (col.integer && distinctNumbers(col.values) <= INTEGER_CARDINALITY_LIMIT) return "categorical";
    return "numeric";
  }
  const used = new Uint8Array(col.categories.length);
  let distinct = 0;
  for (let i = 0; i < col.codes.length; i++) {
    if (!used[col.codes[i]]) {
      used[col.codes[i]] = 1;
      distinct++;
    }
  }
  return distinct > col.codes.length * 0.5 ? "text" : "categorical";
}
function categoricalCounts(col, index, labels) {
  const local = new Float64Array(col.categories.length);
  for (let i = 0; i < col.codes.length; i++) local[col.codes[i]]++;
  const counts = [];
  col.categories.forEach((label, k) => {
    let g = index.get(label);
    if (g === void 0) {
      g = labels.length;
      labels.push(label);
      index.set(label, g);
    }
    counts[g] = (counts[g] ?? 0) + local[k];
  });
  return counts;
}
function asLabels(col) {
  if (col.type === "categorical") return col;
  const index = /* @__PURE__ */ new Map();
  const categories = [];
  const codes = new Int32Array(col.values.length);
  col.values.forEach((v, i) => {
    const label = String(v);
    let k = index.get(label);
    if (k === void 0) {
      k = categories.length;
      categories.push(label);
      index.set(label, k);
    }
    codes[i] = k;
  });
  return { name: col.name, type: "categorical", codes, categories, missing: col.missing };
}
function prepare(ref, cur, type) {
  if (ref.type === "numeric" && cur.type === "numeric") {
    const r = ref.sorted ? ref.values : sortedCopy(ref.values);
    const c = cur.sorted ? cur.values : sortedCopy(cur.values);
    const integer = !!ref.integer && !!cur.integer;
    const numeric = { type: "numeric", reference: r, current: c, ...integer ? { integer } : {} };
    const pair2 = type === "numeric" ? numeric : asCategories(numeric);
    return { pair: pair2, unique: pair2.type === "numeric" ? countDistinctUnion(r, c) : pair2.labels.length };
  }
  const index = /* @__PURE__ */ new Map();
  const labels = [];
  const rc = categoricalCounts(asLabels(ref), index, labels);
  const cc = categoricalCounts(asLabels(cur), index, labels);
  const order = labels.map((_, k) => k).sort((a, b) => compareCodePoints(labels[a], labels[b]));
  const pair = {
    type: "categorical",
    labels: order.map((k) => labels[k]),
    reference: Float64Array.from(order, (k) => rc[k] ?? 0),
    current: Float64Array.from(order, (k) => cc[k] ?? 0),
    sorted: true
  };
  return { pair, unique: labels.length };
}

// src/evidence/result.ts
function own(obj, key) {
  return obj != null && Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : void 0;
}

// src/drift/choose.ts
var AUTO_SMALL_REFERENCE = 1e3;
function chooseMethod(referenceRows, type, uniqueValues) {
  if (referenceRows <= AUTO_SMALL_REFERENCE) {
    if (type === "numeric" && uniqueValues > 5) return "ks";
    return uniqueValues > 2 ? "chisquare" : "z";
  }
  return type === "numeric" && uniqueValues > 5 ? "wasserstein" : "jensenshannon";
}
function methodInfo(id) {
  const m = resolveMethod(id);
  if (!m) throw new Error(`unknown drift method "${id}"`);
  return m;
}
var appliesTo = (method, type) => method.types.includes(type);
function resolveComputableMethod(name) {
  if (name === "auto") return "auto";
  const m = resolveMethod(name);
  if (!m || !m.score) {
    throw new Error(
      `drift method "${name}" cannot be computed from samples; use one of: auto, ${COMPUTABLE_METHOD_LIST}`
    );
  }
  return m.id;
}
function thresholdFor(column, method, explicitMethod, thresholds) {
  if (typeof thresholds === "number") {
    if (explicitMethod !== "auto") return thresholds;
    return method.kind === "distance" ? thresholds : method.defaultThreshold;
  }
  if (thresholds) {
    const forColumn = own(thresholds, column);
    if (forColumn !== void 0) return forColumn;
    for (const [key, value] of Object.entries(thresholds)) {
      if (resolveMethod(key)?.id === method.id) return value;
    }
  }
  return method.defaultThreshold;
}

// src/drift/histogram.ts
var NUMERIC_BINS = 10;
var TOP_CATEGORIES = 9;
function formatEdge(v) {
  if (v === 0) return "0";
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-3) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}
function histogram(pair, distinctValues) {
  if (pair.type === "numeric") {
    const distinct = distinctValues ?? countDistinctUnion(pair.reference, pair.current);
    if (distinct > NUMERIC_BINS) {
      const min = Math.min(pair.reference[0], pair.current[0]);
      const max = Math.max(pair.reference[pair.reference.length - 1], pair.current[pair.current.length - 1]);
      const edges = linspace(min, max, NUMERIC_BINS + 1);
      const labels = [];
      for (let i = 0; i < NUMERIC_BINS; i++) {
        labels.push(`[${formatEdge(edges[i])}, ${formatEdge(edges[i + 1])}${i === NUMERIC_BINS - 1 ? "]" : ")"}`);
      }
      return {
        labels,
        reference: Array.from(histogramSorted(pair.reference, edges)),
        current: Array.from(histogramSorted(pair.current, edges))
      };
    }
  }
  const c = asCategories(pair);
  const order = c.labels.map((_, i) => i).filter((i) => c.reference[i] + c.current[i] > 0);
  if (pair.type === "categorical")
    order.sort(
      (a, b) => c.reference[b] + c.current[b] - (c.reference[a] + c.current[a]) || compareCodePoints(c.labels[a], c.labels[b])
    );
  const shown = order.length > TOP_CATEGORIES + 1 ? order.slice(0, TOP_CATEGORIES) : order;
  const rest = order.slice(shown.length);
  const h = {
    labels: shown.map((i) => c.labels[i]),
    reference: shown.map((i) => c.reference[i]),
    current: shown.map((i) => c.current[i])
  };
  if (rest.length > 0) {
    h.labels.push(`other (${rest.length})`);
    h.reference.push(rest.reduce((s, i) => s + c.reference[i], 0));
    h.current.push(rest.reduce((s, i) => s + c.current[i], 0));
  }
  return h;
}

// src/drift/compute.ts
function driftColumn(refCol, curCol, sides, options) {
  const { reference, current } = sides;
  const method = resolveComputableMethod(options.method ?? "auto");
  const notes = [];
  const name = refCol.name;
  const declared = options.columns?.[name];
  let type;
  if (declared) type = declared;
  else if (options.typeInference === "legacy") type = refCol.type === curCol.type ? refCol.type : "categorical";
  else {
    const inferred = inferColumnType(curCol);
    if (inferred === "text") {
      notes.push(
        `column "${name}" is text (more than half of its values in ${current.source} are distinct): Evidently 0.7 judges text columns with a text-content classifier the gate does not compute, so it is not judged; declare it categorical under columns to judge its categories`
      );
      return { notes };
    }
    type = inferred;
  }
  if (!declared && refCol.type !== curCol.type) {
    notes.push(`column "${name}" is numeric on one side and categorical on the other; compared as categories`);
  }
  if (type === "numeric" && (refCol.type !== "numeric" || curCol.type !== "numeric")) type = "categorical";
  const base = {
    name,
    type,
    method: method === "auto" ? "" : method,
    score: null,
    missing: { reference: refCol.missing, current: curCol.missing },
    rows: { reference: reference.rows, current: current.rows }
  };
  const refCount = refCol.type === "numeric" ? refCol.values.length : refCol.codes.length;
  const curCount = curCol.type === "numeric" ? curCol.values.length : curCol.codes.length;
  if (refCount === 0 || curCount === 0) {
    const side = refCount === 0 ? reference.source : current.source;
    notes.push(`column "${name}" has no value in ${side} once missing values are dropped; it cannot be judged`);
    if (!base.method) base.method = chooseMethod(refCount, type, 0);
    base.threshold = thresholdFor(name, methodInfo(base.method), method, options.thresholds);
    return { feature: base, notes };
  }
  const prepared = prepare(refCol, curCol, type);
  let methodId = method === "auto" ? chooseMethod(refCount, type, prepared.unique) : method;
  let info = methodInfo(methodId);
  if (!appliesTo(info, prepared.pair.type)) {
    const fallback = chooseMethod(refCount, "categorical", prepared.unique);
    notes.push(
      `${methodId} does not apply to categorical column "${name}"; used ${fallback} as Evidently's auto would`
    );
    methodId = fallback;
    info = methodInfo(methodId);
  }
  const threshold = thresholdFor(name, info, method, options.thresholds);
  const bad = thresholdProblem(info, threshold);
  if (bad) throw new Error(`drift threshold for column "${name}": ${bad}`);
  if (!info.score) throw new Error(`drift method "${methodId}" is not computable`);
  const { score: value, statistic } = info.score(prepared.pair, options);
  const feature = {
    ...base,
    method: methodId,
    score: value,
    threshold,
    drifted: Number.isNaN(value) ? void 0 : isDrift(info, value, threshold),
    ...statistic !== void 0 ? { statistic } : {},
    histogram: histogram(prepared.pair, prepared.pair.type === "numeric" ? prepared.unique : void 0)
  };
  return { feature, notes };
}

// src/workers/worker.ts
function answer(task) {
  try {
    if (task.kind === "parse") {
      const { result, transfer } = parseCsvPart(task);
      parentPort.postMessage({ result }, transfer);
    } else if (task.kind === "sort") {
      sortInPlace(task.values);
      parentPort.postMessage({ result: null });
    } else {
      parentPort.postMessage({ result: driftColumn(task.reference, task.current, task.sides, task.options) });
    }
  } catch (e) {
    const err = e;
    const error = { name: err?.name ?? "Error", message: err?.message ?? String(e) };
    parentPort.postMessage({ error });
  }
}
if (parentPort && workerData?.mrgDriftWorker) {
  parentPort.on("message", ({ task, claim }) => {
    if (Atomics.compareExchange(claim, 0, 0, 1) !== 0) parentPort.postMessage({ skipped: true });
    else answer(task);
  });
}
