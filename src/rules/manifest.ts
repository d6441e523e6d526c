// manifest.required and monitoring.required: the fields a tier requires are present and not empty.

import type { Finding } from '../types.js';
import { own } from '../evidence/result.js';
import { at, type RuleContext } from './types.js';

function lookup(data: Record<string, unknown>, dotted: string): unknown {
  let cur: unknown = data;
  for (const key of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = own(cur as Record<string, unknown>, key);
  }
  return cur;
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

export function requiredFields(ctx: RuleContext): Finding[] {
  return ctx.tier.require.map((field): Finding => {
    const rule =
      field.startsWith('monitoring.') || field === 'monitoring' ? 'monitoring.required' : 'manifest.required';
    const present = !isEmpty(lookup(ctx.manifest.data, field));
    const path = field.split('.');
    // Point at the deepest part of the path that exists, so the annotation lands near the gap.
    let pos = at(ctx, path);
    for (let i = path.length - 1; pos.line === undefined && i > 0; i--) pos = at(ctx, path.slice(0, i));
    if (present) return { rule, status: 'pass', subject: field, message: `${field} is set`, ...pos };
    return {
      rule,
      status: 'fail',
      subject: field,
      actual: null,
      expected: 'present and not empty',
      message: `${field} is missing or empty; the ${ctx.tier.name} tier requires it`,
      fix: `Add \`${field}\` to ${ctx.release.loaded.path}.`,
      ...pos,
    };
  });
}
