// Links into the evidence: finding -> file and line at the head commit, model -> manifest, summary -> run.
// Only trusted values make a link, and no file name can break out of one.

import { describe, expect, it } from '@jest/globals';
import { encodePath, makeLinker, safeBaseUrl, type LinkContext } from '../../src/report/links.js';
import { renderJobSummary, renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/types.js';
import { blockedReport } from '../fixtures/report/reports.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ctx = (over: Partial<LinkContext> = {}): LinkContext => ({
  serverUrl: 'https://github.com',
  owner: 'acme',
  repo: 'models',
  headSha: SHA,
  runUrl: 'https://github.com/acme/models/actions/runs/4242',
  ...over,
});
const MARKER = '<!-- model-release-gate:test -->';

/** The blocked fixture with its files recorded as read from the head (what the engine does). */
function report(): Report {
  const r = blockedReport();
  r.inputs = [
    ...r.inputs,
    { path: 'models/churn/model-release.yml', sha256: 'c'.repeat(64) },
    { path: 'models/fraud/model-release.yml', sha256: 'd'.repeat(64) },
  ];
  return r;
}

/** Every Markdown link target in a document. */
const targets = (md: string) => [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);

describe('links into the evidence', () => {
  it("link each finding's file and line at the head commit, and each model to its manifest", () => {
    const md = renderMarkdown(report(), { marker: MARKER, links: ctx() });
    const blob = `https://github.com/acme/models/blob/${SHA}`;
    expect(md).toContain(`[models/churn/eval/drift.json line 4](${blob}/models/churn/eval/drift.json#L4)`);
    expect(md).toContain(`[models/fraud/model-release.yml line 5](${blob}/models/fraud/model-release.yml#L5)`);
    expect(md).toContain(`| [churn-classifier](${blob}/models/churn/model-release.yml) |`);
    expect(md).toContain(`Manifest [models/churn/model-release.yml](${blob}/models/churn/model-release.yml)`);
  });

  it('a GitHub Enterprise Server URL is used as given (trailing slash or path prefix included)', () => {
    const md = renderMarkdown(report(), { marker: MARKER, links: ctx({ serverUrl: 'https://ghe.example.com/' }) });
    expect(md).toContain(`(https://ghe.example.com/acme/models/blob/${SHA}/models/churn/eval/drift.json#L4)`);
    expect(safeBaseUrl('https://git.corp.example/github/')).toBe('https://git.corp.example/github');
  });

  it('the job summary links to the run; the comment to the job summary', () => {
    const summary = renderJobSummary(report(), { links: ctx() });
    expect(summary).toContain('[workflow run](https://github.com/acme/models/actions/runs/4242)');
    const comment = renderMarkdown(report(), {
      marker: MARKER,
      links: ctx(),
      jobSummaryUrl: 'https://github.com/acme/models/actions/runs/4242',
    });
    expect(comment).toContain('[job summary](https://github.com/acme/models/actions/runs/4242)');
    expect(comment).not.toContain('[workflow run]');
  });

  it.each([
    ['models/churn/eval/my drift.json', 'models/churn/eval/my%20drift.json'],
    ['models/churn/eval/a)b.json', 'models/churn/eval/a%29b.json'],
    ['models/churn/eval/#1?x=1.json', 'models/churn/eval/%231%3Fx%3D1.json'],
    ['models/[x](javascript:alert(1)).json', 'models/%5Bx%5D%28javascript%3Aalert%281%29%29.json'],
    ['models/<img src=x onerror=alert(1)>.json', 'models/%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.json'],
    [
      'models/"quoted" \'single\' `tick` *star* !.json',
      'models/%22quoted%22%20%27single%27%20%60tick%60%20%2Astar%2A%20%21.json',
    ],
    ['models/100%.json', 'models/100%25.json'],
    ['models/ünïcode/€.json', 'models/%C3%BCn%C3%AFcode/%E2%82%AC.json'],
  ])('a hostile file name %j stays inside its link', (path, encoded) => {
    expect(encodePath(path)).toBe(encoded);
    const r = report();
    r.inputs.push({ path, sha256: 'e'.repeat(64) });
    r.models[0].findings.push({ rule: 'evidence.missing', status: 'fail', message: 'x', file: path, line: 3 });
    const md = renderMarkdown(r, { marker: MARKER, links: ctx() });
    expect(md).toContain(`(https://github.com/acme/models/blob/${SHA}/${encoded}#L3)`);
    // Every link target is one plain URL: nothing a name holds can end it early or add markup.
    for (const t of targets(md)) expect(t).toMatch(/^https:\/\/[A-Za-z0-9:/.%_~#-]+$/);
    expect(md).not.toMatch(/<img/);
  });

  it('a path the gate did not read at the head (a manifest typo, a baseline file) is not linked', () => {
    const r = report();
    r.models[0].findings.push({
      rule: 'evidence.missing',
      status: 'fail',
      message: 'x',
      file: 'models/churn/eval/missing.json',
      line: 2,
    });
    r.inputs.push({ path: 'models/churn/eval/old.json', sha256: 'f'.repeat(64), source: 'baseline' });
    r.models[0].findings.push({
      rule: 'evidence.stale',
      status: 'fail',
      message: 'y',
      file: 'models/churn/eval/old.json',
    });
    const md = renderMarkdown(r, { marker: MARKER, links: ctx() });
    expect(md).toContain('models/churn/eval/missing.json line 2');
    expect(md).not.toContain('missing.json#L');
    expect(md).toContain('models/churn/eval/old.json');
    expect(md).not.toMatch(/blob\/[^)]*old\.json/);
  });

  it.each([
    ['a sha that is not hex', { headSha: 'main' }],
    ['a short sha', { headSha: SHA.slice(0, 7) }],
    ['a javascript: server', { serverUrl: 'javascript:alert(1)//' }],
    ['a server with a query', { serverUrl: 'https://github.com/?x=1' }],
    ['a server with credentials', { serverUrl: 'https://user:pw@github.com' }],
    ['a server with a quote', { serverUrl: 'https://github.com/a"b' }],
    ['an owner with a slash', { owner: 'acme/../evil' }],
    ['a repository with a space', { repo: 'mo dels' }],
  ])('%s: nothing is linked', (_name, over) => {
    expect(makeLinker(report(), ctx(over))).toBeUndefined();
    const md = renderMarkdown(report(), { marker: MARKER, links: ctx(over) });
    expect(targets(md)).toEqual([]);
  });

  it('a run URL that is not this repository’s run is not linked', () => {
    const linker = makeLinker(report(), ctx({ runUrl: 'https://evil.example/acme/models/actions/runs/1' }));
    expect(linker?.run).toBeUndefined();
    expect(makeLinker(report(), ctx())?.run).toBe('https://github.com/acme/models/actions/runs/4242');
  });

  it('without a link context the comment has no links (the command line)', () => {
    expect(targets(renderMarkdown(report(), { marker: MARKER }))).toEqual([]);
  });
});
