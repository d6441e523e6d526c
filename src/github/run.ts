// The action's run: gather what GitHub knows (changed files, reviews, the base and head commits), let
// the engine decide, then publish: job summary, annotations, the sticky comment, an optional check
// run, the JSON record. Inputs come in parsed (src/main.ts); outputs go back as a RunOutcome.

import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  auditRepository,
  checkRepository,
  DEFAULT_POLICY_PATH,
  type CheckOptions,
  type PullRequestContext,
} from '../engine.js';
import type { FileSource } from '../files/source.js';
import { formatPolicyError, type PolicyError } from '../policy/index.js';
import { renderAttestation, renderChecksums, subjectsOf } from '../report/attestation.js';
import type { LinkContext } from '../report/links.js';
import { MAX_NAME_CHARS, plainText } from '../report/escape.js';
import { renderAuditAllClear, renderAuditIssue, type AuditIssueOptions } from '../report/audit.js';
import { escapeMarkdown, renderJobSummary, renderJson, renderMarkdown, toAnnotations } from '../report/index.js';
import type { AuditItem } from '../rules/audit.js';
import type { Decision, Finding, Report } from '../types.js';
import { upsertAuditIssue, type AuditIssueOutcome } from './audit-issue.js';
import { listChangedFiles } from './changed-files.js';
import { publishCheckRun } from './check-run.js';
import { createClient, httpStatus, type GitHubClient } from './client.js';
import { ContentsFileSource } from './contents-source.js';
import {
  branchOf,
  runUrl,
  targetOf,
  type MergeGroupTarget,
  type PullRequestTarget,
  type RepositoryTarget,
  type RunnerEnvironment,
} from './event.js';
import { checkedOutCommit, GitFileSource } from './git-source.js';
import { gatherMergeGroupSources } from './merge-group.js';
import { commentAuthor } from './identity.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { listReviews } from './reviews.js';
import {
  commentMarker,
  COMMENT_MAX_LENGTH,
  fitComment,
  jobIdentity,
  MARKER_ROOM,
  upsertComment,
  VOLATILE,
  withDigest,
  type CommentMode,
} from './sticky-comment.js';
import { teamResolver } from './teams.js';

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
  /** auto: schedule and workflow_dispatch run the lifecycle audit (one issue); off: they evaluate every release. */
  audit: 'auto' | 'off';
}

export interface RunOutcome {
  /** null: the gate could not run (invalid policy, GitHub refused a read). */
  decision: Decision | null;
  reportPath?: string;
  /** The record as an in-toto statement, and its subjects in shasum format (for actions/attest); absent with nothing to attest. */
  attestationPath?: string;
  subjectsPath?: string;
  blockedModels: string[];
  /** Why the job fails, or null when it passes. */
  failure: string | null;
  requests: number;
}

