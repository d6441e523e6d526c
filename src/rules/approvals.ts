// approvals.required: enough approving reviews from the people or teams the tier names.
// Each reviewer's latest review decides; the author's own approval never counts, nor a bot's or that of
// anyone without write access (src/github/reviews.ts); an unresolvable team is never treated as satisfied.

import type { Finding } from '../types.js';
import { own } from '../evidence/result.js';
import { login } from './waivers.js';
import type { RuleContext } from './types.js';

const approvals = (n: number): string => `${n} ${n === 1 ? 'approval' : 'approvals'}`;

export function approvalRules(ctx: RuleContext): Finding[] {
  const rule = ctx.tier.approvals;
  if (!rule || rule.min <= 0) return [];
  const pr = ctx.pullRequest;
  const who = rule.from.length > 0 ? rule.from.join(', ') : 'anyone with write access';
  if (!pr)
    return [
      {
        rule: 'approvals.required',
        status: 'warn',
        subject: 'approvals',
        expected: `${rule.min} from ${who}`,
        message: ctx.mergeQueue
          ? `the ${ctx.tier.name} tier needs ${approvals(rule.min)} from ${who}; not re-checked in the merge queue: each pull request needed them (this gate's required check) before it could join the queue`
          : `the ${ctx.tier.name} tier needs ${approvals(rule.min)} from ${who}; approvals are checked on the pull request, not on the command line`,
      },
    ];

  const users = new Set(rule.from.filter((f) => !f.includes('/')).map(login));
  const teams = rule.from.filter((f) => f.includes('/'));
  const unresolved: string[] = [];
  const members = new Set<string>();
  for (const t of teams) {
    const m = own(pr.teams, login(t)) ?? own(pr.teams, t);
    if (!m) unresolved.push(`${t} (not looked up)`);
    else if ('error' in m) unresolved.push(`${t} (${m.error})`);
    else m.forEach((u) => members.add(login(u)));
  }
  const eligible = (u: string): boolean => rule.from.length === 0 || users.has(u) || members.has(u);
  const approvers: string[] = [];
  const ignored: string[] = [];
  for (const r of pr.reviews) {
    if (r.state !== 'APPROVED') continue;
    const u = login(r.user);
    if (u === login(pr.author)) ignored.push(`@${r.user} (the author)`);
    else if (!r.access.counts) ignored.push(`@${r.user} (${r.access.reason})`);
    else if (rule.require_latest_commit && r.commit !== pr.headSha)
      ignored.push(`@${r.user} (approved an older commit)`);
    else if (!eligible(u)) ignored.push(`@${r.user} (not in ${who})`);
    else approvers.push(`@${r.user}`);
  }
  const enough = approvers.length >= rule.min;
  const parts = [`${approvers.length} of ${approvals(rule.min)} from ${who}`];
  if (approvers.length > 0) parts.push(`approved by ${approvers.join(', ')}`);
  if (ignored.length > 0) parts.push(`not counted: ${ignored.join(', ')}`);
  if (!enough && unresolved.length > 0)
    parts.push(
      `team membership could not be read for ${unresolved.join(', ')}: give the action a token that can read the organisation's teams (a GitHub App or a fine-grained token with "Members: read")`,
    );
  return [
    {
      rule: 'approvals.required',
      status: enough ? 'pass' : 'fail',
      subject: 'approvals',
      actual: approvers.length,
      expected: `>= ${rule.min} from ${who}`,
      message: parts.join('; '),
      fix: enough ? undefined : `Ask for ${approvals(rule.min - approvers.length)} more from ${who}.`,
    },
  ];
}
