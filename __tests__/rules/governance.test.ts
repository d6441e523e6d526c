import { describe, expect, it } from '@jest/globals';
import type { PullRequestContext } from '../../src/engine.js';
import { auditLifecycle } from '../../src/rules/audit.js';
import { diffPolicies } from '../../src/rules/policy-diff.js';
import { protectedPathRule } from '../../src/rules/protected.js';
import { manifest, NOW, policy, release, tier } from './helpers.js';

/** A reviewer with write access: the only kind whose approval can count (src/github/reviews.ts). */
const WRITE = { counts: true, via: 'COLLABORATOR, write permission' } as const;

const pr = (changed: string[], reviews: PullRequestContext['reviews'] = []): PullRequestContext => ({
  number: 3,
  author: 'bob',
  baseSha: 'b',
  headSha: 'h',
  changedFiles: changed,
  reviews,
  teams: { 'acme/risk': ['alice'] },
});

describe('policy.protected', () => {
  const p = policy({ medium: tier() }, { owners: ['@acme/risk'], protected: ['.github/workflows/**'] });
  it('fails a PR that edits the policy or the workflow until a policy owner approves', () => {
    const [f] = protectedPathRule(
      p,
      pr(['.github/model-release-policy.yml', 'src/x.py', '.github/workflows/gate.yml']),
      ['tiers.medium.metrics.auc.min: 0.8 -> 0.7 (looser)'],
    );
    expect(f).toMatchObject({
      status: 'fail',
      subject: '.github/model-release-policy.yml, .github/workflows/gate.yml',
    });
    expect(f.message).toMatch(/auc\.min: 0\.8 -> 0\.7 \(looser\)/);
  });
  it("ignores the author's own approval and counts a team member's", () => {
    const changed = ['.github/workflows/gate.yml'];
    expect(
      protectedPathRule(p, pr(changed, [{ user: 'bob', state: 'APPROVED', commit: 'h', access: WRITE }]))[0].status,
    ).toBe('fail');
    expect(
      protectedPathRule(p, pr(changed, [{ user: 'alice', state: 'APPROVED', commit: 'h', access: WRITE }]))[0].status,
    ).toBe('pass');
  });
  it("does not count an owner's approval of an older commit: the protected change may have come after it", () => {
    const [f] = protectedPathRule(
      p,
      pr(['.github/workflows/gate.yml'], [{ user: 'alice', state: 'APPROVED', commit: 'old', access: WRITE }]),
    );
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/@alice approved an older commit \(old\), not the head h/);
  });
  it('says nothing when no protected file changed', () => {
    expect(protectedPathRule(p, pr(['models/a/model-release.yml']))).toEqual([]);
  });
});

describe('diffPolicies', () => {
  it('lists threshold changes and marks which loosen the gate', () => {
    const before = policy({
      high: tier({
        name: 'high',
        metrics: { auc: { min: 0.85, max_drop: { kind: 'absolute', value: 0.005, text: '0.005' } } },
        approvals: { min: 2, from: ['@r'] },
      }),
    });
    const after = policy({
      high: tier({
        name: 'high',
        metrics: { auc: { min: 0.8, max_drop: { kind: 'absolute', value: 0.001, text: '0.001' } } },
        approvals: { min: 1, from: ['@r'] },
      }),
    });
    expect(diffPolicies(before, after)).toEqual([
      'tiers.high.approvals.min: 2 -> 1 (looser)',
      'tiers.high.metrics.auc.max_drop: 0.005 -> 0.001 (stricter)',
      'tiers.high.metrics.auc.min: 0.85 -> 0.8 (looser)',
    ]);
  });
});

describe('auditLifecycle', () => {
  it('lists overdue reviews, retired models and reviews due within 30 days, worst first', () => {
    const p = policy({ medium: tier({ lifecycle: { max_review_days: 365 } }) });
    const mk = (name: string, lifecycle: object) =>
      release(manifest({ lifecycle } as never, { name, owner: '@team' })).loaded;
    const items = auditLifecycle(
      [
        mk('fine', { status: 'active', review_by: '2027-06-01' }),
        mk('soon', { status: 'active', review_by: '2026-12-10' }),
        mk('late', { status: 'active', review_by: '2026-10-01' }),
        mk('gone', { status: 'retired', review_by: '2027-01-30' }),
      ],
      p,
      NOW,
    );
    expect(items.map((i) => [i.name, i.severity])).toEqual([
      ['gone', 'retired'],
      ['late', 'overdue'],
      ['soon', 'due-soon'],
    ]);
  });
});
