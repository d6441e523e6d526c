// Test-only: a hand-built Parquet file (Thrift compact protocol, one INT32 column, PLAIN, uncompressed)
// whose every declared number a test can set, to attack the reader with footers and page headers that
// lie. With the defaults it is a valid file holding `values` (checked by a test).

class Thrift {
  bytes: number[] = [];
  private last: number[] = [0];

  varint(n: bigint): this {
    let v = n;
    while (v >= 0x80n) {
      this.bytes.push(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.bytes.push(Number(v));
    return this;
  }
  private zigzag(n: number | bigint): bigint {
    const v = BigInt(n);
    return v >= 0n ? v * 2n : -v * 2n - 1n;
  }
  private field(id: number, type: number): this {
    const delta = id - this.last[this.last.length - 1];
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.varint(this.zigzag(id));
    }
    this.last[this.last.length - 1] = id;
    return this;
  }
  i32(id: number, v: number): this {
    return this.field(id, 5).varint(this.zigzag(v));
  }
  i64(id: number, v: number | bigint): this {
    return this.field(id, 6).varint(this.zigzag(v));
  }
  binary(id: number, s: string): this {
    const b = Buffer.from(s);
    this.field(id, 8).varint(BigInt(b.length));
    this.bytes.push(...b);
    return this;
  }
  struct(id: number, body: (t: this) => void): this {
    this.field(id, 12);
    this.last.push(0);
    body(this);
    this.bytes.push(0);
    this.last.pop();
    return this;
  }
  list(id: number, type: number, items: ((t: this) => void)[]): this {
    this.field(id, 9);
    this.bytes.push((Math.min(items.length, 15) << 4) | type);
    if (items.length >= 15) this.varint(BigInt(items.length));
    for (const item of items) {
      if (type === 12) {
        this.last.push(0);
        item(this);
        this.bytes.push(0);
        this.last.pop();
      } else item(this);
    }
    return this;
  }
  end(): Buffer {
    this.bytes.push(0);
    return Buffer.from(this.bytes);
  }
}

export interface TinyParquet {
  values?: number[];
  /** FileMetaData.num_rows (default: values.length). */
  fileRows?: number | bigint;
  /** RowGroup.num_rows (default: values.length). */
  groupRows?: number | bigint;
  /** The data page's num_values (default: values.length). */
  pageValues?: number;
  /** The data page's uncompressed_page_size (default: its real size). */
  pageBytes?: number;
  /** The column chunk's data_page_offset (default: right after the magic, or the dictionary page). */
  dataPageOffset?: number;
  /** Dictionary-encode the column: a dictionary page with these values; `values` are then indexes into it. */
  dictionary?: number[];
  /** The dictionary page's num_values (default: dictionary.length). */
  dictionaryCount?: number;
  /** An OPTIONAL column: the data page starts with definition levels (all rows defined), of this declared byte length. */
  definitionLevelsLength?: number;
  /** A dictionary-encoded data page, but no dictionary page. */
  dropDictionary?: boolean;
}

export function tinyParquet(o: TinyParquet = {}): Buffer {
  const values = o.values ?? [1, 2, 3, 4, 5];
  const indexed = o.dictionary !== undefined || o.dropDictionary === true;
  let data: Buffer;
  if (indexed) {
    // RLE_DICTIONARY: a bit width byte, then one RLE run per value (header = count << 1, value in 1 byte).
    data = Buffer.from([8, ...values.flatMap((v) => [1 << 1, v])]);
  } else {
    data = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => data.writeInt32LE(v, i * 4));
  }
  const optional = o.definitionLevelsLength !== undefined;
  if (optional) {
    // One RLE run: every row defined (level 1), as a u32 length then the run (header = count << 1, value).
    const levels = Buffer.from([values.length << 1, 1]);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(o.definitionLevelsLength!);
    data = Buffer.concat([length, levels, data]);
  }
  let dictPage = Buffer.alloc(0);
  if (o.dictionary && !o.dropDictionary) {
    const plain = Buffer.alloc(o.dictionary.length * 4);
    o.dictionary.forEach((v, i) => plain.writeInt32LE(v, i * 4));
    const h = new Thrift()
      .i32(1, 2) // DICTIONARY_PAGE
      .i32(2, plain.length)
      .i32(3, plain.length)
      .struct(7, (t) => t.i32(1, o.dictionaryCount ?? o.dictionary!.length).i32(2, 0))
      .end();
    dictPage = Buffer.concat([h, plain]);
  }
  const header = new Thrift()
    .i32(1, 0) // DATA_PAGE
    .i32(2, o.pageBytes ?? data.length)
    .i32(3, data.length)
    .struct(5, (t) =>
      t
        .i32(1, o.pageValues ?? values.length)
        .i32(2, indexed ? 8 : 0)
        .i32(3, 3)
        .i32(4, 3),
    )
    .end();
  const chunkSize = dictPage.length + header.length + data.length;
  const meta = new Thrift()
    .i32(1, 1)
    .list(2, 12, [
      (t) => t.binary(4, 'schema').i32(5, 1),
      (t) =>
        t
          .i32(1, 1)
          .i32(3, optional ? 1 : 0)
          .binary(4, 'x'), // INT32, REQUIRED or OPTIONAL
    ])
    .i64(3, o.fileRows ?? values.length)
    .list(4, 12, [
      (t) =>
        t
          .list(1, 12, [
            (c) =>
              c.i64(2, 4).struct(3, (m) =>
                m
                  .i32(1, 1)
                  .list(2, 5, [(e) => e.varint(0n)]) // PLAIN
                  .list(3, 8, [(p) => p.varint(1n).bytes.push(0x78)]) // "x"
                  .i32(4, 0) // UNCOMPRESSED
                  .i64(5, values.length)
                  .i64(6, chunkSize)
                  .i64(7, chunkSize)
                  .i64(9, o.dataPageOffset ?? 4 + dictPage.length)
                  .i64(11, dictPage.length > 0 ? 4 : 0),
              ),
          ])
          .i64(2, chunkSize)
          .i64(3, o.groupRows ?? values.length),
    ])
    .end();
  const length = Buffer.alloc(4);
  length.writeUInt32LE(meta.length);
  return Buffer.concat([Buffer.from('PAR1'), dictPage, header, data, meta, length, Buffer.from('PAR1')]);
}
