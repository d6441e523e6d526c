// Team membership for the `@org/team` entries of the policy (owners, approvals.from). The job token
// (GITHUB_TOKEN) is a repository token: GitHub refuses it organisation team listings. A refusal is
// recorded as an error for that team, never as "no members" and never as satisfied: the rules then say
// the membership could not be verified and fail closed.

import type { TeamResolver } from '../context.js';
import { apiMessage, httpStatus, transportError, type GitHubClient } from './client.js';

export const TEAM_TOKEN_ADVICE =
  'the job token cannot read organisation teams; pass a GitHub App token or a fine-grained token with Members: read as github-token';

export interface TeamLookup {
  resolve: TeamResolver;
  /** Every team looked up so far and what came back, for the decision record. */
  looked: Record<string, string[] | { error: string }>;
}

/** A resolver over GET /orgs/{org}/teams/{team_slug}/members (all pages; direct and child-team members). */
export function teamResolver(client: GitHubClient): TeamLookup {
  const looked: TeamLookup['looked'] = {};
  const one = async (team: string): Promise<string[] | { error: string }> => {
    const [org, slug] = team.replace(/^@/, '').split('/', 2);
    if (!org || !slug) return { error: `'${team}' is not @org/team-slug` };
    try {
      const members: string[] = [];
      for await (const page of client.paginate.iterator(client.rest.teams.listMembersInOrg, {
        org,
        team_slug: slug,
        per_page: 100,
      }))
        for (const user of page.data) if (user?.login) members.push(user.login);
      return members;
    } catch (error) {
      const transport = transportError(error);
      if (transport) return { error: `${transport.message}; re-run the job` };
      const status = httpStatus(error);
      const detail = apiMessage(error);
      if (status === 403 || status === 404) return { error: `${status}: ${detail} — ${TEAM_TOKEN_ADVICE}` };
      return { error: `${status ? `HTTP ${status}` : 'no response'}: ${detail}; re-run the job` };
    }
  };
  const resolve: TeamResolver = async (teams) => {
    const entries = await Promise.all(teams.map(async (t) => [t, await one(t)] as const));
    for (const [t, v] of entries) looked[t] = v;
    return Object.fromEntries(entries);
  };
  return { resolve, looked };
}
