// One lifecycle audit issue per repository and `comment-id`, kept up to date by the scheduled run:
// created when something needs attention, edited in place when the list changes, closed with a short
// comment when nothing is left, reopened when something needs attention again. Like the readiness
// comment it is found by its hidden marker AND the token's own author (sticky-comment.ts); the label
// narrows the listing so that the gate does not page through every issue of the repository.

import { httpStatus, toCallError, type GitHubClient, type RepoRef } from './client.js';
import { digestOf, ownItems, type IssueComment } from './sticky-comment.js';

export const AUDIT_LABEL = 'model-release-audit';

export interface AuditIssue extends IssueComment {
  number: number;
  state?: string;
  pull_request?: unknown;
}

export interface AuditIssueRequest {
  auditId: string;
  login: string;
  /** What needs attention (marker and digest included, see withDigest), or null when nothing does. */
  open: { title: string; body: string } | null;
  /** Body and closing comment used when nothing needs attention and our issue is open. */
  allClear: { title: string; body: string; comment: string };
}

export type AuditIssueOutcome =
  | { action: 'created' | 'updated' | 'reopened' | 'unchanged' | 'closed'; number: number; url?: string }
  | { action: 'none'; reason: string }
  | { action: 'refused'; reason: string };

/** Our open issue if there is one, else our most recent closed one. */
export function pickAuditIssue(issues: AuditIssue[], auditId: string, login: string): AuditIssue | null {
  const ours = ownItems(
    issues.filter((i) => !i.pull_request),
    auditId,
    login,
    'audit-id',
  );
  return ours.find((i) => i.state === 'open') ?? [...ours].sort((a, b) => b.number - a.number)[0] ?? null;
}

export async function upsertAuditIssue(
  client: GitHubClient,
  repo: RepoRef,
  req: AuditIssueRequest,
): Promise<AuditIssueOutcome> {
  const base = `/repos/${repo.owner}/${repo.repo}/issues`;
  let call = `GET ${base}?labels=${AUDIT_LABEL}`;
  const find = async () => {
    const issues: AuditIssue[] = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, {
      ...repo,
      labels: AUDIT_LABEL,
      state: 'all',
      per_page: 100,
    }))
      issues.push(...(page.data as AuditIssue[]));
    return pickAuditIssue(issues, req.auditId, req.login);
  };
  try {
    const existing = await find();

    if (!req.open) {
      if (!existing || existing.state !== 'open')
        return { action: 'none', reason: 'nothing needs attention and no audit issue is open' };
      call = `POST ${base}/${existing.number}/comments`;
      await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: req.allClear.comment });
      call = `PATCH ${base}/${existing.number}`;
      const { data } = await client.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        title: req.allClear.title,
        body: req.allClear.body,
        state: 'closed',
        state_reason: 'completed',
      });
      return { action: 'closed', number: existing.number, url: data.html_url };
    }

    if (!existing) {
      call = `POST ${base}`;
      try {
        // Never retried blindly: GitHub may have created the issue and still answered with an error.
        const { data } = await client.rest.issues.create({
          ...repo,
          title: req.open.title,
          body: req.open.body,
          labels: [AUDIT_LABEL],
          request: { retries: 0 },
        });
        return { action: 'created', number: data.number, url: data.html_url };
      } catch (error) {
        const created = [403, 404, 410].includes(httpStatus(error)) ? null : await find();
        if (!created) throw error;
        return { action: 'created', number: created.number, url: created.html_url };
      }
    }
    const reopen = existing.state !== 'open';
    if (
      !reopen &&
      digestOf(existing.body ?? '', req.auditId, 'audit-id') === digestOf(req.open.body, req.auditId, 'audit-id')
    )
      return { action: 'unchanged', number: existing.number, url: existing.html_url };
    call = `PATCH ${base}/${existing.number}`;
    const { data } = await client.rest.issues.update({
      ...repo,
      issue_number: existing.number,
      title: req.open.title,
      body: req.open.body,
      ...(reopen ? { state: 'open' as const } : {}),
    });
    return { action: reopen ? 'reopened' : 'updated', number: existing.number, url: data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404 || status === 410)
      return {
        action: 'refused',
        reason:
          `GitHub refused ${call} (HTTP ${status}): the token cannot read or write issues` +
          (status === 410 ? ' (issues are turned off in this repository)' : '') +
          '. Grant `issues: write` in the workflow `permissions:` to keep the audit issue.',
      };
    throw toCallError(error, call, 'issues: write');
  }
}
