// One readiness comment per pull request, workflow job and `comment-id`, edited in place. Ours is the
// comment that carries our marker AND was written by the token's own login AND whose text still hashes
// to the digest in its marker: a marker copied into someone else's comment, or into another text, is
// ignored. The marker names the workflow job (a hash of the workflow file and job id), so two workflows
// that both run the gate keep apart. The digest also lets an unchanged verdict be left alone (no edit,
// no "edited" noise) in `on-change` mode.
// Writes are made safe to repeat: a comment POST is never retried blindly (GitHub may have created the
// comment and still answered 502); the comments are listed again instead, and when two runs (or a retry)
// left two comments, the oldest is kept and the others are deleted.
// The lifecycle audit issue (audit-issue.ts) is found the same way, with an `audit-id` marker.

import { createHash } from 'node:crypto';
import { COMMENT_MAX_LENGTH } from '../report/escape.js';
import { apiCall, httpStatus, toCallError, type GitHubClient, type RepoRef } from './client.js';

export { COMMENT_MAX_LENGTH };

export type CommentMode = 'always' | 'on-change' | 'never';

/** Which kind of text a marker labels: a PR's readiness comment, or the lifecycle audit issue. */
export type MarkerKind = 'comment-id' | 'audit-id';

const MARKER_RE =
  /<!-- model-release-gate (comment-id|audit-id)=([A-Za-z0-9._-]+)(?: job=([0-9a-f]{12}))?(?: digest=([0-9a-f]{16}))? -->/;

/** Room the job and digest take in a marker: cut a body to COMMENT_MAX_LENGTH minus this before tagging it. */
export const MARKER_ROOM = 64;

/**
 * What changes on every run of the PR comment without changing the verdict: the run link, the
 * evaluation time, and the head commit in links into the evidence (a push alone changes no verdict).
 * Left out of the digest by pattern, so an existing comment can be checked against it.
 */
export const VOLATILE: RegExp[] = [
  /\/actions\/runs\/\d+(?:\/attempts\/\d+)?/g,
  /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g,
  /\/blob\/(?:[0-9a-f]{40}|[0-9a-f]{64})\//g,
];

export function validCommentId(id: string): boolean {
  // No `--`: the id goes inside an HTML comment.
  return id.length <= 64 && /^[A-Za-z0-9._]+(-[A-Za-z0-9._]+)*$/.test(id);
}

/**
 * The workflow job a comment belongs to: 12 hex digits of the workflow file (GITHUB_WORKFLOW_REF without
 * its `@ref`) and the job id (GITHUB_JOB). Undefined outside a workflow (a local run).
 */
export function jobIdentity(workflowRef: string | undefined, job: string | undefined): string | undefined {
  const workflow = (workflowRef ?? '').replace(/@.*$/, '');
  if (!workflow && !job) return undefined;
  return createHash('sha256')
    .update(`${workflow}#${job ?? ''}`)
    .digest('hex')
    .slice(0, 12);
}

/** The marker the renderer is given; the digest is added after rendering (see withDigest). */
export function commentMarker(commentId: string, kind: MarkerKind = 'comment-id', job?: string): string {
  return `<!-- model-release-gate ${kind}=${commentId}${job ? ` job=${job}` : ''} -->`;
}

function digest(body: string, volatile: (string | RegExp)[]): string {
  let stable = body;
  for (const v of volatile) if (v) stable = typeof v === 'string' ? stable.split(v).join('') : stable.replace(v, '');
  return createHash('sha256').update(stable).digest('hex').slice(0, 16);
}

/**
 * Puts the digest of the body's visible content into its marker. `volatile` strings or patterns (the run
 * link, the evaluation time) are left out of the digest: they change on every run without changing the verdict.
 */
export function withDigest(
  body: string,
  commentId: string,
  volatile: (string | RegExp)[],
  kind: MarkerKind = 'comment-id',
  job?: string,
): string {
  const marker = commentMarker(commentId, kind, job);
  const at = body.indexOf(marker);
  const untagged = at < 0 ? `${marker}\n${body}` : body;
  const tagged = `${marker.slice(0, -4)} digest=${digest(untagged, volatile)} -->`;
  const i = untagged.indexOf(marker);
  return untagged.slice(0, i) + tagged + untagged.slice(i + marker.length);
}

export function digestOf(
  body: string,
  commentId: string,
  kind: MarkerKind = 'comment-id',
  job?: string,
): string | null {
  const m = ownMarker(body, commentId, kind, job);
  return m ? (m[4] ?? null) : null;
}

/** True when the body still hashes to the digest in its marker: the text is as the gate wrote it. */
export function verifies(body: string, commentId: string, volatile: RegExp[], job?: string): boolean {
  const m = ownMarker(body, commentId, 'comment-id', job);
  if (!m?.[4]) return false;
  const untagged = body.replace(m[0], commentMarker(commentId, 'comment-id', job));
  return digest(untagged, volatile) === m[4];
}

/** The marker of `commentId` (and job) at the start or end of the body (where the gate puts it), if any. */
function ownMarker(body: string, commentId: string, kind: MarkerKind, job?: string): RegExpMatchArray | null {
  const trimmed = body.trim();
  const first = trimmed.split('\n', 1)[0];
  const last = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  for (const line of [first, last]) {
    const m = line.match(MARKER_RE);
    if (m && m[1] === kind && m[2] === commentId && m[3] === job) return m;
  }
  return null;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
  html_url?: string;
}

/** Ours: our marker (of this kind, id and job) AND our author. Also picks issues, which have the same shape. */
export function ownItems<T extends IssueComment>(
  items: T[],
  id: string,
  login: string,
  kind: MarkerKind,
  job?: string,
): T[] {
  return items.filter((c) => c.user?.login === login && ownMarker(c.body ?? '', id, kind, job) !== null);
}

