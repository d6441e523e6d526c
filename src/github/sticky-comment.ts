// One readiness comment per pull request and `comment-id`, edited in place. Ours is the comment that
// carries our marker AND was written by the token's own login: a marker copied into someone else's
// comment is ignored. The marker also carries a digest of what the comment says, so an unchanged
// verdict is left alone (no edit, no "edited" noise) in `on-change` mode.
// The lifecycle audit issue (audit-issue.ts) is found the same way, with an `audit-id` marker.

import { createHash } from 'node:crypto';
import { apiCall, httpStatus, toCallError, type GitHubClient, type RepoRef } from './client.js';

/** GitHub refuses issue comments longer than this (characters). */
export const COMMENT_MAX_LENGTH = 65536;

export type CommentMode = 'always' | 'on-change' | 'never';

/** Which kind of text a marker labels: a PR's readiness comment, or the lifecycle audit issue. */
export type MarkerKind = 'comment-id' | 'audit-id';

const MARKER_RE = /<!-- model-release-gate (comment-id|audit-id)=([A-Za-z0-9._-]+)(?: digest=([0-9a-f]{16}))? -->/;

export function validCommentId(id: string): boolean {
  // No `--`: the id goes inside an HTML comment.
  return id.length <= 64 && /^[A-Za-z0-9._]+(-[A-Za-z0-9._]+)*$/.test(id);
}

/** The marker the renderer is given; the digest is added after rendering (see withDigest). */
export function commentMarker(commentId: string, kind: MarkerKind = 'comment-id'): string {
  return `<!-- model-release-gate ${kind}=${commentId} -->`;
}

/**
 * Puts the digest of the body's visible content into its marker. `volatile` strings (the run link, the
 * evaluation time) are left out of the digest: they change on every run without changing the verdict.
 */
export function withDigest(
  body: string,
  commentId: string,
  volatile: string[],
  kind: MarkerKind = 'comment-id',
): string {
  const marker = commentMarker(commentId, kind);
  let stable = body;
  for (const v of volatile) if (v) stable = stable.split(v).join('');
  const digest = createHash('sha256').update(stable).digest('hex').slice(0, 16);
  const at = body.indexOf(marker);
  const tagged = `<!-- model-release-gate ${kind}=${commentId} digest=${digest} -->`;
  return at < 0 ? `${tagged}\n${body}` : body.slice(0, at) + tagged + body.slice(at + marker.length);
}

export function digestOf(body: string, commentId: string, kind: MarkerKind = 'comment-id'): string | null {
  const m = ownMarker(body, commentId, kind);
  return m ? (m[3] ?? null) : null;
}

/** The marker of `commentId` at the start or end of the body (where the gate puts it), if any. */
function ownMarker(body: string, commentId: string, kind: MarkerKind): RegExpMatchArray | null {
  const trimmed = body.trim();
  const first = trimmed.split('\n', 1)[0];
  const last = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  for (const line of [first, last]) {
    const m = line.match(MARKER_RE);
    if (m && m[1] === kind && m[2] === commentId) return m;
  }
  return null;
}

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
  html_url?: string;
}

/** Ours: our marker (of this kind and id) AND our author. Also picks issues, which have the same shape. */
export function ownItems<T extends IssueComment>(items: T[], id: string, login: string, kind: MarkerKind): T[] {
  return items.filter((c) => c.user?.login === login && ownMarker(c.body ?? '', id, kind) !== null);
}

export function findOwnComment(comments: IssueComment[], commentId: string, login: string): IssueComment | null {
  return ownItems(comments, commentId, login, 'comment-id')[0] ?? null;
}

/** Cuts a body that the renderer could not fit, as a last resort, keeping the marker and a pointer. */
export function fitComment(body: string, pointer: string): string {
  if (body.length <= COMMENT_MAX_LENGTH) return body;
  const tail = `\n\n… ${pointer}`;
  return body.slice(0, COMMENT_MAX_LENGTH - tail.length) + tail;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url?: string; requests: number }
  | { action: 'skipped'; reason: string; requests: number }
  | { action: 'refused'; reason: string; requests: number };

export interface UpsertRequest {
  number: number;
  commentId: string;
  login: string;
  /** The rendered comment, marker and digest included (withDigest). */
  body: string;
  /** false when the PR touches no release: then only an existing comment is brought up to date. */
  createIfMissing: boolean;
  /** Rewrite even when the digest is unchanged (comment: always). */
  force: boolean;
}

export async function upsertComment(client: GitHubClient, repo: RepoRef, req: UpsertRequest): Promise<CommentOutcome> {
  const base = `/repos/${repo.owner}/${repo.repo}/issues`;
  let requests = 0;
  const comments: IssueComment[] = [];
  await apiCall(`GET ${base}/${req.number}/comments`, 'pull-requests: read', async () => {
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
      ...repo,
      issue_number: req.number,
      per_page: 100,
    })) {
      requests++;
      comments.push(...(page.data as IssueComment[]));
    }
  });
  const existing = findOwnComment(comments, req.commentId, req.login);
  if (!existing && !req.createIfMissing)
    return { action: 'skipped', reason: 'the pull request touches no model release', requests };
  if (existing && !req.force && digestOf(existing.body ?? '', req.commentId) === digestOf(req.body, req.commentId))
    return { action: 'unchanged', url: existing.html_url, requests };
  try {
    requests++;
    if (existing) {
      const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: req.body });
      return { action: 'updated', url: data.html_url, requests };
    }
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: req.number, body: req.body });
    return { action: 'created', url: data.html_url, requests };
  } catch (error) {
    const status = httpStatus(error);
    const call = existing ? `PATCH ${base}/comments/${existing.id}` : `POST ${base}/${req.number}/comments`;
    if (status === 403 || status === 404) {
      return {
        action: 'refused',
        reason:
          `GitHub refused ${call} (HTTP ${status}): the token cannot write comments. ` +
          'A pull request from a fork gets a read-only token on `pull_request`; otherwise grant `pull-requests: write`.',
        requests,
      };
    }
    throw toCallError(error, call, 'pull-requests: write');
  }
}
