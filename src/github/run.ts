// The action's run: gather what GitHub knows (changed files, reviews, the base and head commits), let
// the engine decide, then publish: job summary, annotations, the sticky comment, an optional check
// run, the JSON record. Inputs come in parsed (src/main.ts); outputs go back as a RunOutcome.

import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRepository, DEFAULT_POLICY_PATH, type CheckOptions, type PullRequestContext } from '../engine.js';
import { LocalFileSource } from '../files/local.js';
import type { FileSource } from '../files/source.js';
import { formatPolicyError } from '../policy/index.js';
import { escapeMarkdown, renderJobSummary, renderJson, renderMarkdown, toAnnotations } from '../report/index.js';
import type { Decision, Report } from '../types.js';
import { listChangedFiles } from './changed-files.js';
import { publishCheckRun } from './check-run.js';
import { createClient, httpStatus, type GitHubClient } from './client.js';
import { ContentsFileSource } from './contents-source.js';
import { runUrl, targetOf, type PullRequestTarget, type RunnerEnvironment, type RunTarget } from './event.js';
import { checkedOutCommit, GitFileSource } from './git-source.js';
import { commentAuthor } from './identity.js';
import { listReviews } from './reviews.js';
import { commentMarker, fitComment, upsertComment, withDigest, type CommentMode } from './sticky-comment.js';

const MAX_JOB_ANNOTATIONS = 50;

export interface ActionInputs {
  policy: string;
  token: string;
  mode: 'enforce' | 'advisory';
  comment: CommentMode;
  commentId: string;
  /** Login the token comments as, when it cannot be found out (a GitHub App token). */
  commentAuthor: string;
  checkName: string;
}

export interface RunOutcome {
  /** null: the gate could not run (invalid policy, GitHub refused a read). */
  decision: Decision | null;
  reportPath?: string;
  blockedModels: string[];
  /** Why the job fails, or null when it passes. */
  failure: string | null;
  requests: number;
}