/** Our comments, oldest first: marker, author, and a text that still matches its digest. */
export function ownComments<T extends IssueComment>(
  comments: T[],
  commentId: string,
  login: string,
  job?: string,
): T[] {
  return ownItems(comments, commentId, login, 'comment-id', job)
    .filter((c) => verifies(c.body ?? '', commentId, VOLATILE, job))
    .sort((a, b) => a.id - b.id);
}

export function findOwnComment(
  comments: IssueComment[],
  commentId: string,
  login: string,
  job?: string,
): IssueComment | null {
  return ownComments(comments, commentId, login, job)[0] ?? null;
}

/** Cuts a body that the renderer could not fit, as a last resort, keeping the marker and a pointer. */
export function fitComment(body: string, pointer: string, max = COMMENT_MAX_LENGTH): string {
  if (body.length <= max) return body;
  const tail = `\n\n… ${pointer}`;
  return body.slice(0, max - tail.length) + tail;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url?: string }
  | { action: 'skipped'; reason: string }
  | { action: 'refused'; reason: string };

export interface UpsertRequest {
  number: number;
  commentId: string;
  /** The workflow job (jobIdentity); undefined outside a workflow. */
  job?: string;
  login: string;
  /** The rendered comment, marker and digest included (withDigest with VOLATILE). */
  body: string;
  /** false when the PR touches no release: then only an existing comment is brought up to date. */
  createIfMissing: boolean;
  /** Rewrite even when the digest is unchanged (comment: always). */
  force: boolean;
  /** Where notices go (duplicates deleted, a write retried). */
  log?: (message: string) => void;
}

/** How often a comment POST is tried in all; before each retry the comments are listed again. */
const CREATE_ATTEMPTS = 2;

export async function upsertComment(client: GitHubClient, repo: RepoRef, req: UpsertRequest): Promise<CommentOutcome> {
  const base = `/repos/${repo.owner}/${repo.repo}/issues`;
  const log = req.log ?? (() => {});
  const listOurs = async (): Promise<IssueComment[]> => {
    const comments: IssueComment[] = [];
    await apiCall(`GET ${base}/${req.number}/comments`, 'pull-requests: read', async () => {
      for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        ...repo,
        issue_number: req.number,
        per_page: 100,
      })) {
        comments.push(...(page.data as IssueComment[]));
      }
    });
    return ownComments(comments, req.commentId, req.login, req.job);
  };
  /** Keeps the oldest of our comments and deletes the others; returns the one kept. */
  const tidy = async (ours: IssueComment[]): Promise<IssueComment | null> => {
    for (const extra of ours.slice(1)) {
      try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: extra.id });
        log(`Deleted a duplicate readiness comment (${extra.id}); keeping ${ours[0].id}.`);
      } catch (error) {
        // Another run may have deleted it first (404); anything else only leaves a duplicate behind.
        if (httpStatus(error) !== 404)
          log(`Could not delete the duplicate comment ${extra.id}: ${(error as Error).message}`);
      }
    }
    return ours[0] ?? null;
  };
  const unchanged = (c: IssueComment) =>
    digestOf(c.body ?? '', req.commentId, 'comment-id', req.job) ===
    digestOf(req.body, req.commentId, 'comment-id', req.job);
  const refusal = (error: unknown, call: string): CommentOutcome | null => {
    const status = httpStatus(error);
    if (status !== 403 && status !== 404) return null;
    return {
      action: 'refused',
      reason:
        `GitHub refused ${call} (HTTP ${status}): the token cannot write comments. ` +
        'A pull request from a fork gets a read-only token on `pull_request`; otherwise grant `pull-requests: write`.',
    };
  };
  const update = async (existing: IssueComment): Promise<CommentOutcome> => {
    const call = `PATCH ${base}/comments/${existing.id}`;
    try {
      // An edit is safe to repeat: the client's own retries apply.
      const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: req.body });
      return { action: 'updated', url: data.html_url };
    } catch (error) {
      const refused = refusal(error, call);
      if (refused) return refused;
      throw toCallError(error, call, 'pull-requests: write');
    }
  };

  const existing = await tidy(await listOurs());
  if (!existing && !req.createIfMissing)
    return { action: 'skipped', reason: 'the pull request touches no model release' };
  if (existing) {
    if (!req.force && unchanged(existing)) return { action: 'unchanged', url: existing.html_url };
    return update(existing);
  }

  const call = `POST ${base}/${req.number}/comments`;
  for (let attempt = 1; ; attempt++) {
    try {
      // Never retried blindly: GitHub may have created the comment and still answered with an error.
      const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: req.number,
        body: req.body,
        request: { retries: 0 },
      });
      // Another run may have created one at the same time: keep the oldest, delete the rest.
      const kept = await tidy(await listOurs());
      if (!kept || kept.id === data.id) return { action: 'created', url: data.html_url };
      if (unchanged(kept)) return { action: 'unchanged', url: kept.html_url };
      return update(kept);
    } catch (error) {
      const refused = refusal(error, call);
      if (refused) return refused;
      const failure = toCallError(error, call, 'pull-requests: write');
      // Did the POST take effect after all? Then adopt that comment rather than write a second one.
      const kept = await tidy(await listOurs());
      if (kept) {
        log(`${call} failed (${failure.message}) but the comment exists (${kept.id}); keeping it.`);
        return unchanged(kept) ? { action: 'created', url: kept.html_url } : update(kept);
      }
      if (attempt >= CREATE_ATTEMPTS) throw failure;
      log(`${call} failed (${failure.message}); no comment was created, trying once more.`);
    }
  }
}
