// Reviews of a pull request, reduced to each reviewer's latest decisive review, as GitHub itself counts
// approvals: a later COMMENTED review does not undo an approval; a DISMISSED one does.
//
// Only reviewers with write access may approve, never bots: the rule GitHub's branch protection applies.
// The review's `author_association` settles most cases without a request:
//   - a bot (user type Bot, or a `[bot]` login): never counts;
//   - OWNER: the repository's owner, who has admin access: counts;
//   - NONE, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, MANNEQUIN: no write access (anyone with
//     write access is at least a COLLABORATOR or MEMBER): never counts;
//   - MEMBER and COLLABORATOR are ambiguous (an organisation member or a collaborator may have only read
//     or triage access), so GET /collaborators/{user}/permission decides: admin or write (which includes
//     maintain) counts. A permission that cannot be read does not count (fail closed).
// Only approvals that could otherwise count are looked up: one request per such reviewer.

import type { PullRequestContext, PullRequestReview } from '../context.js';
import { apiCall, type GitHubClient, type RepoRef } from './client.js';

export type ReviewState = PullRequestReview['state'];

export interface RawReview {
  user?: { login?: string; type?: string } | null;
  state: string;
  commit_id?: string | null;
  submitted_at?: string | null;
  author_association?: string | null;
}

/** A reviewer's latest review, with what is needed to decide whether an approval may count. */
export interface LatestReview {
  user: string;
  state: ReviewState;
  commit: string;
  association: string;
  bot: boolean;
}

export async function listReviews(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  author: string,
): Promise<{ reviews: PullRequestContext['reviews'] }> {
  const raw: RawReview[] = [];
  await apiCall(`GET /repos/${repo.owner}/${repo.repo}/pulls/${number}/reviews`, 'pull-requests: read', async () => {
    for await (const page of client.paginate.iterator(client.rest.pulls.listReviews, {
      ...repo,
      pull_number: number,
      per_page: 100,
    })) {
      raw.push(...(page.data as RawReview[]));
    }
  });
  const reviews: PullRequestReview[] = [];
  for (const review of latestReviews(raw)) {
    let access = accessFromAssociation(review);
    if (access === null) {
      // Ask only about an approval that could count: not the author's.
      const couldCount = review.state === 'APPROVED' && review.user.toLowerCase() !== author.toLowerCase();
      access = couldCount
        ? await permissionAccess(client, repo, review.user, review.association)
        : {
            counts: false,
            reason: `write access not checked (${review.association}): not an approval that could count`,
          };
    }
    reviews.push({ user: review.user, state: review.state, commit: review.commit, access });
  }
  return { reviews };
}

const NO_WRITE = ['NONE', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN'];

/** What the association alone settles; null when the permission API must decide. */
export function accessFromAssociation(review: LatestReview): PullRequestReview['access'] | null {
  if (review.bot) return { counts: false, reason: 'a bot' };
  const association = review.association;
  if (association === 'OWNER') return { counts: true, via: 'OWNER' };
  if (association === 'MEMBER' || association === 'COLLABORATOR') return null;
  if (NO_WRITE.includes(association))
    return { counts: false, reason: `no write access: author association ${association}` };
  // Unknown or missing: GitHub added a value the gate does not know; do not guess.
  return { counts: false, reason: `unknown author association '${association || 'none'}'` };
}

async function permissionAccess(
  client: GitHubClient,
  repo: RepoRef,
  user: string,
  association: string,
): Promise<PullRequestReview['access']> {
  try {
    const { data } = await apiCall(
      `GET /repos/${repo.owner}/${repo.repo}/collaborators/${user}/permission`,
      'metadata: read',
      () => client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: user }),
    );
    if (data.permission === 'admin' || data.permission === 'write')
      return { counts: true, via: `${association}, ${data.permission} permission` };
    return { counts: false, reason: `no write access: ${association} with ${data.permission} permission` };
  } catch (error) {
    return { counts: false, reason: `write access could not be verified: ${(error as Error).message}` };
  }
}

/** One entry per reviewer: the latest APPROVED / CHANGES_REQUESTED / DISMISSED review, else the latest COMMENTED. */
export function latestReviews(raw: RawReview[]): LatestReview[] {
  const known: ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'];
  const latest = new Map<string, LatestReview & { order: number }>();
  raw.forEach((review, order) => {
    const user = review.user?.login;
    const state = review.state as ReviewState;
    if (!user || !known.includes(state)) return; // PENDING reviews are not submitted yet
    const previous = latest.get(user);
    if (previous && state === 'COMMENTED' && previous.state !== 'COMMENTED') return;
    latest.set(user, {
      user,
      state,
      commit: review.commit_id ?? '',
      association: String(review.author_association ?? ''),
      bot: review.user?.type === 'Bot' || /\[bot\]$/i.test(user),
      order,
    });
  });
  return [...latest.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...r }) => r);
}
