import { describe, expect, it } from '@jest/globals';
import { renderJobSummary, renderMarkdown } from '../../src/report/markdown.js';
import { utf8Length } from '../../src/report/escape.js';
import {
  bigReport,
  blockedReport,
  conditionalReport,
  goReport,
  hostileReport,
  HIDDEN_CHARS,
  INVISIBLE_SHOWN,
  noReleaseReport,
} from '../fixtures/report/reports.js';
import { lintMarkdown, tableCells } from './markdown-lint.js';

const MARKER = '<!-- model-release-gate:default -->';
const render = (report = blockedReport(), extra = {}) => renderMarkdown(report, { marker: MARKER, ...extra });

describe('renderMarkdown snapshots', () => {
  it.each([
    ['blocked (regression, drift, invalid manifest)', blockedReport(), {}],
    ['conditional (waiver and warning)', conditionalReport(), {}],
    ['go (first release)', goReport(), {}],
    ['no model release', noReleaseReport(), {}],
    ['advisory mode', blockedReport(), { mode: 'advisory' }],
    ['hostile text', hostileReport(), { jobSummaryUrl: 'https://github.com/acme/models/actions/runs/42' }],
  ])('%s', (_name, report, options) => {
    const md = render(report, options);
    expect(lintMarkdown(md, MARKER)).toEqual([]);
    expect(md).toMatchSnapshot();
  });
});

describe('the readiness comment', () => {
  it('starts with the marker, then one verdict line', () => {
    const lines = render().split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toBe('## ⛔ Blocked: 2 of 2 model releases fail 4 gates.');
    expect(render(conditionalReport()).split('\n')[1]).toBe(
      '## ⚠️ Ready with conditions: the model release passes with 1 waiver in force, 1 warning.',
    );
    expect(render(goReport()).split('\n')[1]).toBe('## ✅ Ready: the model release passes the release gate.');
  });

  it('says a pull request without a model release is ready, and nothing more than the footer', () => {
    const md = render(noReleaseReport());
    expect(md.split('\n')[1]).toBe('## ✅ Ready: No model release in this pull request.');
    expect(md).not.toContain('| Model');
  });

  it('says in advisory mode that the check does not block', () => {
    expect(render(blockedReport(), { mode: 'advisory' })).toContain(
      '**advisory**: this check does not block the merge.',
    );
    expect(render(blockedReport())).not.toContain('advisory');
  });

  it('lists every model in the table with its gates passed', () => {
    const md = render();
    expect(md).toContain('| churn-classifier | 3.2.0 | high | ⛔ Blocked | 6/9 |');
    // An invalid manifest has no name: its path stands in, escaped.
    expect(md).toContain('| models/fraud/model-release.yml | — | medium | ⛔ Blocked | 0/1 |');
  });

  it('shows failing gates with actual, expected, place and fix', () => {
    const md = render();
    expect(md).toContain('- ❌ `metrics.regression` **auc**: auc fell 0.015 against production 3.1.0');
    expect(md).toContain(
      '  - actual **0.897** · expected **≥ 0.907 (baseline 0.912 - 0.005)** · models/churn/model-release.yml line 12',
    );
    expect(md).toContain('  - 💡 Improve the model or ask a model-risk owner for a waiver');
  });

  it('shows metrics against production with signed deltas judged by direction', () => {
    const md = render();
    expect(md).toContain('| auc | 0.912 | 0.897 | −0.015 (worse) |');
    expect(md).toContain('| accuracy | 0.871 | 0.874 | +0.003 (better) |');
    expect(md).toContain('| latency\\_p95\\_ms | 118 | 241 | +123 (worse) |');
    expect(md).toContain('| auc \\[region=eu\\] | 0.905 | 0.905 | ±0 |');
    expect(render(goReport())).toContain('| ndcg | — | 0.71 | new |');
  });

  it('says "no score" for a feature without one: counted as drifted, not shown as a measured drift', () => {
    const report = blockedReport();
    const feature = report.models[0].drift![0];
    report.models[0].drift![0] = { ...feature, score: null, drifted: true, severity: Infinity };
    const row = render(report)
      .split('\n')
      .find((l) => l.startsWith(`| ${feature.name.replace(/_/g, '\\_')} |`));
    expect(row).toMatch(/\| n\/a \| .* \| 🔴 no score \|$/);
  });

  it('ranks drifted features by severity and draws reference and current on the same bins', () => {
    const md = render();
    const rows = md.split('\n').filter((l) => /^\| (plan|prediction|tenure\\_days|region) \|/.test(l));
    expect(rows.map((r) => tableCells(r)[0].trim())).toEqual(['plan', 'prediction', 'tenure\\_days', 'region']);
    expect(md).toContain('| plan | chisquare | 0.0004 | < 0.05 | 🔴 yes |');
    expect(md).toContain('tenure_days  psi 0.31 (drift when ≥ 0.2): DRIFTED');
    // Bars are scaled to the feature's largest share (27.3% here, 12 characters).
    expect(md).toContain('[0, 30)       4.1% █▊              14.9% ██████▌');
  });

  it('collapses models that pass and leaves blocked ones open', () => {
    expect(render()).toContain(
      '<details open>\n<summary>⛔ <b>churn-classifier 3.2.0</b> (high): 3 failing gates</summary>',
    );
    expect(render(conditionalReport())).toContain('<details>\n<summary>⚠️ <b>churn-classifier 3.2.0</b>');
  });

  it('marks a waived drifted feature as waived', () => {
    expect(render(conditionalReport())).toContain('| tenure\\_days | psi | 0.31 | ≥ 0.2 | 🔴 yes (waived) |');
  });

  it('lists waivers in force with days left, ticket and approver without mentioning them', () => {
    const md = render(conditionalReport());
    expect(md).toContain(
      '- `drift.feature` **tenure\\_days**: GOV-142, approved by @\u200balice, expires 2026-12-31 (34 days left)\n  - Seasonal shift; retraining is scheduled.',
    );
  });

  it('ends with the policy, its commit, its short sha256 and the evaluation time', () => {
    const md = render(blockedReport(), { jobSummaryUrl: 'https://github.com/acme/models/actions/runs/42' });
    expect(md.trimEnd().split('\n').pop()).toBe(
      '<sub>Policy .github/model-release-policy.yml at commit 4f1c9e2 (sha256 9f2c1a0b4e5d) · evaluated at ' +
        '2026-11-27T10:00:00Z · [job summary](https://github.com/acme/models/actions/runs/42)</sub>',
    );
    const builtin = { ...blockedReport(), policy: { source: 'built-in', sha256: 'c'.repeat(64), builtin: true } };
    expect(render(builtin)).toContain('<sub>Built-in default policy (sha256 cccccccccccc) · evaluated at');
  });

  it('refuses a job summary link that is not a plain https URL', () => {
    const md = render(blockedReport(), { jobSummaryUrl: 'javascript:alert(1)' });
    expect(md).not.toContain('javascript');
    expect(md).not.toContain('[job summary]');
  });

  it('refuses a marker that is not one hidden comment', () => {
    for (const marker of ['model-release-gate', '<!-- a --> <b>', '<!-- a -- b -->', '<!-- a\n -->']) {
      expect(() => renderMarkdown(goReport(), { marker })).toThrow(/marker must be one HTML comment/);
    }
  });

  it('is the same text for the same report', () => {
    expect(render(hostileReport())).toBe(render(hostileReport()));
  });
});

