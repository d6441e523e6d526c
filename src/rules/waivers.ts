// waiver.invalid, and turning failures into `waived` where a valid waiver covers them.
// A waiver counts only when it is complete, unexpired, within the policy's max_days, names a failure
// that actually happened, and (on GitHub) was approved on the pull request by a policy owner.

import { daysBetween, parseDay } from '../dates.js';
import type { PullRequestContext } from '../context.js';
import { own } from '../evidence/result.js';
import type { Policy, Waiver } from '../policy/types.js';
import { NOT_WAIVABLE, type Finding, type RuleId, type WaiverApplied } from '../types.js';
import { at, type RuleContext } from './types.js';

/** A waiver this close to expiry warns, so owners renew it before the gate blocks. */
export const WAIVER_WARNING_DAYS = 14;

export const login = (who: string): string => who.trim().replace(/^@/, '').toLowerCase();

/**
 * Why a review cannot stand as a policy owner's approval of an exception (a waiver, a protected change,
 * a lowered tier), or null when it can. Only the commit being judged counts: an approval of an older
 * commit came before the author's later pushes, which may be what added the exception.
 */
export function exceptionApprovalProblem(
  pr: PullRequestContext,
  r: PullRequestContext['reviews'][number],
): string | null {
  if (!r.access.counts) return `@${r.user}'s approval does not count (${r.access.reason})`;
  if (r.commit !== pr.headSha)
    return `@${r.user} approved an older commit (${r.commit.slice(0, 7)}), not the head ${pr.headSha.slice(0, 7)}: an exception needs a policy owner's approval of the commit it is judged on`;
  return null;
}

/**
 * The policy owners whose approval of the head commit covers an exception on this pull request (never the
 * author's own, never one that cannot count), and why any other approval did not.
 */
export function ownerApprovals(policy: Policy, pr: PullRequestContext): { approvers: string[]; problems: string[] } {
  const approvers: string[] = [];
  const problems: string[] = [];
  for (const r of pr.reviews) {
    if (r.state !== 'APPROVED' || login(r.user) === login(pr.author)) continue;
    const problem = exceptionApprovalProblem(pr, r);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const s = ownerStatus(policy, pr, r.user);
    if (s.owner) approvers.push(`@${r.user}`);
    else if (s.unverifiable) problems.push(s.unverifiable);
  }
  return { approvers, problems };
}

/** Whether `who` is one of the policy's owners: listed by name, or a member of a listed team. */
export function ownerStatus(
  policy: Policy,
  pr: PullRequestContext | undefined,
  who: string,
): { owner: boolean; unverifiable?: string } {
  const name = login(who);
  const teams: string[] = [];
  for (const o of policy.owners) {
    if (!o.includes('/')) {
      if (login(o) === name) return { owner: true };
    } else teams.push(o);
  }
  if (teams.length === 0) return { owner: false };
  if (!pr)
    return { owner: false, unverifiable: `team membership (${teams.join(', ')}) is not checked on the command line` };
  const refused: string[] = [];
  for (const team of teams) {
    const members = own(pr.teams, login(team)) ?? own(pr.teams, team);
    if (!members) refused.push(`${team}: not looked up`);
    else if ('error' in members) refused.push(`${team}: ${members.error}`);
    else if (members.some((m) => login(m) === name)) return { owner: true };
  }
  return refused.length > 0 ? { owner: false, unverifiable: refused.join('; ') } : { owner: false };
}

interface Judged {
  waiver: Waiver;
  problems: string[];
  applied?: WaiverApplied;
}

