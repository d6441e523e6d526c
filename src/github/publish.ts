// Publishing the gate's report: the record files, the job summary, annotations, the sticky comment on a
// pull request and an optional check run; then why the job fails, if it does. Nothing is gathered here.

import * as core from '@actions/core';
import { formatPolicyError, type PolicyError } from '../policy/index.js';
import { MAX_NAME_CHARS, plainText } from '../report/escape.js';
import { escapeMarkdown, renderJobSummary, renderMarkdown, toAnnotations } from '../report/index.js';
import type { LinkContext } from '../report/links.js';
import type { Decision, Finding, Report } from '../types.js';
import { publishCheckRun } from './check-run.js';
import { httpStatus, type GitHubClient } from './client.js';
import { runUrl, type RunnerEnvironment, type RunTarget } from './event.js';
import { commentAuthor } from './identity.js';
import type { ActionInputs } from './inputs.js';
import { writeAttestation, writeReport, writeSummary } from './job-files.js';
import {
  commentMarker,
  COMMENT_MAX_LENGTH,
  fitComment,
  jobIdentity,
  MARKER_ROOM,
  upsertComment,
  VOLATILE,
  withDigest,
} from './sticky-comment.js';

const MAX_JOB_ANNOTATIONS = 50;

/** What a run reports back to the step: the verdict, the files it wrote, and why the job fails. */
export interface Published {
  /** null: the gate could not run (invalid policy, GitHub refused a read). */
  decision: Decision | null;
  reportPath?: string;
  /** The record as an in-toto statement, and its subjects in shasum format (for actions/attest); absent with nothing to attest. */
  attestationPath?: string;
  subjectsPath?: string;
  blockedModels: string[];
  /** Why the job fails, or null when it passes. */
  failure: string | null;
}

export async function publishReport(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RunTarget,
  inputs: ActionInputs,
  report: Report,
): Promise<Published> {
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
  const headSha = target.kind === 'repository' ? target.sha : target.headSha;
  const links: LinkContext = {
    serverUrl: runner.serverUrl,
    owner: runner.repo.owner,
    repo: runner.repo.repo,
    headSha,
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
  return { decision: report.decision, reportPath, ...attestation, blockedModels, failure };
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

/** The policy could not be read or is invalid: say where and why, and fail. */
export async function couldNotRun(result: { message: string; errors: PolicyError[] }): Promise<Published> {
  const lines = [result.message, ...result.errors.map(formatPolicyError)];
  await writeSummary(
    `## ⛔ Model release gate could not run\n\n${lines.map((l) => `- ${escapeMarkdown(l, 2000)}`).join('\n')}\n`,
  );
  for (const e of result.errors)
    core.error(`${e.message} Fix: ${e.fix}`, { title: `Invalid policy: ${e.path}`, file: e.file, startLine: e.line });
  return { decision: null, blockedModels: [], failure: `The gate could not run: ${result.message}` };
}
