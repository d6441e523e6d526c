import { describe, expect, it } from '@jest/globals';
import { evaluate, evaluateRelease } from '../../src/gate.js';
import { builtinPolicy } from '../../src/policy/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { PullRequestContext } from '../../src/engine.js';
import { baselineOf, drift, manifest, metrics, NOW, policy, release, tier } from './helpers.js';

/** A reviewer with write access: the only kind whose approval can count (src/github/reviews.ts). */
const WRITE = { counts: true, via: 'COLLABORATOR, write permission' } as const;

const pct = (v: number) => ({ kind: 'relative' as const, value: v / 100, text: `${v}%` });
const abs = (v: number) => ({ kind: 'absolute' as const, value: v, text: String(v) });

const findingsOf = (model: ReturnType<typeof evaluateRelease>, rule: string) =>
  model.findings.filter((f) => f.rule === rule);

describe('metrics.threshold', () => {
  const p = policy({ medium: tier({ metrics: { auc: { min: 0.8 }, latency_p95_ms: { max: 250 } } }) });
  it('fails a metric below its floor and names actual and expected', () => {
    const m = evaluateRelease(release(manifest(), { metrics: metrics({ auc: 0.79, latency_p95_ms: 100 }) }), p, {
      now: NOW,
    });
    expect(m.decision).toBe('blocked');
    const [auc] = findingsOf(m, 'metrics.threshold').filter((f) => f.subject === 'auc');
    expect(auc).toMatchObject({
      status: 'fail',
      actual: 0.79,
      expected: '>= 0.8',
      file: 'models/churn/model-release.yml',
      line: 7,
    });
  });
  it('fails closed when a metric the policy names is absent', () => {
    const m = evaluateRelease(release(manifest(), { metrics: metrics({ latency_p95_ms: 100 }) }), p, { now: NOW });
    expect(findingsOf(m, 'metrics.threshold').find((f) => f.subject === 'auc')).toMatchObject({
      status: 'fail',
      actual: null,
    });
    expect(m.decision).toBe('blocked');
  });
  it('passes at exactly the floor and the ceiling', () => {
    const m = evaluateRelease(release(manifest(), { metrics: metrics({ auc: 0.8, latency_p95_ms: 250 }) }), p, {
      now: NOW,
    });
    expect(m.decision).toBe('go');
  });
});

