import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CsvTokenizer } from '../../src/evidence/csv.js';
import { readSamples, SampleFormatError, type Table } from '../../src/evidence/samples.js';
import { TableBuilder } from '../../src/evidence/table-builder.js';

const col = (t: Table, name: string) => {
  const c = t.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
};
const labels = (t: Table, name: string): string[] => {
  const c = col(t, name);
  if (c.type !== 'categorical') throw new Error(`${name} is numeric`);
  return Array.from(c.codes, (k) => c.categories[k]);
};
const numbers = (t: Table, name: string): number[] => {
  const c = col(t, name);
  if (c.type !== 'numeric') throw new Error(`${name} is categorical`);
  return Array.from(c.values);
};

describe('CSV samples', () => {
  it('reads RFC 4180 quoting: embedded commas, quotes and newlines, CRLF', async () => {
    const csv = 'id,city,"note"\r\n1,"Paris, FR","said ""hi""\nthen left"\r\n2,Oslo,plain\r\n';
    const t = await readSamples(Buffer.from(csv), { source: 'ref.csv' });
    expect(t.rows).toBe(2);
    expect(numbers(t, 'id')).toEqual([1, 2]);
    expect(labels(t, 'city')).toEqual(['Paris, FR', 'Oslo']);
    expect(labels(t, 'note')).toEqual(['said "hi"\nthen left', 'plain']);
  });

  it('drops and counts missing values per column (empty, NA, NaN, null)', async () => {
    const t = await readSamples(Buffer.from('a,b\n1,x\n,NA\nNaN,y\nnull,\n2.5,x\n'), { source: 's.csv' });
    expect(t.rows).toBe(5);
    expect(numbers(t, 'a')).toEqual([1, 2.5]);
    expect(col(t, 'a').missing).toBe(3);
    expect(labels(t, 'b')).toEqual(['x', 'y', 'x']);
    expect(col(t, 'b').missing).toBe(2);
  });

  it('infers numeric vs categorical, and the configuration overrides it', async () => {
    const text = 'zip,score\n00501,1e3\n10001,-0.25\n';
    const inferred = await readSamples(Buffer.from(text), { source: 's.csv' });
    expect(col(inferred, 'zip').type).toBe('numeric');
    expect(numbers(inferred, 'score')).toEqual([1000, -0.25]);
    const typed = await readSamples(Buffer.from(text), { source: 's.csv', columns: { zip: 'categorical' } });
    expect(labels(typed, 'zip')).toEqual(['00501', '10001']);
  });

  it('turns a column categorical at its first label, keeping earlier values', async () => {
    const t = await readSamples(Buffer.from('v\n1\n2\nlow\n'), { source: 's.csv' });
    expect(labels(t, 'v')).toEqual(['1', '2', 'low']);
  });

  it('parses numbers exactly as JavaScript does (fast path and fallback)', async () => {
    const values = ['0.1', '-3.14159', '123456789012345678', '1e-7', '2.5E+10', '0.30000000000000004', '.5', '7.'];
    const t = await readSamples(Buffer.from(`x\n${values.join('\n')}\n`), { source: 's.csv' });
    expect(numbers(t, 'x')).toEqual(values.map(Number));
  });

  it('gives the same table whatever the chunk boundaries', () => {
    const csv = 'a,b\n1,"x\ny"\n2,"q""z"\r\n3,w';
    for (let size = 1; size <= csv.length; size++) {
      const b = new TableBuilder('s.csv', 'csv', {});
      const tok = new CsvTokenizer(b.csvSink());
      for (let i = 0; i < csv.length; i += size) tok.push(Buffer.from(csv.slice(i, i + size)));
      tok.end();
      const t = b.finish();
      expect(numbers(t, 'a')).toEqual([1, 2, 3]);
      expect(labels(t, 'b')).toEqual(['x\ny', 'q"z', 'w']);
    }
  });

  it('rejects a row with the wrong number of fields, naming file and line', async () => {
    const p = readSamples(Buffer.from('a,b\n1,2\n3,4,5\n'), { source: 'data/cur.csv' });
    await expect(p).rejects.toThrow(SampleFormatError);
    await expect(readSamples(Buffer.from('a,b\n1,2\n3,4,5\n'), { source: 'data/cur.csv' })).rejects.toThrow(
      /data\/cur\.csv:3: row has 3 fields but the header has 2/,
    );
  });

  it('rejects an unclosed quote and a non-number in a declared numeric column', async () => {
    await expect(readSamples(Buffer.from('a\n"open\n'), { source: 'r.csv' })).rejects.toThrow(
      /r\.csv:2: .*never closed/,
    );
    await expect(
      readSamples(Buffer.from('a\n1\n\noops\n'), { source: 'r.csv', columns: { a: 'numeric' } }),
    ).rejects.toThrow(/r\.csv:4: column "a" is declared numeric but holds "oops"/);
  });

  it('streams a file path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-samples-'));
    const file = join(dir, 'big.csv');
    const rows = 30000;
    let text = 'x,label\n';
    for (let i = 0; i < rows; i++) text += `${(i * 0.37).toFixed(2)},${i % 3 === 0 ? '"a,b"' : 'c'}\n`;
    writeFileSync(file, text);
    const t = await readSamples(file);
    expect(t.rows).toBe(rows);
    expect(numbers(t, 'x')[rows - 1]).toBe(Number(((rows - 1) * 0.37).toFixed(2)));
    expect(labels(t, 'label').filter((l) => l === 'a,b').length).toBe(rows / 3);
    await expect(readSamples(join(dir, 'missing.csv'))).rejects.toThrow(
      /missing\.csv: cannot read the file \(ENOENT\)/,
    );
  });
});

