import { describe, expect, it } from '@jest/globals';
import { resolveReference } from '../src/files/paths.js';
import { decodeText } from '../src/files/text.js';

describe('resolveReference', () => {
  it('resolves a path relative to the manifest folder', () => {
    expect(resolveReference('models/churn/model-release.yml', 'eval/metrics.json')).toEqual({
      ok: true,
      path: 'models/churn/eval/metrics.json',
    });
  });
  it.each(['/etc/passwd', '../../../etc/passwd', 'C:\\Windows\\win.ini', 'https://example.com/m.json', ''])(
    'refuses %p',
    (ref) => {
      const r = resolveReference('models/churn/model-release.yml', ref);
      expect(r.ok).toBe(false);
    },
  );
  it('allows climbing within the repository', () => {
    expect(resolveReference('models/churn/model-release.yml', '../shared/metrics.json')).toEqual({
      ok: true,
      path: 'models/shared/metrics.json',
    });
  });
});

describe('decodeText', () => {
  it('rejects empty, binary and non-UTF-8 bytes with a reason', () => {
    expect(decodeText(Buffer.from(''))).toEqual({ ok: false, message: 'the file is empty' });
    expect(decodeText(Buffer.from([0x7b, 0x00, 0x7d]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('binary'),
    });
    expect(decodeText(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({
      ok: false,
      message: expect.stringContaining('UTF-8'),
    });
  });
  it('strips a byte-order mark', () => {
    expect(decodeText(Buffer.from('\ufeff{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
  });
});
