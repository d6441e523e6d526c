import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { countColons, locateJsonPath, parseLenientJson } from '../../src/evidence/json.js';

describe('parseLenientJson', () => {
  it('reads plain JSON like JSON.parse', () => {
    const text = '{"a": [1, 2.5e-3, -0], "b": {"c": "x\\ny", "d": null, "e": true}}';
    expect(parseLenientJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses a key written twice in one object, at any depth, with both lines', () => {
    expect(parseLenientJson('{"a": {"b": [{"x": 1}, {"x": 2,\n "x": 3}]}}')).toEqual({
      ok: false,
      message:
        'the key "x" is written twice in this object (first on line 1); JSON readers would silently keep only the last one, so keep one',
      line: 2,
      column: 2,
    });
    expect(parseLenientJson('{"a": 1, "a": 1}').ok).toBe(false);
  });

  it('counts keys in any text, even an unclosed string, without hanging', () => {
    expect(countColons('{"a": 1, "b": "x:y", "c": {"d": 2}}')).toBe(4);
    expect(countColons('{"a": 1, "b": "never closed: :')).toBe(2);
    expect(countColons('{"a": "\\"": 1')).toBe(2);
    expect(countColons('')).toBe(0);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', '\\', ':', 'a', '{') }), (text) => {
        expect(countColons(text)).toBeLessThanOrEqual(text.split(':').length - 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('does not mistake colons, quotes and backslashes in strings, or equal keys in different objects, for duplicates', () => {
    for (const text of [
      String.raw`{"a:b": "c:d", "e\\": ":", "f\\\"": "\\\":"}`,
      '[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]',
      '{"__proto__": {"a": 1}, "constructor": 2}',
      '"just: a string"',
    ]) {
      expect(parseLenientJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('keeps bare NaN, Infinity and -Infinity as numbers', () => {
    const r = parseLenientJson('{"p": NaN, "s": Infinity, "t": [-Infinity, 1]}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { p: number; s: number; t: number[] };
    expect(Number.isNaN(v.p)).toBe(true);
    expect(v.s).toBe(Infinity);
    expect(v.t).toEqual([-Infinity, 1]);
  });

  it('leaves NaN inside strings alone', () => {
    expect(parseLenientJson('{"NaN": "NaN and Infinity", "x": NaN}')).toMatchObject({
      ok: true,
      value: { NaN: 'NaN and Infinity' },
    });
  });

  it('does not take NaNx or Infinityy for the tokens', () => {
    expect(parseLenientJson('{"a": NaNx}')).toMatchObject({ ok: false, line: 1 });
    expect(parseLenientJson('{"a": Infinityy}')).toMatchObject({ ok: false });
  });

  it('reports a syntax error with line and column', () => {
    const r = parseLenientJson('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}');
    expect(r).toEqual({ ok: false, message: "expected ',' or '}' after a value in an object", line: 4, column: 3 });
  });

  it('explains trailing commas and Python reprs', () => {
    expect(parseLenientJson('{"a": 1,\n}')).toMatchObject({
      ok: false,
      line: 2,
      message: expect.stringContaining('trailing comma'),
    });
    expect(parseLenientJson("{'a': None}")).toMatchObject({
      ok: false,
      message: expect.stringContaining('Python repr'),
    });
    expect(parseLenientJson('{"a": None}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('None/True/False'),
    });
  });

  it('reports an unclosed document at its end', () => {
    expect(parseLenientJson('{"a": [1, 2')).toMatchObject({
      ok: false,
      message: expect.stringContaining('] is missing'),
    });
  });

  it('does not let a "__proto__" key change the prototype', () => {
    const r = parseLenientJson('{"__proto__": {"polluted": true}, "x": NaN}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(v.__proto__).toEqual({ polluted: true });
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = '['.repeat(100_000) + NaN + ']'.repeat(100_000);
    expect(parseLenientJson(deep)).toMatchObject({ ok: false, message: expect.stringContaining('nested deeper') });
  });
});

describe('locateJsonPath', () => {
  it('finds the line of a nested value', () => {
    const text = '{\n "metrics": {\n  "auc": 0.9,\n  "acc": {\n   "value": "x"\n  }\n },\n "list": [1,\n 2]\n}';
    expect(locateJsonPath(text, ['metrics', 'acc', 'value'])).toBe(5);
    expect(locateJsonPath(text, ['list', 1])).toBe(9);
    expect(locateJsonPath(text, ['nope'])).toBeUndefined();
  });
});
