// The CSV reader's fast path (TableBuilder's plainRecords: whole records of short decimal literals and
// empty fields) must leave exactly the table, notes and errors the field-by-field path leaves, on any
// text: labels, NA tokens, quotes, spaces, exponents, long mantissas, CRLF and bare CR, blank lines,
// wrong field counts, a last line without its line break, and chunks cut anywhere.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CsvTokenizer, type CsvSink } from '../../src/evidence/csv.js';
import { TableBuilder } from '../../src/evidence/table-builder.js';
import type { ReadSamplesOptions } from '../../src/evidence/table.js';

function read(text: string, cuts: number[], fast: boolean, options: ReadSamplesOptions = {}): unknown {
  const builder = new TableBuilder('sample.csv', 'csv', options, 16);
  const sink = builder.csvSink();
  // Without plainRecords the tokenizer hands every field to field(), the reader before the fast path.
  const slow: CsvSink = { field: sink.field, endRecord: sink.endRecord };
  const tokenizer = new CsvTokenizer(fast ? sink : slow);
  const bytes = Buffer.from(text);
  try {
    let from = 0;
    for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
      tokenizer.push(bytes.subarray(from, Math.max(from, cut)));
      from = Math.max(from, cut);
    }
    tokenizer.push(bytes.subarray(from));
    tokenizer.end();
    const table = builder.finish();
    return {
      mixed: builder.mixedColumns(),
      ...table,
      columns: table.columns.map((c) =>
        c.type === 'numeric'
          ? { ...c, values: Array.from(c.values, (v) => (Object.is(v, -0) ? '-0' : v)) }
          : { ...c, codes: Array.from(c.codes) },
      ),
    };
  } catch (e) {
    const err = e as Error & { line?: number };
    return { error: err.message, line: err.line };
  }
}

const plainNumber = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    // Mostly short; sometimes past 15 significant digits, where only a correctly rounded parse is exact.
    fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^[0-9]{1,8}$/) }, fc.stringMatching(/^[1-9][0-9]{13,19}$/)),
    fc.option(
      fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^[0-9]{0,6}$/) }, fc.stringMatching(/^[0-9]{14,24}$/)),
      { nil: undefined },
    ),
  )
  .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`);
const field = fc.oneof(
  { weight: 12, arbitrary: plainNumber },
  { weight: 2, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'NA',
      'nan',
      'inf',
      '-Infinity',
      'red',
      'True',
      ' 12',
      '3 ',
      '1e5',
      '-',
      '+',
      '.',
      '.5',
      '-0',
      '-0.0',
      '5.',
      '1.2.3',
      '12345678901234567',
      '0.00000000000000000000001',
      '0000000000000000000012',
      '"7"',
      '"a,b"',
      '"x""y"',
      '"multi\nline"',
    ),
  },
);
const csvText = fc
  .record({
    columns: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
    odd: fc.array(fc.constantFrom('blank', 'bare-cr', 'fields'), { maxLength: 3 }),
    lastBreak: fc.boolean(),
  })
  .map(({ columns, rows, eol, odd, lastBreak }) => {
    const header = Array.from({ length: columns }, (_, i) => `c${i}`).join(',');
    // Most rows have the header's field count; `odd` adds blank lines, a bare CR and a short row.
    const lines = rows.map((r) => Array.from({ length: columns }, (_, i) => r[i % r.length]).join(','));
    odd.forEach((kind, k) => {
      const at = (k * 7) % (lines.length + 1);
      if (kind === 'blank') lines.splice(at, 0, '');
      else if (kind === 'bare-cr' && lines[at] !== undefined) lines[at] += '\r';
      else if (kind === 'fields') lines.splice(at, 0, '1');
    });
    return [header, ...lines].join(eol) + (lastBreak ? eol : '');
  });

describe('CSV fast path', () => {
  it('gives the same table, notes and errors as reading field by field', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        expect(read(text, cuts, true)).toEqual(read(text, cuts, false));
      }),
      { numRuns: 600 },
    );
  });

  it('takes plain numeric records and gives back the first it cannot take', () => {
    const text = 'a,b\n1,2.5\n-3,\n4,x\n5,6\r\n';
    expect(read(text, [], true)).toEqual(read(text, [], false));
    const table = read(text, [], true) as { rows: number; columns: { type: string; missing: number }[] };
    expect(table.rows).toBe(4);
    expect(table.columns.map((c) => c.type)).toEqual(['numeric', 'categorical']);
    expect(table.columns[1].missing).toBe(1);
  });

  // The tokenizer finishes a record carried from one chunk on its own (no quote in sight) and strips a byte
  // order mark: wherever the chunks are cut, the table and errors are those of the whole text pushed at once.
  const edgeField = fc.oneof(
    { weight: 6, arbitrary: plainNumber },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        '',
        '+.5',
        '-.5',
        '-.',
        '+',
        '00',
        '-00.0',
        '1.',
        '9007199254740993',
        '9007199254740992.5',
        '-9223372036854775808',
        '123456789012345',
        '1234567890123456',
        '0.1234567890123456789012',
        '0.00000000000000000000012',
        '1e-7',
        'Infinity',
        'NA',
        'x',
        '"3"',
      ),
    },
  );
  const edgeText = fc
    .record({
      columns: fc.integer({ min: 1, max: 3 }),
      rows: fc.array(fc.array(edgeField, { minLength: 1, maxLength: 3 }), { maxLength: 30 }),
      eol: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      trailingComma: fc.option(fc.nat({ max: 29 }), { nil: undefined }),
      lastBreak: fc.boolean(),
    })
    .map(({ columns, rows, eol, bom, trailingComma, lastBreak }) => {
      const header = Array.from({ length: columns }, (_, i) => `c${i}`).join(',');
      const lines = rows.map((r) => Array.from({ length: columns }, (_, i) => r[i % r.length]).join(','));
      if (trailingComma !== undefined && lines.length > 0) lines[trailingComma % lines.length] += ',';
      return (bom ? '\uFEFF' : '') + [header, ...lines].join(eol) + (lastBreak ? eol : '');
    });
  const typed = fc.constantFrom<ReadSamplesOptions>(
    {},
    { columns: { c0: 'numeric' } },
    { columns: { c1: 'categorical' } },
    { columns: { c0: 'categorical', c2: 'numeric' } },
  );

  it('gives the table and errors of the whole text pushed at once, wherever the chunks are cut', () => {
    fc.assert(
      fc.property(fc.oneof(edgeText, csvText), fc.array(fc.nat(), { maxLength: 6 }), typed, (text, cuts, options) => {
        expect(read(text, cuts, true, options)).toEqual(read(text, [], false, options));
      }),
      { numRuns: 1000 },
    );
  });

  it('strips a byte order mark cut across the first chunks', () => {
    const text = '\uFEFF"a",b\n1,2\n';
    const whole = read(text, [], false);
    for (const cuts of [[1], [2], [1, 2], [3], [1, 3]]) expect(read(text, cuts, true)).toEqual(whole);
    expect((whole as { columns: { name: string }[] }).columns.map((c) => c.name)).toEqual(['a', 'b']);
  });
});