describe('metrics.regression', () => {
  const p = policy({
    medium: tier({
      metrics: {
        auc: { max_drop: abs(0.005) },
        accuracy: { max_drop: pct(2) },
        latency_p95_ms: { max_increase: pct(10) },
      },
    }),
  });
  it('compares with the baseline: absolute drop, relative drop, relative increase', () => {
    const m = evaluateRelease(
      release(
        manifest(),
        { metrics: metrics({ auc: 0.897, accuracy: 0.86, latency_p95_ms: 133 }) },
        baselineOf({ auc: 0.912, accuracy: 0.874, latency_p95_ms: 120 }),
      ),
      p,
      { now: NOW },
    );
    const by = Object.fromEntries(findingsOf(m, 'metrics.regression').map((f) => [f.subject, f]));
    expect(by.auc).toMatchObject({ status: 'fail', expected: '>= 0.907 (baseline 0.912 - 0.005)' });
    // 0.874 * 0.98 = 0.85652: 0.86 is within a 2% relative drop.
    expect(by.accuracy.status).toBe('pass');
    // 120 * 1.1 = 132: 133 is over.
    expect(by.latency_p95_ms).toMatchObject({ status: 'fail', expected: '<= 132 (baseline 120 + 10%)' });
  });
  it('passes a first release and says so', () => {
    const m = evaluateRelease(
      release(manifest(), { metrics: metrics({ auc: 0.5, accuracy: 0.5, latency_p95_ms: 999 }) }, null),
      p,
      { now: NOW },
    );
    expect(
      findingsOf(m, 'metrics.regression').every((f) => f.status === 'pass' && /first release/.test(f.message)),
    ).toBe(true);
  });
  it('tells noise from a real drop with a two-proportion z-test when sample sizes are known', () => {
    const sig = policy({ medium: tier({ metrics: { accuracy: { max_drop: abs(0.01), significance: 0.05 } } }) });
    // A 2-point drop at n = 1,200 each: z = 1.4119, one-sided p = 0.07900 (Python: 0.5*erfc(z/sqrt 2)) -> noise.
    const noisy = evaluateRelease(
      release(
        manifest(),
        { metrics: metrics({ accuracy: { value: 0.85, n: 1200 } }) },
        baselineOf({ accuracy: { value: 0.87, n: 1200 } }),
      ),
      sig,
      { now: NOW },
    );
    const f = findingsOf(noisy, 'metrics.regression')[0];
    expect(f.status).toBe('warn');
    expect(f.message).toMatch(/within noise .*z = 1\.41186.*p = 0\.07899/);
    // The same drop at n = 48,000: significant -> fail.
    const real = evaluateRelease(
      release(
        manifest(),
        { metrics: metrics({ accuracy: 0.85 }, { sampleSize: 48000 }) },
        baselineOf({ accuracy: 0.87 }, { sampleSize: 48000 }),
      ),
      sig,
      { now: NOW },
    );
    expect(findingsOf(real, 'metrics.regression')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/z-test/),
    });
  });
  it('names the test that judged the regression and its p-value, in the finding and the record', () => {
    const sig = policy({ medium: tier({ metrics: { accuracy: { max_drop: abs(0.01), significance: 0.05 } } }) });
    const m = evaluateRelease(
      release(
        manifest(),
        { metrics: metrics({ accuracy: 0.85 }, { sampleSize: 48000 }) },
        baselineOf({ accuracy: 0.87 }, { sampleSize: 48000 }),
      ),
      sig,
      { now: NOW },
    );
    const f = findingsOf(m, 'metrics.regression')[0];
    expect(f.message).toMatch(
      /two-proportion z-test \(pooled, one-sided\): z = [\d.]+, p = [\d.e-]+ at n = 48000 vs 48000/,
    );
    expect(f.significance).toMatchObject({
      test: 'two-proportion z-test (pooled, one-sided)',
      alpha: 0.05,
      n: { candidate: 48000, baseline: 48000 },
      significant: true,
    });
    // Recomputed by hand: pooled p = 0.86, se = sqrt(0.86 * 0.14 * 2 / 48000), z = 0.02 / se.
    const z = 0.02 / Math.sqrt((0.86 * 0.14 * 2) / 48000);
    expect(f.significance?.statistic).toBeCloseTo(z, 6);
    expect(f.significance?.p_value).toBeGreaterThan(0);
    expect(f.significance?.p_value).toBeLessThan(1e-15);
    // Without sample sizes or an interval, the record says no test could run.
    const bare = evaluateRelease(
      release(manifest(), { metrics: metrics({ accuracy: 0.85 }) }, baselineOf({ accuracy: 0.87 })),
      sig,
      { now: NOW },
    );
    expect(findingsOf(bare, 'metrics.regression')[0].significance).toEqual({ test: 'point estimate', alpha: 0.05 });
  });
  it('uses the candidate confidence interval when there are no sample sizes', () => {
    const sig = policy({ medium: tier({ metrics: { auc: { max_drop: abs(0.005), significance: 0.05 } } }) });
    const inside = evaluateRelease(
      release(manifest(), { metrics: metrics({ auc: { value: 0.9, ci: [0.88, 0.92] } }) }, baselineOf({ auc: 0.91 })),
      sig,
      { now: NOW },
    );
    expect(findingsOf(inside, 'metrics.regression')[0].status).toBe('warn');
    const outside = evaluateRelease(
      release(manifest(), { metrics: metrics({ auc: { value: 0.9, ci: [0.895, 0.905] } }) }, baselineOf({ auc: 0.91 })),
      sig,
      { now: NOW },
    );
    expect(findingsOf(outside, 'metrics.regression')[0].status).toBe('fail');
  });
  it('refuses to decide on tiny samples and judges the point estimate', () => {
    const sig = policy({ medium: tier({ metrics: { accuracy: { max_drop: abs(0.01), significance: 0.05 } } }) });
    const m = evaluateRelease(
      release(
        manifest(),
        { metrics: metrics({ accuracy: { value: 0.8, n: 20 } }) },
        baselineOf({ accuracy: { value: 0.9, n: 20 } }),
      ),
      sig,
      { now: NOW },
    );
    expect(findingsOf(m, 'metrics.regression')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/too small/),
    });
  });
});