function judge(ctx: RuleContext, w: Waiver): Judged {
  const problems: string[] = [];
  if (!w.reason?.trim()) problems.push('it gives no reason');
  if (!w.ticket?.trim()) problems.push('it names no ticket');
  if (!w.approved_by?.trim()) problems.push('it names no approver (approved_by)');
  if (NOT_WAIVABLE.has(w.rule as RuleId)) problems.push(`${w.rule} cannot be waived`);
  const expires = parseDay(w.expires);
  let daysLeft = NaN;
  if (!w.expires) problems.push('it has no expiry date (expires)');
  else if (!expires) problems.push(`its expiry '${w.expires}' is not a date YYYY-MM-DD`);
  else {
    daysLeft = daysBetween(ctx.today, expires);
    if (daysLeft < 0) problems.push(`it expired on ${w.expires}`);
    else if (daysLeft > ctx.policy.waivers.max_days)
      problems.push(`it runs ${daysLeft} days, longer than the ${ctx.policy.waivers.max_days} days the policy allows`);
  }
  let verified = false;
  if (w.approved_by?.trim()) {
    const owner = ownerStatus(ctx.policy, ctx.pullRequest, w.approved_by);
    const pr = ctx.pullRequest;
    if (pr) {
      if (!owner.owner)
        problems.push(
          owner.unverifiable
            ? `${w.approved_by}'s ownership could not be verified (${owner.unverifiable})`
            : `${w.approved_by} is not a policy owner (${ctx.policy.owners.join(', ') || 'the policy names none'})`,
        );
      else if (login(pr.author) === login(w.approved_by))
        problems.push(`${w.approved_by} opened this pull request and cannot approve its own waiver`);
      else {
        const review = pr.reviews.find((r) => login(r.user) === login(w.approved_by!));
        const problem = review?.state === 'APPROVED' ? exceptionApprovalProblem(pr, review) : null;
        if (review?.state !== 'APPROVED') problems.push(`${w.approved_by} has not approved this pull request`);
        else if (problem) problems.push(problem);
        else verified = true;
      }
    } else if (!owner.owner && !owner.unverifiable) {
      problems.push(
        `${w.approved_by} is not a policy owner (${ctx.policy.owners.join(', ') || 'the policy names none'})`,
      );
    }
  }
  if (problems.length > 0) return { waiver: w, problems };
  return {
    waiver: w,
    problems,
    applied: {
      ticket: w.ticket!,
      approved_by: w.approved_by!,
      expires: w.expires!,
      days_left: daysLeft,
      reason: w.reason!,
      approval_verified: verified,
      ...(w.subject ? {} : { whole_rule: true }),
    },
  };
}

const describe = (w: Waiver): string => (w.subject ? `${w.rule} ${w.subject}` : `${w.rule} (the whole rule)`);

/** Applies the manifest's waivers to the findings; returns the new list with waiver findings added. */
export function applyWaivers(ctx: RuleContext, findings: Finding[]): { findings: Finding[]; applied: WaiverApplied[] } {
  const out = findings.map((f) => ({ ...f }));
  const applied: WaiverApplied[] = [];
  for (const w of ctx.manifest.waivers) {
    const pos = at(ctx, ['waivers', w.index]);
    // No subject: the waiver covers the whole rule for this model, as the manifest schema documents.
    const targets = out.filter(
      (f) => f.status === 'fail' && f.rule === w.rule && (!w.subject || (f.subject ?? '') === w.subject),
    );
    const j = judge(ctx, w);
    if (j.problems.length > 0) {
      out.push({
        rule: 'waiver.invalid',
        status: 'fail',
        subject: describe(w),
        message: `the waiver for ${describe(w)} does not count: ${j.problems.join('; ')}`,
        fix: 'Fix the waiver (reason, ticket, approver who is a policy owner and approves the PR, expiry within the limit) or fix the failure it covers.',
        ...pos,
      });
      continue;
    }
    if (targets.length === 0) {
      out.push({
        rule: 'waiver.invalid',
        status: 'warn',
        subject: describe(w),
        message: `the waiver for ${describe(w)} matches no failing gate; remove it so it cannot hide a future failure`,
        fix: 'Delete the waiver from the manifest.',
        ...pos,
      });
      continue;
    }
    const a = j.applied!;
    applied.push(a);
    for (const t of targets) {
      t.status = 'waived';
      t.waiver = a;
    }
    if (a.days_left <= WAIVER_WARNING_DAYS)
      out.push({
        rule: 'waiver.invalid',
        status: 'warn',
        subject: describe(w),
        message: `the waiver for ${describe(w)} (${a.ticket}) expires in ${a.days_left} days, on ${a.expires}`,
        fix: 'Fix the underlying failure or renew the waiver with a policy owner.',
        ...pos,
      });
    if (!a.approval_verified && !ctx.pullRequest)
      out.push({
        rule: 'waiver.invalid',
        status: 'warn',
        subject: describe(w),
        message: `the approval of the waiver for ${describe(w)} by ${a.approved_by} is not verified on the command line; the pull request gate checks it`,
        ...pos,
      });
  }
  return { findings: out, applied };
}
