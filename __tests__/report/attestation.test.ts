import { describe, expect, it } from '@jest/globals';
import { renderChecksums, subjectsOf, toStatement } from '../../src/report/attestation.js';
import type { Report } from '../../src/types.js';

const digest = (c: string) => c.repeat(64);
const report = (inputs: Report['inputs'], builtin = false): Report => ({
  schema: 'model-release-gate/report/v1',
  decision: 'go',
  evaluated_at: '2026-11-27T00:00:00Z',
  policy: { source: '.github/model-release-policy.yml', sha256: digest('f'), builtin },
  models: [],
  inputs,
});

describe('the decision record as an in-toto statement', () => {
  it('names the release files as subjects, not the baseline; decision first in the predicate', () => {
    const st = toStatement(
      report([
        { path: 'm/model-release.yml', sha256: digest('a') },
        { path: 'm/model-release.yml', sha256: digest('b'), source: 'baseline' },
      ]),
    );
    expect(st.subject).toEqual([{ name: 'm/model-release.yml', digest: { sha256: digest('a') } }]);
    expect(Object.keys(st.predicate).slice(0, 2)).toEqual(['decision', 'schema']);
  });

  it('falls back to the policy file when no release was evaluated, and to nothing with the built-in policy', () => {
    expect(subjectsOf(report([]))).toEqual([
      { name: '.github/model-release-policy.yml', digest: { sha256: digest('f') } },
    ]);
    expect(subjectsOf(report([], true))).toEqual([]);
  });

  it('writes shasum lines, escaping a name with a line break or a backslash as GNU coreutils does', () => {
    const text = renderChecksums([
      { name: 'models/a b.yml', digest: { sha256: digest('a') } },
      { name: 'evil\n0000  forged', digest: { sha256: digest('b') } },
      { name: 'back\\slash', digest: { sha256: digest('c') } },
    ]);
    expect(text.split('\n')).toEqual([
      `${digest('a')}  models/a b.yml`,
      `\\${digest('b')}  evil\\n0000  forged`,
      `\\${digest('c')}  back\\\\slash`,
      '',
    ]);
  });
});