describe('metrics.slice', () => {
  const p = policy({ medium: tier({ slices: { auc: { min: 0.75, max_gap: 0.05 } } }) });
  it('fails a slice below the floor and a gap that is too wide', () => {
    const m = evaluateRelease(
      release(manifest(), {
        metrics: metrics(
          {},
          { slices: { 'region=eu': { auc: { value: 0.74 } }, 'region=us': { auc: { value: 0.93 } } } },
        ),
      }),
      p,
      { now: NOW },
    );
    const fails = findingsOf(m, 'metrics.slice').filter((f) => f.status === 'fail');
    expect(fails.map((f) => f.subject).sort()).toEqual(['auc gap', 'region=eu: auc']);
  });
});

describe('drift rules', () => {
  const p = policy({ medium: tier({ drift: { method: 'auto', feature_threshold: 0.2, max_drifted_share: 0.5 } }) });
  it('knows each method direction: a KS p-value of 0.001 is drift, a PSI of 0.001 is not', () => {
    const m = evaluateRelease(
      release(manifest(), {
        drift: drift([
          { name: 'a', method: 'ks', score: 0.001 },
          { name: 'b', method: 'psi', score: 0.001 },
        ]),
      }),
      p,
      { now: NOW },
    );
    const by = Object.fromEntries(findingsOf(m, 'drift.feature').map((f) => [f.subject, f.status]));
    expect(by).toEqual({ a: 'fail', b: 'pass' });
  });
  it('fails a report measured with another method than the tier names: the report cannot choose its own bar', () => {
    const psi = policy({ medium: tier({ drift: { method: 'psi', feature_threshold: 0.2, max_drifted_share: 0.5 } }) });
    const m = evaluateRelease(
      release(manifest(), { drift: drift([{ name: 'tenure_days', method: 'ks', score: 0.31 }]) }),
      psi,
      { now: NOW },
    );
    expect(m.decision).toBe('blocked');
    expect(findingsOf(m, 'drift.feature').find((f) => f.subject === 'method')).toMatchObject({
      status: 'fail',
      actual: 'ks',
      expected: 'psi',
    });
  });
  it("applies the policy's number to distances only when the tier's method is auto; a report's stricter threshold still counts", () => {
    const m = evaluateRelease(
      release(manifest(), {
        drift: drift([
          { name: 'psi_feature', method: 'psi', score: 0.15 },
          { name: 'psi_strict', method: 'psi', score: 0.15, threshold: 0.1 },
          { name: 'ks_feature', method: 'ks', score: 0.04 },
        ]),
      }),
      p,
      { now: NOW },
    );
    const by = Object.fromEntries(findingsOf(m, 'drift.feature').map((f) => [f.subject, f]));
    expect(by.psi_feature).toMatchObject({ status: 'pass', expected: 'psi < 0.2' });
    expect(by.psi_feature.message).toMatch(/threshold from the medium tier's drift\.feature_threshold$/);
    expect(by.psi_strict).toMatchObject({ status: 'fail', expected: 'psi < 0.1' });
    expect(by.psi_strict.message).toMatch(
      /0\.15 >= 0\.1 \(drift\); threshold from the report, stricter than the medium tier's drift\.feature_threshold \(0\.2\)/,
    );
    expect(by.ks_feature).toMatchObject({ status: 'fail', expected: 'ks > 0.05' });
    expect(by.ks_feature.message).toMatch(/threshold from the ks default 0\.05/);
  });
  it("never lets a report's own looser threshold pass a drifted feature, also under the built-in policy", () => {
    const reported = drift([
      { name: 'age', method: 'ks', score: 0.001, threshold: 1e-10 },
      { name: 'tenure', method: 'psi', score: 0.5, threshold: 1e6 },
    ]);
    for (const [pol, tierName] of [
      [policy({ medium: tier({ drift: { method: 'auto', max_drifted_share: 0.5 } }) }), 'medium'],
      [builtinPolicy(), 'high'],
    ] as const) {
      const m = evaluateRelease(release(manifest({}, { risk_tier: tierName }), { drift: reported }), pol, {
        now: NOW,
      });
      const by = Object.fromEntries(findingsOf(m, 'drift.feature').map((f) => [f.subject, f]));
      expect(by.age).toMatchObject({ status: 'fail', expected: 'ks > 0.05' });
      expect(by.age.message).toBe(
        "age: Kolmogorov-Smirnov p-value 0.001 <= 0.05 (drift); threshold from the ks default 0.05; the report's own threshold 1.000e-10 is looser and was not used",
      );
      expect(by.tenure).toMatchObject({ status: 'fail', expected: 'psi < 0.1' });
      expect(m.drift?.find((r) => r.name === 'age')).toMatchObject({ threshold: 0.05, drifted: true });
      expect(m.decision).toBe('blocked');
    }
  });
  it('believes a report that flags drift, but not one that says a drifted score is fine', () => {
    const m = evaluateRelease(
      release(manifest(), {
        drift: drift([
          { name: 'flagged', method: 'psi', score: 0.01, drifted: true },
          { name: 'denied', method: 'psi', score: 0.5, drifted: false },
        ]),
      }),
      p,
      { now: NOW },
    );
    const by = Object.fromEntries(findingsOf(m, 'drift.feature').map((f) => [f.subject, f]));
    expect(by.flagged).toMatchObject({ status: 'fail' });
    expect(by.flagged.message).toMatch(/0\.01 < 0\.2, but models\/churn\/eval\/drift\.json marks it drifted \(drift\)/);
    expect(by.denied).toMatchObject({ status: 'fail' });
  });
  it("uses a report's dataset drift share only when it is stricter than the policy's", () => {
    const features = [
      { name: 'a', method: 'psi', score: 0.3 },
      { name: 'b', method: 'psi', score: 0.01 },
      { name: 'c', method: 'psi', score: 0.01 },
    ];
    const judge = (threshold: number) =>
      findingsOf(
        evaluateRelease(
          release(manifest(), {
            drift: { ...drift(features), dataset: { drifted: 1, total: 3, share: 1 / 3, threshold } },
          }),
          p,
          { now: NOW },
        ),
        'drift.dataset',
      )[0];
    expect(judge(0.3)).toMatchObject({
      status: 'fail',
      expected: '< 0.3',
      message:
        "1 of 3 features drifted (share 0.333333, at or above the limit of 0.3 (the report's own, stricter than the policy's 0.5))",
    });
    expect(judge(0.9)).toMatchObject({ status: 'pass', expected: '< 0.5' });
  });
  it('judges drift the gate computed from samples by the policy alone, not by the defaults it was computed with', () => {
    const computed = {
      ...drift([{ name: 'tenure', method: 'psi', score: 0.15, threshold: 0.1, drifted: true }]),
      format: 'computed' as const,
    };
    const m = evaluateRelease(release(manifest(), { drift: computed }), p, { now: NOW });
    expect(findingsOf(m, 'drift.feature')[0]).toMatchObject({ status: 'pass', expected: 'psi < 0.2' });
  });
  it('shows a report without drift rules by the default thresholds, not its own looser ones', () => {
    const m = evaluateRelease(
      release(manifest(), { drift: drift([{ name: 'age', method: 'ks', score: 0.001, threshold: 1e-10 }]) }),
      policy({ medium: tier() }),
      { now: NOW },
    );
    expect(m.drift).toEqual([expect.objectContaining({ name: 'age', threshold: 0.05, drifted: true })]);
  });
  it('fails an unknown method and a missing score instead of passing them silently', () => {
    const m = evaluateRelease(
      release(manifest(), {
        drift: drift([
          { name: 'x', method: 'magic', score: 0.5 },
          { name: 'y', method: 'psi', score: null },
        ]),
      }),
      p,
      { now: NOW },
    );
    expect(findingsOf(m, 'drift.feature').map((f) => f.status)).toEqual(['fail', 'fail']);
    expect(m.decision).toBe('blocked');
  });
  it('fails the dataset when the share of drifted features reaches the limit', () => {
    const m = evaluateRelease(
      release(manifest(), {
        drift: drift([
          { name: 'a', method: 'psi', score: 0.3 },
          { name: 'b', method: 'psi', score: 0.01 },
        ]),
      }),
      p,
      { now: NOW },
    );
    expect(findingsOf(m, 'drift.dataset')[0]).toMatchObject({ status: 'fail', actual: 0.5 });
    expect(m.drift?.[0]).toMatchObject({ name: 'a', drifted: true });
  });
});

describe('waivers', () => {
  const p = policy({ medium: tier({ drift: { method: 'auto', max_drifted_share: 0.9 } }) }, { owners: ['@alice'] });
  const drifted = drift([
    { name: 'tenure_days', method: 'psi', score: 0.31 },
    { name: 'ok', method: 'psi', score: 0.01 },
  ]);
  const waiver = {
    rule: 'drift.feature',
    subject: 'tenure_days',
    reason: 'seasonal',
    ticket: 'GOV-1',
    approved_by: '@alice',
    expires: '2026-12-31',
    index: 0,
  };
  it('turns a covered failure into waived and the model into conditional', () => {
    const m = evaluateRelease(release(manifest({ waivers: [waiver] }), { drift: drifted }), p, { now: NOW });
    expect(m.decision).toBe('conditional');
    expect(findingsOf(m, 'drift.feature')[0]).toMatchObject({
      status: 'waived',
      waiver: { ticket: 'GOV-1', days_left: 34, approval_verified: false },
    });
  });
  it('without a subject covers every failure of its rule for the model, and the comment says so', () => {
    const twoDrifted = drift([
      { name: 'tenure_days', method: 'psi', score: 0.31 },
      { name: 'income', method: 'psi', score: 0.4 },
      { name: 'ok', method: 'psi', score: 0.01 },
    ]);
    const { subject: _omit, ...wholeRule } = waiver;
    const m = evaluateRelease(release(manifest({ waivers: [wholeRule] }), { drift: twoDrifted }), p, { now: NOW });
    expect(m.decision).toBe('conditional');
    const waived = findingsOf(m, 'drift.feature').filter((f) => f.status === 'waived');
    expect(waived.map((f) => f.subject)).toEqual(['tenure_days', 'income']);
    expect(waived[0].waiver).toMatchObject({ ticket: 'GOV-1', whole_rule: true });
    expect(findingsOf(m, 'waiver.invalid').filter((f) => f.status === 'fail')).toEqual([]);
    const report = evaluate([release(manifest({ waivers: [wholeRule] }), { drift: twoDrifted })], p, { now: NOW });
    const md = renderMarkdown(report, { marker: '<!-- model-release-gate:default -->' });
    expect(md).toMatch(/`drift\.feature` \*\*tenure\\_days\*\* \(a waiver of the whole rule\): GOV-1/);
    expect(md).toMatch(/`drift\.feature` \*\*income\*\* \(a waiver of the whole rule\): GOV-1/);
    expect(renderText(report, { color: false })).toMatch(
      /waived drift\.feature income \(a waiver of the whole rule\): GOV-1/,
    );
  });
  it.each([
    [{ expires: '2026-11-01' }, /expired on 2026-11-01/],
    [{ expires: '2027-06-30' }, /longer than the 90 days/],
    [{ ticket: '' }, /names no ticket/],
    [{ approved_by: '@mallory' }, /@mallory is not a policy owner/],
    [{ expires: undefined }, /no expiry date/],
  ])('an invalid waiver %p fails and leaves the failure standing', (change, why) => {
    const m = evaluateRelease(release(manifest({ waivers: [{ ...waiver, ...change }] }), { drift: drifted }), p, {
      now: NOW,
    });
    expect(m.decision).toBe('blocked');
    expect(findingsOf(m, 'drift.feature')[0].status).toBe('fail');
    expect(findingsOf(m, 'waiver.invalid')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(why),
      line: 20,
    });
  });
  it('on a pull request, counts the waiver only when its approver approved the PR', () => {
    const pr: PullRequestContext = {
      number: 1,
      author: 'bob',
      baseSha: 'b',
      headSha: 'h',
      changedFiles: [],
      reviews: [],
      teams: {},
    };
    const without = evaluateRelease(release(manifest({ waivers: [waiver] }), { drift: drifted }), p, {
      now: NOW,
      pullRequest: pr,
    });
    expect(findingsOf(without, 'waiver.invalid')[0].message).toMatch(/has not approved this pull request/);
    const approved = { ...pr, reviews: [{ user: 'alice', state: 'APPROVED' as const, commit: 'h', access: WRITE }] };
    const withApproval = evaluateRelease(release(manifest({ waivers: [waiver] }), { drift: drifted }), p, {
      now: NOW,
      pullRequest: approved,
    });
    expect(withApproval.decision).toBe('conditional');
    expect(withApproval.waivers?.[0].approval_verified).toBe(true);
  });
  it("does not verify a waiver on an owner's approval of an older commit: the waiver may have come after it", () => {
    const stale: PullRequestContext = {
      number: 1,
      author: 'bob',
      baseSha: 'b',
      headSha: 'h2'.padEnd(40, '0'),
      changedFiles: [],
      teams: {},
      reviews: [{ user: 'alice', state: 'APPROVED' as const, commit: 'h1'.padEnd(40, '0'), access: WRITE }],
    };
    const m = evaluateRelease(release(manifest({ waivers: [waiver] }), { drift: drifted }), p, {
      now: NOW,
      pullRequest: stale,
    });
    expect(m.decision).toBe('blocked');
    expect(findingsOf(m, 'waiver.invalid')[0].message).toMatch(/@alice approved an older commit \(h100000\)/);
  });
  it("does not verify a waiver on an approval that cannot count (a bot's, or without write access)", () => {
    const noWrite: PullRequestContext = {
      number: 1,
      author: 'bob',
      baseSha: 'b',
      headSha: 'h',
      changedFiles: [],
      teams: {},
      reviews: [
        {
          user: 'alice',
          state: 'APPROVED' as const,
          commit: 'h',
          access: { counts: false, reason: 'no write access: author association NONE' } as const,
        },
      ],
    };
    const m = evaluateRelease(release(manifest({ waivers: [waiver] }), { drift: drifted }), p, {
      now: NOW,
      pullRequest: noWrite,
    });
    expect(m.decision).toBe('blocked');
    expect(findingsOf(m, 'waiver.invalid')[0].message).toMatch(
      /approval does not count \(no write access: author association NONE\)/,
    );
  });
  it('warns about a waiver that matches no failure', () => {
    const m = evaluateRelease(release(manifest({ waivers: [{ ...waiver, subject: 'ok' }] }), { drift: drifted }), p, {
      now: NOW,
    });
    expect(findingsOf(m, 'waiver.invalid')[0]).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/matches no failing gate/),
    });
  });
});

