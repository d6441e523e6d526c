// Issue 11: one registry entry per drift method carries everything about it. These tests walk the
// registry, so a method added there is scored, validated and named in fix texts without another list.

import { describe, expect, it } from '@jest/globals';
import { computeDrift, resolveComputableMethod } from '../../src/drift/compute.js';
import { prepare } from '../../src/drift/columns.js';
import { COMPUTABLE_METHOD_IDS, METHODS } from '../../src/drift/methods.js';
import { readSamples } from '../../src/evidence/samples.js';
import { evaluateRelease } from '../../src/gate.js';
import { drift, manifest, NOW, policy, release, tier } from '../rules/helpers.js';

const csv = (text: string, source: string) => readSamples(Buffer.from(text), { source });
const numbers = (f: (i: number) => number) => 'x\n' + Array.from({ length: 200 }, (_, i) => f(i).toFixed(3)).join('\n');

describe('the drift method registry', () => {
  const computable = METHODS.filter((m) => m.score);

  it('derives the computable list from the entries that carry a scorer', () => {
    expect(COMPUTABLE_METHOD_IDS).toEqual(computable.map((m) => m.id));
    expect(COMPUTABLE_METHOD_IDS).toEqual([
      'ks',
      'chisquare',
      'z',
      'psi',
      'wasserstein',
      'jensenshannon',
      'kl_div',
      'hellinger',
    ]);
    for (const m of METHODS) expect(m.types.length).toBeGreaterThan(0);
  });

  it.each(computable.map((m) => [m.id, m] as const))(
    '%s: computeDrift scores a numeric column with the entry itself, at its default threshold',
    async (id, m) => {
      const ref = await csv(
        numbers((i) => Math.sin(i) * 10),
        'r.csv',
      );
      const cur = await csv(
        numbers((i) => Math.sin(i) * 10 + 3),
        'c.csv',
      );
      const [feature] = computeDrift(ref, cur, { method: id }).features;
      expect(feature.method).toBe(id);
      expect(feature.threshold).toBe(m.defaultThreshold);
      expect(feature.score).toBe(m.score!(prepare(ref.columns[0], cur.columns[0], 'numeric').pair, {}).score);
    },
  );

  it.each(computable.filter((m) => !m.types.includes('categorical')).map((m) => [m.id]))(
    '%s applies to numbers only: a categorical column falls back to auto, with a note',
    async (id) => {
      const ref = await csv('c\n' + 'a\nb\nc\n'.repeat(20), 'r.csv');
      const cur = await csv('c\n' + 'a\na\nc\n'.repeat(20), 'c.csv');
      const e = computeDrift(ref, cur, { method: id });
      expect(e.features[0].method).toBe('chisquare');
      expect(e.notes[0]).toContain(`${id} does not apply to categorical column "c"`);
    },
  );

  it('rejects a known but not computable method, naming every computable one', () => {
    for (const m of METHODS.filter((x) => !x.score)) {
      expect(() => resolveComputableMethod(m.id)).toThrow(
        `drift method "${m.id}" cannot be computed from samples; use one of: auto, ${COMPUTABLE_METHOD_IDS.join(', ')}`,
      );
    }
  });

  it("names the registry's computable methods in the fix for a report's unknown method", () => {
    const m = evaluateRelease(
      release(manifest(), { drift: drift([{ name: 'age', method: 'mystery-test', score: 0.2 }]) }),
      policy({ medium: tier({ drift: { method: 'auto', max_drifted_share: 0.5 } }) }),
      { now: NOW },
    );
    const finding = m.findings.find((f) => f.rule === 'drift.feature' && f.subject === 'age');
    expect(finding?.fix).toBe(
      `Use a method the gate knows (${COMPUTABLE_METHOD_IDS.join(', ')}, ...) or compute drift from samples.`,
    );
  });
});
