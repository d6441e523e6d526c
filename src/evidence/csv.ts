// A streaming RFC 4180 tokenizer over bytes: quoted fields, doubled quotes, embedded commas and
// newlines, CRLF or LF. It hands each field to a sink as a byte range (unquoted) or a decoded string
// (quoted), so numeric columns are parsed without creating a string per value.

export interface CsvSink {
  /** A field from bytes [start, end) of buf (unquoted), or its text when it was quoted. */
  field(buf: Buffer, start: number, end: number, quoted: string | null, line: number): void;
  /** End of a record; line is the 1-based line where the record started. */
  endRecord(line: number): void;
  /**
   * Optional fast path: takes whole one-line records from `pos` with the effect field() and endRecord()
   * would have, stopping before the first it cannot take; returns where it stopped and how many it took.
   */
  plainRecords?(buf: Buffer, pos: number, end: number): { pos: number; records: number };
}

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Feeds chunks; keeps the unfinished record between chunks. */
export class CsvTokenizer {
  private carry: Buffer | null = null;
  private line = 1;
  private first = true;

  constructor(private readonly sink: CsvSink) {}

  /** The line the next record starts on (1-based; blank lines and line breaks counted). */
  get currentLine(): number {
    return this.line;
  }

  push(chunk: Buffer): void {
    if (this.first) {
      const head = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      this.carry = null;
      // Too few bytes to tell a byte order mark yet (a pipe may hand them one at a time): wait for more.
      if (head.length < 3 && BOM.subarray(0, head.length).equals(head)) {
        if (head.length > 0) this.carry = Buffer.from(head);
        return;
      }
      this.first = false;
      // A UTF-8 byte order mark is not part of the first column's name.
      this.scan(head.subarray(0, 3).equals(BOM) ? head.subarray(3) : head);
      return;
    }
    let buf = chunk;
    const carry = this.carry;
    this.carry = null;
    if (carry) {
      // Without quotes the record carried over ends at the chunk's first line break: finish it on its
      // own instead of copying the whole chunk behind it.
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
  private scan(buf: Buffer): void {
    // Records end at a newline outside quotes: where the number of quotes so far is even. Without any
    // quote in the buffer that is simply the last newline (found natively, no byte loop).
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

  end(): void {
    const buf = this.carry;
    this.carry = null;
    if (buf && buf.length > 0) this.records(buf, 0, buf.length);
  }

  /** Tokenizes the records in [pos, end); the last may lack its newline. */
  private records(buf: Buffer, pos: number, end: number): void {
    const sink = this.sink;
    let i = pos;
    while (i < end) {
      // pandas skips blank lines; so do we.
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
      for (;;) {
        fieldNo++;
        if (i < end && buf[i] === QUOTE) {
          let j = i + 1;
          let text = '';
          let segment = j;
          for (;;) {
            if (j >= end) throw new CsvFormatError(`field ${fieldNo} opens a quote that is never closed`, startLine);
            const b = buf[j];
            if (b === QUOTE) {
              if (j + 1 < end && buf[j + 1] === QUOTE) {
                text += buf.toString('utf8', segment, j + 1);
                j += 2;
                segment = j;
                continue;
              }
              text += buf.toString('utf8', segment, j);
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
}
