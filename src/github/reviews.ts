// Reviews of a pull request, reduced to each reviewer's latest decisive review, as GitHub itself counts
// approvals: a later COMMENTED review does not undo an approval; a DISMISSED one does.

import type { PullRequestContext } from '../engine.js';
import { apiCall, type GitHubClient, type RepoRef } from './client.js';

export type ReviewState = PullRequestContext['reviews'][number]['state'];

export interface RawReview {
  user?: { login?: string } | null;
  state: string;
  commit_id?: string | null;
  submitted_at?: string | null;
}

export async function listReviews(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<{ reviews: PullRequestContext['reviews']; requests: number }> {
  let requests = 0;
  const raw: RawReview[] = [];
  await apiCall(`GET /repos/${repo.owner}/${repo.repo}/pulls/${number}/reviews`, 'pull-requests: read', async () => {
    for await (const page of client.paginate.iterator(client.rest.pulls.listReviews, {
      ...repo,
      pull_number: number,
      per_page: 100,
    })) {
      requests++;
      raw.push(...(page.data as RawReview[]));
    }
  });
  return { reviews: latestReviews(raw), requests };
}

/** One entry per reviewer: the latest APPROVED / CHANGES_REQUESTED / DISMISSED review, else the latest COMMENTED. */
export function latestReviews(raw: RawReview[]): PullRequestContext['reviews'] {
  const known: ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'];
  const latest = new Map<string, { user: string; state: ReviewState; commit: string; order: number }>();
  raw.forEach((review, order) => {
    const user = review.user?.login;
    const state = review.state as ReviewState;
    if (!user || !known.includes(state)) return; // PENDING reviews are not submitted yet
    const previous = latest.get(user);
    if (previous && state === 'COMMENTED' && previous.state !== 'COMMENTED') return;
    latest.set(user, { user, state, commit: review.commit_id ?? '', order });
  });
  return [...latest.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ user, state, commit }) => ({ user, state, commit }));
}