describe('booleans', () => {
  it('True/TRUE/true and False/FALSE/false are one bool column, as pandas reads them: no false drift', async () => {
    const ref = await readSamples(Buffer.from('flag\nTrue\nFalse\nTrue\nFalse\n'), { source: 'ref.csv' });
    const cur = await readSamples(Buffer.from('flag\ntrue\nfalse\nTRUE\nFALSE\n'), { source: 'cur.csv' });
    expect(labels(ref, 'flag')).toEqual(['True', 'False', 'True', 'False']);
    expect(labels(cur, 'flag')).toEqual(['True', 'False', 'True', 'False']);
  });

  it('a column mixing a boolean spelling with other text keeps every value as written', async () => {
    const t = await readSamples(Buffer.from('flag\ntrue\nmaybe\n'), { source: 'x.csv' });
    expect(labels(t, 'flag')).toEqual(['true', 'maybe']);
  });
});

describe('JSON samples', () => {
  it('reads JSON lines, with columns appearing late and nulls', async () => {
    const t = await readSamples(Buffer.from('{"a":1,"b":"x"}\n\n{"a":null}\n{"a":3,"c":true}\n'), {
      source: 's.jsonl',
    });
    expect(t.format).toBe('jsonl');
    expect(t.rows).toBe(3);
    expect(numbers(t, 'a')).toEqual([1, 3]);
    expect(col(t, 'b').missing).toBe(2);
    expect(col(t, 'c').missing).toBe(2);
    expect(labels(t, 'c')).toEqual(['True']); // a JSON boolean, as pandas' bool dtype holds it
  });

  it('reads a JSON array of objects and detects it by content', async () => {
    const t = await readSamples(Buffer.from('[{"a":1.5,"s":"u"},{"a":2,"s":"v"}]'), { source: 'inline' });
    expect(t.format).toBe('json');
    expect(numbers(t, 'a')).toEqual([1.5, 2]);
  });

  it('names the line of bad JSON and refuses nested values', async () => {
    await expect(readSamples(Buffer.from('{"a":1}\n{"a":\n'), { source: 'c.jsonl' })).rejects.toThrow(
      /c\.jsonl:2: not valid JSON/,
    );
    await expect(readSamples(Buffer.from('{"a":{"b":1}}\n'), { source: 'c.jsonl' })).rejects.toThrow(
      /nested object; flatten it/,
    );
    await expect(readSamples(Buffer.from('{"a":1}'), { source: 'c.json' })).rejects.toThrow(/array of objects/);
  });

  it('refuses a column written twice in a row instead of keeping the last value', async () => {
    await expect(readSamples(Buffer.from('{"a":1,"b":"x:y"}\n{"a":1,"a":2}\n'), { source: 'c.jsonl' })).rejects.toThrow(
      /c\.jsonl:2: a column is written twice in this row/,
    );
    await expect(readSamples(Buffer.from('[{"a":1},{"b":2,"b":3}]'), { source: 'c.json' })).rejects.toThrow(
      /c\.json: a column is written twice in one of the rows/,
    );
  });
});
