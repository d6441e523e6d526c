// The lifecycle audit (schedule, workflow_dispatch with `audit: auto`): every manifest on the commit,
// judged for lifecycle only; the result goes to the job summary, the JSON record and one issue.

import * as core from '@actions/core';
import { auditRepository } from '../engine.js';
import { renderAuditAllClear, renderAuditIssue, type AuditIssueOptions } from '../report/audit.js';
import { AUDIT_SEVERITIES } from '../rules/audit.js';
import type { Decision } from '../types.js';
import { upsertAuditIssue, type AuditIssueOutcome } from './audit-issue.js';
import type { GitHubClient } from './client.js';
import { branchOf, runUrl, type RepositoryTarget, type RunnerEnvironment, type RunTarget } from './event.js';
import { commitSource, policyLocation } from './gather.js';
import { commentAuthor } from './identity.js';
import type { ActionInputs } from './inputs.js';
import { writeRecord, writeSummary } from './job-files.js';
import { couldNotRun, type Published } from './publish.js';
import { commentMarker, withDigest } from './sticky-comment.js';

const AUDIT_EVENTS: RepositoryTarget['event'][] = ['schedule', 'workflow_dispatch'];
/** Needs a fix now; `due-soon` only needs planning. */
const URGENT: readonly string[] = AUDIT_SEVERITIES.filter((s) => s !== 'due-soon');

/** Whether this run is the audit rather than the gate. */
export function isAuditRun(target: RunTarget, inputs: ActionInputs): target is RepositoryTarget {
  return target.kind === 'repository' && inputs.audit === 'auto' && AUDIT_EVENTS.includes(target.event);
}

/**
 * The job passes whatever the audit finds (the issue is the signal); it fails only when the policy cannot
 * be read. A token that may not write issues gets a warning, not a failure.
 */
export async function runAudit(
  client: GitHubClient,
  runner: RunnerEnvironment,
  target: RepositoryTarget,
  inputs: ActionInputs,
  now: Date,
): Promise<Published> {
  const { source } = await commitSource(client, runner, target);
  const result = await auditRepository({
    ...policyLocation(inputs.policy),
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