describe('hostile text from the pull request', () => {
  const md = render(hostileReport());
  const outsideCode = md.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');

  it('mentions nobody and links no issue', () => {
    expect(outsideCode).not.toMatch(/(^|[^\w\u200b])@[A-Za-z0-9]/m);
    expect(md).toContain('@\u200beveryone');
    expect(md).toContain('@\u200bacme/team');
    expect(md).toContain('#\u200b123');
    expect(md).toContain('GH\u200b-7');
    // An entity that would decode to @ is shown as written.
    expect(md).toContain('&amp;\\#\u200b64;everyone');
  });

  it('shows HTML as text and cannot forge the marker anywhere, code blocks included', () => {
    // Inside a code block GitHub shows text verbatim; everywhere else a tag must arrive as entities.
    expect(outsideCode).not.toMatch(/<img/i);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md.split(MARKER).length - 1).toBe(1);
    expect(md.split('<!--').length - 1).toBe(1);
  });

  it('keeps every table row to its columns and every code fence closed', () => {
    expect(lintMarkdown(md, MARKER)).toEqual([]);
    expect(md).toContain('a\\|b');
  });

  it('shows zero-width, bidi, BOM, soft hyphen and tag characters instead of passing them on unseen', () => {
    // The mention breaks the gate inserts itself are its only zero-width spaces.
    expect(md.replace(/([@#<:]|GH|www)\u200b/gi, '$1')).not.toMatch(HIDDEN_CHARS);
    expect(md).toContain(INVISIBLE_SHOWN.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(md).toContain('safe&lt;U+202E&gt;txt.exe');
  });

  it('turns a newline into a space and a markdown link into text', () => {
    expect(md).toContain('line one line two');
    expect(md).not.toMatch(/line one\nline two/);
    expect(md).toContain('\\[link\\](javascript:alert(1))');
  });

  it('fences histograms with more backticks than any name holds', () => {
    expect(md).toMatch(/^````text$/m);
  });

  it('cuts long names to 100 characters with an ellipsis', () => {
    expect(md).toContain(`| ${'x'.repeat(99)}… | ${'x'.repeat(99)}… |`);
    expect(md).toContain(`- ❌ \`manifest.required\` **${'x'.repeat(99)}…**`);
    // Sentences that quote a name get more room, but are cut too.
    expect(md).not.toContain('x'.repeat(500));
  });

  it('drops terminal escapes and shows bidirectional overrides', () => {
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(md).toContain('safe&lt;U+202E&gt;txt.exe');
  });
});

describe('fitting GitHub limits', () => {
  const big = bigReport(300, 50);

  it('never exceeds the comment limit, cuts only whole sections and points to the job summary', () => {
    const url = 'https://github.com/acme/models/actions/runs/42';
    const md = render(big, { jobSummaryUrl: url });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(lintMarkdown(md, MARKER)).toEqual([]);
    expect(md).toContain(`The full report is in the [job summary](${url}).`);
    expect(md).toMatch(
      /> ✂️ Shortened to fit GitHub's size limit: drift histograms; details of models that pass; .* left out/,
    );
    // All 300 models are still in the table.
    expect(md.split('\n').filter((l) => /^\| model-\d+ \|/.test(l))).toHaveLength(300);
  });

  it('drops drift histograms first', () => {
    const full = render(blockedReport());
    const limit = full.length - 1;
    const md = render(blockedReport(), { maxLength: limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    expect(md).not.toContain('```');
    expect(md).toContain('| plan | chisquare |');
    expect(md).toContain("Shortened to fit GitHub's size limit: drift histograms left out.");
    expect(lintMarkdown(md, MARKER)).toEqual([]);
  });

  it('drops details of passing models before anything of blocked ones', () => {
    const report = { ...blockedReport(), models: [...blockedReport().models, ...conditionalReport().models] };
    const noHistograms = render(report).replace(/\n\nReference vs current[\s\S]*?\n```\n/g, '\n');
    const md = render(report, { maxLength: noHistograms.length - 200 });
    expect(md).not.toContain('<details>\n');
    expect(md).toContain('<details open>');
    expect(md).toContain('| churn-classifier | 3.2.0 | high | ⚠️ Ready with conditions |');
    expect(lintMarkdown(md, MARKER)).toEqual([]);
  });

  it.each([2_000, 5_000, 20_000, 40_000])('stays valid and within a limit of %d characters', (limit) => {
    const md = render(big, { maxLength: limit });
    expect(md.length).toBeLessThanOrEqual(limit);
    expect(lintMarkdown(md, MARKER)).toEqual([]);
    expect(md).toMatch(/\d+ rows? of the models table|\d+ model sections?/);
  });

  it('says clearly when a limit is too small for even the verdict', () => {
    expect(() => render(big, { maxLength: 200 })).toThrow(RangeError);
  });

  it('keeps the job summary whole, without the marker', () => {
    const big = bigReport(60, 50);
    const summary = renderJobSummary(big);
    expect(summary).not.toContain('<!--');
    expect(summary).not.toContain('Shortened');
    expect(summary.match(/^`{3}text$/gm)).toHaveLength(60);
    expect(utf8Length(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(lintMarkdown(summary)).toEqual([]);
    expect(summary).toBe(render(big, { maxLength: 10_000_000 }).slice(MARKER.length + 1));
  });

  it('cuts the job summary only beyond 1 MiB, counted in bytes', () => {
    const huge = bigReport(300, 50);
    const summary = renderJobSummary(huge);
    expect(utf8Length(summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(summary).toContain('The full report is in the JSON decision record');
    expect(lintMarkdown(summary)).toEqual([]);
  });
});

describe('findings about the pull request itself', () => {
  const protectedFailure = {
    rule: 'policy.protected' as const,
    status: 'fail' as const,
    subject: '.github/model-release-policy.yml',
    message:
      'this pull request changes protected files (.github/model-release-policy.yml) and no policy owner has approved it; policy changes: tiers.high.metrics.auc.min: 0.85 -> 0.8 (looser)',
    fix: 'Ask a policy owner (@acme/model-risk) to review and approve the change.',
    file: '.github/model-release-policy.yml',
  };
  it('blocks a PR that only edits the policy, and shows what it loosens', () => {
    const report = { ...noReleaseReport(), decision: 'blocked' as const, findings: [protectedFailure] };
    const md = render(report);
    expect(lintMarkdown(md, MARKER)).toEqual([]);
    expect(md).toMatch(/^## .*Blocked: the pull request fails 1 gate of its own; it releases no model\./m);
    expect(md).toContain('🔒 Pull request');
    expect(md).toContain('auc.min: 0.85 -&gt; 0.8 (looser)');
  });
  it('shows a per-model scorecard by rule family', () => {
    expect(render(blockedReport())).toMatch(/Scorecard: drift \d+\/\d+ · manifest \d+\/\d+ · metrics \d+\/\d+/);
  });
});

it('says who approved when the approvals gate passes', () => {
  const report = goReport();
  report.models[0].findings.push({
    rule: 'approvals.required',
    status: 'pass',
    subject: 'approvals',
    message: '2 of 2 approvals from @acme/model-risk; approved by @dave, @erin',
  });
  const md = render(report);
  expect(md).toContain(
    '✅ Approvals: 2 of 2 approvals from @\u200bacme/model-risk; approved by @\u200bdave, @\u200berin',
  );
});
