// lifecycle.review and lifecycle.retired: a model is reviewed on time and is not released once retired.

import { daysBetween, parseDay } from '../dates.js';
import type { Finding } from '../types.js';
import { at, type RuleContext } from './types.js';

/** A review due within this many days warns, so owners get a heads-up before the gate blocks. */
export const REVIEW_WARNING_DAYS = 30;

export function lifecycleRules(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const lifecycle = ctx.manifest.lifecycle ?? {};
  const status = lifecycle.status ?? 'active';

  if (status === 'retired') {
    findings.push({
      rule: 'lifecycle.retired',
      status: 'fail',
      subject: 'lifecycle.status',
      actual: 'retired',
      expected: 'active or deprecated',
      message: `${ctx.manifest.model.name} is marked retired; a retired model cannot be released`,
      fix: 'Set lifecycle.status to active (with a new review) or remove the release.',
      ...at(ctx, ['lifecycle', 'status']),
    });
  } else if (status === 'deprecated') {
    findings.push({
      rule: 'lifecycle.retired',
      status: 'warn',
      subject: 'lifecycle.status',
      actual: 'deprecated',
      message: `${ctx.manifest.model.name} is deprecated; plan its retirement`,
      ...at(ctx, ['lifecycle', 'status']),
    });
  } else {
    findings.push({
      rule: 'lifecycle.retired',
      status: 'pass',
      subject: 'lifecycle.status',
      message: `status ${status}`,
    });
  }

  const maxDays = ctx.tier.lifecycle?.max_review_days;
  const reviewBy = lifecycle.review_by;
  const state = reviewState(reviewBy, maxDays, ctx.today);
  const pos = at(ctx, ['lifecycle', 'review_by']);
  const base = { rule: 'lifecycle.review', subject: 'lifecycle.review_by' } as const;
  switch (state.kind) {
    case 'not-required':
      break;
    case 'missing':
      findings.push({
        ...base,
        status: 'fail',
        actual: null,
        expected: `a date within ${maxDays} days`,
        message: `lifecycle.review_by is missing; the ${ctx.tier.name} tier requires a review at most ${maxDays} days ahead`,
        fix: 'Add lifecycle.review_by: YYYY-MM-DD.',
        ...at(ctx, ['lifecycle']),
      });
      break;
    case 'invalid':
      // The manifest schema rejects bad dates; this guards a schema gap by failing closed.
      findings.push({
        ...base,
        status: 'fail',
        actual: String(reviewBy),
        expected: 'a date YYYY-MM-DD',
        message: `lifecycle.review_by '${String(reviewBy)}' is not a date`,
        fix: 'Write the date as YYYY-MM-DD.',
        ...pos,
      });
      break;
    case 'overdue':
      findings.push({
        ...base,
        status: 'fail',
        actual: reviewBy,
        expected: 'a date not yet passed',
        message: `the review was due on ${reviewBy}, ${-state.daysLeft} days ago`,
        fix: 'Review the model with its risk owner and set a new lifecycle.review_by.',
        ...pos,
      });
      break;
    case 'too-far':
      findings.push({
        ...base,
        status: 'fail',
        actual: reviewBy,
        expected: `within ${maxDays} days`,
        message: `review_by ${reviewBy} is ${state.daysLeft} days away, more than the ${maxDays} days the ${ctx.tier.name} tier allows`,
        fix: `Set lifecycle.review_by to a date at most ${maxDays} days ahead.`,
        ...pos,
      });
      break;
    case 'due-soon':
      findings.push({
        ...base,
        status: 'warn',
        actual: reviewBy,
        message: `the review is due in ${state.daysLeft} days (${reviewBy})`,
        fix: 'Schedule the review before the date passes; the gate blocks after it.',
        ...pos,
      });
      break;
    case 'ok':
      findings.push({
        ...base,
        status: 'pass',
        actual: reviewBy,
        message: `review due in ${state.daysLeft} days`,
        ...pos,
      });
  }
  return findings;
}

/** Where a release's review date stands; the PR gate and the scheduled audit both name problems by it. */
export type ReviewState =
  | { kind: 'not-required' | 'missing' | 'invalid' }
  | { kind: 'overdue' | 'too-far' | 'due-soon' | 'ok'; daysLeft: number };

export function reviewState(reviewBy: string | undefined, maxDays: number | undefined, today: Date): ReviewState {
  if (reviewBy === undefined) return { kind: maxDays !== undefined ? 'missing' : 'not-required' };
  const due = parseDay(reviewBy);
  if (!due) return { kind: 'invalid' };
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return { kind: 'overdue', daysLeft };
  if (maxDays !== undefined && daysLeft > maxDays) return { kind: 'too-far', daysLeft };
  if (daysLeft <= REVIEW_WARNING_DAYS) return { kind: 'due-soon', daysLeft };
  return { kind: 'ok', daysLeft };
}