export async function run(inputs: ActionInputs, runner: RunnerEnvironment, now = new Date()): Promise<RunOutcome> {
  const target = targetOf(runner);
  const client = createClient(inputs.token, { baseUrl: runner.apiUrl, log: (m) => core.info(m) });
  let requests = 0;
  client.hook.before('request', () => {
    requests++;
  });

  const gathered =
    target.kind === 'pull_request'
      ? await gatherPullRequest(client, runner, target, inputs)
      : await gatherRepository(client, runner, target, inputs);
  const result = await checkRepository({ ...gathered.options, now });
  if (!result.ok) {
    const lines = [result.message, ...result.errors.map(formatPolicyError)];
    await writeSummary(
      `## ⛔ Model release gate could not run\n\n${lines.map((l) => `- ${escapeMarkdown(l, 2000)}`).join('\n')}\n`,
    );
    for (const e of result.errors)
      core.error(`${e.message} Fix: ${e.fix}`, { title: `Invalid policy: ${e.path}`, file: e.file, startLine: e.line });
    return { decision: null, blockedModels: [], failure: `The gate could not run: ${result.message}`, requests };
  }

  const report: Report = { ...result.report, context: { ...result.report.context, ...gathered.context } };
  if (report.policy.builtin)
    core.notice(
      `${inputs.policy} does not exist in ${gathered.options.policySource.description}: the built-in default policy applies.`,
    );
  const reportPath = writeReport(runner, inputs.commentId, report);
  const touched = report.models.length > 0;
  const summaryUrl = runUrl(runner);
  const blockedModels = report.models.filter((m) => m.decision === 'blocked').map((m) => m.name);
  const blocked = report.decision === 'blocked';
  core.info(
    touched
      ? `model-release-gate: ${report.decision} (${report.models.length} model release(s) evaluated)`
      : `model-release-gate: ${report.summary ?? 'no model release in this pull request'}`,
  );

  await writeSummary(renderJobSummary(report, { mode: inputs.mode }));
  const annotations = toAnnotations(report);
  // GitHub shows only the first 10 errors and 10 warnings of a step; the rest would only be log noise.
  for (const a of annotations.slice(0, MAX_JOB_ANNOTATIONS)) {
    const props = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.annotation_level === 'failure') core.error(a.message, props);
    else if (a.annotation_level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }

  if (target.kind === 'pull_request' && inputs.comment !== 'never') {
    const marker = commentMarker(inputs.commentId);
    const rendered = renderMarkdown(report, { marker, mode: inputs.mode, jobSummaryUrl: summaryUrl });
    const body = fitComment(
      withDigest(rendered, inputs.commentId, [summaryUrl ?? '', report.evaluated_at]),
      "The full report is in this workflow run's job summary.",
    );
    const { login } = await commentAuthor(client, inputs.token, inputs.commentAuthor);
    const outcome = await upsertComment(client, runner.repo, {
      number: target.number,
      commentId: inputs.commentId,
      login,
      body,
      createIfMissing: touched || inputs.comment === 'always',
      force: inputs.comment === 'always',
    });
    if (outcome.action === 'refused') core.warning(`No readiness comment: ${outcome.reason}`);
    else if (outcome.action === 'skipped') core.info(`No comment: ${outcome.reason}.`);
    else core.info(`Readiness comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
  }

  if (inputs.checkName) {
    const headSha = target.kind === 'pull_request' ? target.headSha : target.sha;
    try {
      await publishCheckRun(client, runner.repo, {
        name: inputs.checkName,
        headSha,
        // Advisory: `neutral` shows the verdict without blocking (GitHub counts neutral as passing).
        conclusion: blocked ? (inputs.mode === 'enforce' ? 'failure' : 'neutral') : 'success',
        title: checkTitle(report, inputs.mode),
        summary: renderJobSummary(report, { mode: inputs.mode, maxBytes: 60_000 }),
        annotations,
        detailsUrl: summaryUrl,
      });
    } catch (error) {
      if (httpStatus(error) !== 403) throw error;
      core.warning(
        `No check run '${inputs.checkName}': ${(error as Error).message} ` +
          'The verdict still sets this job’s status; a pull request from a fork gets a read-only token.',
      );
    }
  }

  const failure =
    blocked && inputs.mode === 'enforce'
      ? `Blocked: ${blockedModels.length} model release(s) fail a governance gate (${blockedModels.join(', ')}). See the job summary.`
      : null;
  if (blocked && inputs.mode === 'advisory') core.warning('Blocked, but mode is advisory: the job passes.');
  core.info(`GitHub API requests: ${requests}`);
  return { decision: report.decision, reportPath, blockedModels, failure, requests };
}

function checkTitle(report: Report, mode: ActionInputs['mode']): string {
  const word = { go: 'Ready', conditional: 'Ready with conditions', blocked: 'Blocked' }[report.decision];
  return report.models.length === 0
    ? 'No model release'
    : mode === 'advisory' && report.decision === 'blocked'
      ? `${word} (advisory)`
      : word;
}

interface Gathered {
  options: Omit<CheckOptions, 'now'>;
  context: Record<string, unknown>;
}

async function gatherPullRequest(
  client: GitHubClient,
  runner: RunnerEnvironment,
  pr: PullRequestTarget,
  inputs: ActionInputs,
): Promise<Gathered> {
  const repo = runner.repo;
  const [changed, reviews] = await Promise.all([
    listChangedFiles(client, repo, pr),
    listReviews(client, repo, pr.number),
  ]);
  // The base commit (policy, baselines): git when the checkout holds it, the contents API otherwise.
  const base: FileSource =
    (await GitFileSource.open(runner.workspace, pr.baseSha, 'base commit')) ??
    new ContentsFileSource(client, repo, pr.baseSha, 'base commit');
  const head = await headSource(client, runner, pr);
  const pullRequest: PullRequestContext = {
    number: pr.number,
    author: pr.author,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    changedFiles: changed.paths,
    reviews: reviews.reviews,
    teams: {},
    runUrl: runUrl(runner),
  };
  core.info(
    `Pull request #${pr.number}: ${changed.paths.length} changed path(s); policy and baselines from ${base.description}; releases from ${head.description}`,
  );
  return {
    options: {
      policyPath: inputs.policy,
      // The default path may be absent (built-in policy); a path the workflow names must exist.
      policyOptional: inputs.policy === DEFAULT_POLICY_PATH,
      policySource: base,
      head,
      baseline: base,
      pullRequest,
      policyRef: pr.baseSha,
    },
    context: {
      event: pr.event,
      pull_request: pr.number,
      base_sha: pr.baseSha,
      head_sha: pr.headSha,
      run_url: runUrl(runner),
    },
  };
}

/**
 * The head of the PR. On pull_request_target the workspace holds the base branch and the PR's code must
 * never be checked out, so the head is read through the API. On pull_request the checkout is used when it
 * is this PR's merge commit or head; otherwise (no checkout step) the API again.
 */
async function headSource(client: GitHubClient, runner: RunnerEnvironment, pr: PullRequestTarget): Promise<FileSource> {
  const api = () => new ContentsFileSource(client, runner.repo, pr.headSha, 'head commit');
  if (pr.event === 'pull_request_target') return api();
  const checkedOut = await checkedOutCommit(runner.workspace);
  if (checkedOut && (checkedOut === runner.sha || checkedOut === pr.headSha))
    return new LocalFileSource(runner.workspace, undefined, `working tree ${checkedOut.slice(0, 7)}`);
  core.info(
    checkedOut
      ? `The checkout (${checkedOut.slice(0, 7)}) is neither the merge commit nor the head of #${pr.number}; reading the head through the API.`
      : 'No git checkout in the workspace; reading the head through the API.',
  );
  return api();
}

async function gatherRepository(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: Extract<RunTarget, { kind: 'repository' }>,
  inputs: ActionInputs,
): Promise<Gathered> {
  // No pull request: every manifest is evaluated against the policy as it stands on this commit.
  const checkedOut = await checkedOutCommit(runner.workspace);
  const source: FileSource =
    checkedOut && (!target.sha || checkedOut === target.sha)
      ? new LocalFileSource(runner.workspace)
      : new ContentsFileSource(client, runner.repo, target.sha, 'commit');
  return {
    options: {
      policyPath: inputs.policy,
      policyOptional: inputs.policy === DEFAULT_POLICY_PATH,
      policySource: source,
      head: source,
      baseline: null,
      policyRef: target.sha || undefined,
    },
    context: { event: target.event, sha: target.sha, run_url: runUrl(runner) },
  };
}

function writeReport(runner: RunnerEnvironment, commentId: string, report: Report): string {
  const dir = join(runner.runnerTemp, 'model-release-gate');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `report-${commentId}.json`);
  writeFileSync(path, renderJson(report));
  return path;
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
