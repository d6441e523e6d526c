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
  if (reviewBy === undefined) {
    if (maxDays !== undefined)
      findings.push({
        rule: 'lifecycle.review',
        status: 'fail',
        subject: 'lifecycle.review_by',
        actual: null,
        expected: `a date within ${maxDays} days`,
        message: `lifecycle.review_by is missing; the ${ctx.tier.name} tier requires a review at most ${maxDays} days ahead`,
        fix: 'Add lifecycle.review_by: YYYY-MM-DD.',
        ...at(ctx, ['lifecycle']),
      });
    return findings;
  }
  const due = parseDay(reviewBy);
  const pos = at(ctx, ['lifecycle', 'review_by']);
  if (!due) {
    // The manifest schema rejects bad dates; this guards a schema gap by failing closed.
    findings.push({
      rule: 'lifecycle.review',
      status: 'fail',
      subject: 'lifecycle.review_by',
      actual: String(reviewBy),
      expected: 'a date YYYY-MM-DD',
      message: `lifecycle.review_by '${String(reviewBy)}' is not a date`,
      fix: 'Write the date as YYYY-MM-DD.',
      ...pos,
    });
    return findings;
  }
  const daysLeft = daysBetween(ctx.today, due);
  if (daysLeft < 0) {
    findings.push({
      rule: 'lifecycle.review',
      status: 'fail',
      subject: 'lifecycle.review_by',
      actual: reviewBy,
      expected: 'a date not yet passed',
      message: `the review was due on ${reviewBy}, ${-daysLeft} days ago`,
      fix: 'Review the model with its risk owner and set a new lifecycle.review_by.',
      ...pos,
    });
  } else if (maxDays !== undefined && daysLeft > maxDays) {
    findings.push({
      rule: 'lifecycle.review',
      status: 'fail',
      subject: 'lifecycle.review_by',
      actual: reviewBy,
      expected: `within ${maxDays} days`,
      message: `review_by ${reviewBy} is ${daysLeft} days away, more than the ${maxDays} days the ${ctx.tier.name} tier allows`,
      fix: `Set lifecycle.review_by to a date at most ${maxDays} days ahead.`,
      ...pos,
    });
  } else if (daysLeft <= REVIEW_WARNING_DAYS) {
    findings.push({
      rule: 'lifecycle.review',
      status: 'warn',
      subject: 'lifecycle.review_by',
      actual: reviewBy,
      message: `the review is due in ${daysLeft} days (${reviewBy})`,
      fix: 'Schedule the review before the date passes; the gate blocks after it.',
      ...pos,
    });
  } else {
    findings.push({
      rule: 'lifecycle.review',
      status: 'pass',
      subject: 'lifecycle.review_by',
      actual: reviewBy,
      message: `review due in ${daysLeft} days`,
      ...pos,
    });
  }
  return findings;
}
