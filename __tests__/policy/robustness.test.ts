import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { builtinPolicy, loadManifest, loadPolicy } from '../../src/policy/index.js';

// Whatever a pull request puts in a manifest or policy, loading returns located problems: it never throws.
describe('loading never throws and always locates its problems', () => {
  const policy = builtinPolicy();

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const loaded = loadManifest(text, 'm.yml', policy);
        for (const f of loaded.findings) {
          expect(f.rule).toBe('manifest.invalid');
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeGreaterThanOrEqual(1);
        }
        const result = loadPolicy(text, 'p.yml');
        if (!result.ok) for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary YAML data shaped around the real fields', () => {
    const key = fc.constantFrom(
      'apiVersion',
      'model',
      'name',
      'version',
      'risk_tier',
      'waivers',
      'expires',
      'tiers',
      'default',
      'extends',
      'metrics',
      'drift',
      'x',
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant('model-release-gate/v1')),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (data) => {
        const text = stringify(data);
        const loaded = loadManifest(text, 'm.yml', policy);
        expect(loaded.manifest === null).toBe(loaded.findings.length > 0);
        const result = loadPolicy(text, 'p.yml');
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