describe('approvals.required', () => {
  const p = policy({
    high: tier({ name: 'high', approvals: { min: 2, from: ['@acme/risk', '@carol'], require_latest_commit: true } }),
  });
  const base: PullRequestContext = {
    number: 7,
    author: 'bob',
    baseSha: 'b',
    headSha: 'h2',
    changedFiles: [],
    reviews: [],
    teams: { 'acme/risk': ['dave', 'erin', 'bob'] },
  };
  it('does not count the author, an approval of an older commit, or someone outside the list', () => {
    const pr = {
      ...base,
      reviews: [
        { user: 'bob', state: 'APPROVED' as const, commit: 'h2', access: WRITE },
        { user: 'dave', state: 'APPROVED' as const, commit: 'h1', access: WRITE },
        { user: 'zed', state: 'APPROVED' as const, commit: 'h2', access: WRITE },
        { user: 'carol', state: 'APPROVED' as const, commit: 'h2', access: WRITE },
      ],
    };
    const m = evaluateRelease(release(manifest()), p, { now: NOW, pullRequest: pr });
    const f = findingsOf(m, 'approvals.required')[0];
    expect(f).toMatchObject({ status: 'fail', actual: 1 });
    expect(f.message).toMatch(/@bob \(the author\).*@dave \(approved an older commit\).*@zed \(not in/);
  });
  it('fails closed when a team cannot be resolved, and says which token to give', () => {
    const pr = {
      ...base,
      teams: { 'acme/risk': { error: 'HTTP 403: Resource not accessible by integration' } },
      reviews: [{ user: 'dave', state: 'APPROVED' as const, commit: 'h2', access: WRITE }],
    };
    const f = findingsOf(
      evaluateRelease(release(manifest()), p, { now: NOW, pullRequest: pr }),
      'approvals.required',
    )[0];
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/team membership could not be read .*Members: read/);
  });
  it('passes with enough eligible approvals of the head commit', () => {
    const pr = {
      ...base,
      reviews: [
        { user: 'dave', state: 'APPROVED' as const, commit: 'h2', access: WRITE },
        { user: 'carol', state: 'APPROVED' as const, commit: 'h2', access: WRITE },
      ],
    };
    expect(evaluateRelease(release(manifest()), p, { now: NOW, pullRequest: pr }).decision).toBe('go');
  });
});

describe('decision record', () => {
  it('takes the worst decision over models and says when there is nothing to judge', () => {
    const p = policy({ medium: tier({ metrics: { auc: { min: 0.8 } } }) });
    const good = release(manifest(), { metrics: metrics({ auc: 0.9 }) });
    const bad = release(manifest(), { metrics: metrics({ auc: 0.7 }) });
    expect(evaluate([good, bad], p, { now: NOW }).decision).toBe('blocked');
    expect(evaluate([good], p, { now: NOW }).decision).toBe('go');
    const empty = evaluate([], p, { now: NOW });
    expect(empty).toMatchObject({ decision: 'go', models: [], evaluated_at: '2026-11-27T10:00:00Z' });
  });
});