export async function run(
  inputs: ActionInputs,
  runner: RunnerEnvironment,
  now = new Date(),
  limits: Limits = DEFAULT_LIMITS,
): Promise<RunOutcome> {
  const target = targetOf(runner);
  const client = createClient(inputs.token, {
    baseUrl: runner.apiUrl,
    log: (m) => core.info(m),
    limits,
    deadline: Date.now() + limits.deadlineMs,
  });
  let requests = 0;
  client.hook.before('request', () => {
    requests++;
  });

  if (target.kind === 'repository' && inputs.audit === 'auto' && AUDIT_EVENTS.includes(target.event))
    return { ...(await runAudit(client, runner, target, inputs, now)), requests };

  const gathered =
    target.kind === 'pull_request'
      ? await gatherPullRequest(client, runner, target, inputs)
      : target.kind === 'merge_group'
        ? await gatherMergeGroup(client, runner, target, inputs)
        : await gatherRepository(client, runner, target, inputs);
  const result = await checkRepository({ ...gathered.options, now });
  if (!result.ok) return { ...(await couldNotRun(result)), requests };

  const teams = gathered.teams && Object.keys(gathered.teams).length > 0 ? { teams: gathered.teams } : {};
  const report: Report = {
    ...result.report,
    context: { ...result.report.context, ...gathered.context, ...teams },
  };
  if (report.policy.builtin)
    core.notice(
      `${inputs.policy} does not exist in ${gathered.options.policySource.description}: the built-in default policy applies.`,
    );
  const reportPath = writeReport(runner, inputs.commentId, report);
  const attestation = writeAttestation(runner, inputs.commentId, report);
  // A PR that releases no model but changes a protected path (the policy) is governance work too.
  const touched = report.models.length > 0 || (report.findings ?? []).length > 0;
  const summaryUrl = runUrl(runner);
  const blockedModels = report.models.filter((m) => m.decision === 'blocked').map((m) => m.name);
  const blocked = report.decision === 'blocked';
  core.info(
    touched
      ? `model-release-gate: ${report.decision} (${report.models.length} model release(s) evaluated, ${(report.findings ?? []).length} pull request finding(s))`
      : `model-release-gate: ${report.summary ?? 'no model release in this pull request'}`,
  );

  // Links into the evidence at the commit the releases were read from; the values are checked in report/links.ts.
  const links: LinkContext = {
    serverUrl: runner.serverUrl,
    owner: runner.repo.owner,
    repo: runner.repo.repo,
    headSha: target.kind === 'repository' ? target.sha : target.headSha,
    runUrl: summaryUrl,
  };
  await writeSummary(renderJobSummary(report, { mode: inputs.mode, links }));
  const annotations = toAnnotations(report);
  // GitHub shows only the first 10 errors and 10 warnings of a step; the rest would only be log noise.
  for (const a of annotations.slice(0, MAX_JOB_ANNOTATIONS)) {
    const props = { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line };
    if (a.annotation_level === 'failure') core.error(a.message, props);
    else if (a.annotation_level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }

  if (target.kind === 'pull_request' && inputs.comment !== 'never') {
    const job = jobIdentity(runner.workflowRef, runner.job);
    const marker = commentMarker(inputs.commentId, 'comment-id', job);
    const rendered = renderMarkdown(report, { marker, mode: inputs.mode, jobSummaryUrl: summaryUrl, links });
    // Cut first, then tag: the digest must cover the text as posted.
    const fitted = fitComment(
      rendered,
      "The full report is in this workflow run's job summary.",
      COMMENT_MAX_LENGTH - MARKER_ROOM,
    );
    const body = withDigest(fitted, inputs.commentId, VOLATILE, 'comment-id', job);
    const { login } = await commentAuthor(client, inputs.token, inputs.commentAuthor);
    const outcome = await upsertComment(client, runner.repo, {
      number: target.number,
      commentId: inputs.commentId,
      job,
      log: (m) => core.info(m),
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
    const headSha = target.kind === 'repository' ? target.sha : target.headSha;
    try {
      await publishCheckRun(client, runner.repo, {
        name: inputs.checkName,
        headSha,
        // Advisory: `neutral` shows the verdict without blocking (GitHub counts neutral as passing).
        conclusion: blocked ? (inputs.mode === 'enforce' ? 'failure' : 'neutral') : 'success',
        title: checkTitle(report, inputs.mode, touched),
        summary: renderJobSummary(report, { mode: inputs.mode, maxBytes: 60_000, links }),
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

  const failure = blocked && inputs.mode === 'enforce' ? blockedMessage(blockedModels, report.findings ?? []) : null;
  if (blocked && inputs.mode === 'advisory') core.warning('Blocked, but mode is advisory: the job passes.');
  core.info(`GitHub API requests: ${requests}`);
  return { decision: report.decision, reportPath, ...attestation, blockedModels, failure, requests };
}

/** Why the job fails: the blocked models and the pull request's own failing gates. */
export function blockedMessage(blockedModels: string[], prFindings: Finding[]): string {
  const reasons: string[] = [];
  // Names come from the pull request: plain text, invisible characters shown, as in every other output.
  const name = (text: string | undefined): string => plainText(text, MAX_NAME_CHARS);
  if (blockedModels.length > 0)
    reasons.push(
      `${blockedModels.length} model release(s) fail a governance gate (${blockedModels.map(name).join(', ')})`,
    );
  for (const f of prFindings.filter((x) => x.status === 'fail'))
    reasons.push(
      f.rule === 'policy.protected'
        ? `the pull request changes protected files without a policy owner's approval (${name(f.subject)})`
        : `the pull request fails ${f.rule}${f.subject ? ` (${name(f.subject)})` : ''}`,
    );
  return `Blocked: ${reasons.join('; ') || 'a governance gate fails'}. See the job summary.`;
}

function checkTitle(report: Report, mode: ActionInputs['mode'], touched: boolean): string {
  const word = { go: 'Ready', conditional: 'Ready with conditions', blocked: 'Blocked' }[report.decision];
  return !touched
    ? 'No model release'
    : mode === 'advisory' && report.decision === 'blocked'
      ? `${word} (advisory)`
      : word;
}

interface Gathered {
  options: Omit<CheckOptions, 'now'>;
  context: Record<string, unknown>;
  /** Teams looked up for the policy's owners and approvers, and what came back (for the record). */
  teams?: Record<string, string[] | { error: string }>;
}

/** The policy could not be read or is invalid: say where and why, and fail. */
async function couldNotRun(result: { message: string; errors: PolicyError[] }): Promise<Omit<RunOutcome, 'requests'>> {
  const lines = [result.message, ...result.errors.map(formatPolicyError)];
  await writeSummary(
    `## ⛔ Model release gate could not run\n\n${lines.map((l) => `- ${escapeMarkdown(l, 2000)}`).join('\n')}\n`,
  );
  for (const e of result.errors)
    core.error(`${e.message} Fix: ${e.fix}`, { title: `Invalid policy: ${e.path}`, file: e.file, startLine: e.line });
  return { decision: null, blockedModels: [], failure: `The gate could not run: ${result.message}` };
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
    listReviews(client, repo, pr.number, pr.author),
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
    renamed: changed.renamed,
    reviews: reviews.reviews,
    teams: {},
    runUrl: runUrl(runner),
  };
  // Only called by the engine when the policy names teams; the job token is refused (see teams.ts).
  const lookup = teamResolver(client);
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
      resolveTeams: lookup.resolve,
    },
    context: {
      event: pr.event,
      pull_request: pr.number,
      base_sha: pr.baseSha,
      head_sha: pr.headSha,
      run_url: runUrl(runner),
    },
    teams: lookup.looked,
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
  // Read through git, not the file system: only what the commit tracks is evidence (nothing an earlier
  // step wrote, nothing under .git/), and links are followed inside the commit's tree only.
  const tracked =
    checkedOut && (checkedOut === runner.sha || checkedOut === pr.headSha)
      ? await GitFileSource.open(runner.workspace, checkedOut, 'checked-out commit')
      : null;
  if (tracked) return tracked;
  core.info(
    checkedOut
      ? `The checkout (${checkedOut.slice(0, 7)}) is neither the merge commit nor the head of #${pr.number}; reading the head through the API.`
      : 'No git checkout in the workspace; reading the head through the API.',
  );
  return api();
}

/** merge_group: the group's combined change, judged by the base's policy and baselines; no reviews, no comment. */
async function gatherMergeGroup(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: MergeGroupTarget,
  inputs: ActionInputs,
): Promise<Gathered> {
  const { base, head, group, via } = await gatherMergeGroupSources(client, runner, target, runUrl(runner));
  core.info(
    `Merge group ${target.headRef || target.headSha.slice(0, 7)}: ${group.changedFiles.length} changed path(s) (from ${via}); ` +
      `policy and baselines from ${base.description}; releases from ${head.description}`,
  );
  return {
    options: {
      policyPath: inputs.policy,
      policyOptional: inputs.policy === DEFAULT_POLICY_PATH,
      policySource: base,
      head,
      baseline: base,
      mergeGroup: group,
      policyRef: target.baseSha,
    },
    context: { event: 'merge_group', run_url: runUrl(runner) },
  };
}

/**
 * The commit of a repository event (push, schedule, workflow_dispatch): the checked-out commit when there
 * is one, read through git so that only tracked files are evidence; the contents API otherwise. No pull
 * request is involved, so a commit an earlier step of the workflow made on purpose (say, a layout of
 * generated evidence) is what the workflow chose to judge; the record names it.
 */
async function commitSource(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RepositoryTarget,
): Promise<{ source: FileSource; sha: string }> {
  const checkedOut = await checkedOutCommit(runner.workspace);
  const tracked = checkedOut ? await GitFileSource.open(runner.workspace, checkedOut, 'commit') : null;
  if (tracked && checkedOut) {
    if (target.sha && checkedOut !== target.sha)
      core.info(
        `Evaluating the checked-out commit ${checkedOut.slice(0, 7)}, which an earlier step made on top of ${target.sha.slice(0, 7)}.`,
      );
    return { source: tracked, sha: checkedOut };
  }
  return { source: new ContentsFileSource(client, runner.repo, target.sha, 'commit'), sha: target.sha };
}

async function gatherRepository(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RepositoryTarget,
  inputs: ActionInputs,
): Promise<Gathered> {
  // No pull request: every manifest is evaluated against the policy as it stands on this commit.
  const { source, sha } = await commitSource(client, runner, target);
  return {
    options: {
      policyPath: inputs.policy,
      policyOptional: inputs.policy === DEFAULT_POLICY_PATH,
      policySource: source,
      head: source,
      baseline: null,
      policyRef: sha || undefined,
    },
    context: {
      event: target.event,
      sha,
      ...(sha !== target.sha ? { event_sha: target.sha } : {}),
      run_url: runUrl(runner),
    },
  };
}

function writeReport(runner: RunnerEnvironment, commentId: string, report: Report): string {
  return writeRecord(runner, `report-${commentId}.json`, renderJson(report));
}

/** The statement and the checksums file beside the record; none when no file was evaluated (in-toto needs a subject). */
function writeAttestation(
  runner: RunnerEnvironment,
  commentId: string,
  report: Report,
): { attestationPath?: string; subjectsPath?: string } {
  const subjects = subjectsOf(report);
  if (subjects.length === 0) return {};
  return {
    attestationPath: writeRecord(runner, `attestation-${commentId}.json`, renderAttestation(report)),
    subjectsPath: writeRecord(runner, `attestation-${commentId}.subjects.txt`, renderChecksums(subjects)),
  };
}

function writeRecord(runner: RunnerEnvironment, name: string, json: string): string {
  const dir = join(runner.runnerTemp, 'model-release-gate');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, json);
  return path;
}

// ---- The lifecycle audit (schedule, workflow_dispatch) ----

const AUDIT_EVENTS: RepositoryTarget['event'][] = ['schedule', 'workflow_dispatch'];
/** Needs a fix now; `due-soon` only needs planning. */
const URGENT: AuditItem['severity'][] = [
  'invalid',
  'retired',
  'overdue',
  'no-review-date',
  'review-too-far',
  'deprecated',
];

/**
 * Every manifest on the commit, judged for lifecycle only; the result goes to the job summary, the JSON
 * record and one issue. The job passes whatever the audit finds (the issue is the signal); it fails only
 * when the policy cannot be read. A token that may not write issues gets a warning, not a failure.
 */
async function runAudit(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RepositoryTarget,
  inputs: ActionInputs,
  now: Date,
): Promise<Omit<RunOutcome, 'requests'>> {
  const { source } = await commitSource(client, runner, target);
  const result = await auditRepository({
    policyPath: inputs.policy,
    policyOptional: inputs.policy === DEFAULT_POLICY_PATH,
    source,
    now,
    policyRef: target.sha || undefined,
  });
  if (!result.ok) return couldNotRun(result);
  const { items } = result;
  const { branch, isDefault } = branchOf(runner);
  const evaluatedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const url = runUrl(runner);
  const options: AuditIssueOptions = {
    marker: commentMarker(inputs.commentId, 'audit-id'),
    evaluatedAt,
    commit: target.sha || undefined,
    branch: branch || undefined,
    policy: result.policy,
    runUrl: url,
  };
  // Left out of the digest: they change on every run without changing what needs attention.
  const volatile = [url ?? '', evaluatedAt, evaluatedAt.slice(0, 10), target.sha.slice(0, 7)];
  const rendered = items.length > 0 ? renderAuditIssue(items, options) : null;
  const open = rendered
    ? { title: rendered.title, body: withDigest(rendered.body, inputs.commentId, volatile, 'audit-id') }
    : null;
  const allClear = renderAuditAllClear(options);
  const strip = (body: string) => body.slice(body.indexOf('\n') + 1);
  await writeSummary(strip(open?.body ?? allClear.body));
  core.info(`Lifecycle audit: ${items.length} item(s) in ${result.manifests} manifest(s) on ${branch || target.sha}`);

  let issue: AuditIssueOutcome;
  if (!isDefault)
    issue = { action: 'none', reason: `${branch} is not the default branch, which the audit issue tracks` };
  else {
    const { login } = await commentAuthor(client, inputs.token, inputs.commentAuthor);
    issue = await upsertAuditIssue(client, runner.repo, { auditId: inputs.commentId, login, open, allClear });
  }
  if (issue.action === 'refused') core.warning(`No audit issue: ${issue.reason}`);
  else if (issue.action === 'none') core.info(`No audit issue: ${issue.reason}.`);
  else core.info(`Audit issue #${issue.number} ${issue.action}${issue.url ? `: ${issue.url}` : ''}`);

  const urgent = items.filter((i) => URGENT.includes(i.severity));
  const decision: Decision = urgent.length > 0 ? 'blocked' : items.length > 0 ? 'conditional' : 'go';
  const record = {
    schema: 'model-release-gate/audit/v1',
    decision,
    evaluated_at: evaluatedAt,
    policy: result.policy,
    context: { event: target.event, sha: target.sha, branch, run_url: url },
    manifests: result.manifests,
    items,
    issue,
  };
  const reportPath = writeRecord(runner, `audit-${inputs.commentId}.json`, JSON.stringify(record, null, 2) + '\n');
  return { decision, reportPath, blockedModels: [...new Set(urgent.map((i) => i.name))], failure: null };
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary.');
    return;
  }
  await core.summary.addRaw(markdown).write();
}
