// A readable diff of two policies' rules (thresholds before and after), so the reviewer of a pull
// request that edits the policy sees what is being loosened.

import type { Policy, Tolerance } from '../policy/types.js';
import { own } from '../evidence/result.js';

type Flat = Map<string, string | number>;

/** For each numeric field, which direction makes the gate easier to pass. */
const LOOSER_WHEN: Record<string, 'lower' | 'higher'> = {
  min: 'lower',
  max: 'higher',
  max_drop: 'higher',
  max_increase: 'higher',
  max_gap: 'higher',
  max_drifted_share: 'higher',
  max_review_days: 'higher',
  max_days: 'higher',
  significance: 'lower',
};

const tol = (t: Tolerance | undefined): string | undefined => t?.text;

function flatten(p: Policy): Flat {
  const out: Flat = new Map();
  const put = (k: string, v: unknown): void => {
    if (v === undefined) return;
    out.set(
      k,
      typeof v === 'number'
        ? v
        : Array.isArray(v)
          ? [...v].sort().join(', ')
          : typeof v === 'object'
            ? JSON.stringify(v)
            : String(v),
    );
  };
  put('default tier', p.defaultTier);
  put('owners', p.owners);
  put('protected', p.protected);
  put('manifests', p.manifests);
  put('waivers.max_days', p.waivers.max_days);
  for (const [name, t] of Object.entries(p.tiers)) {
    const at = `tiers.${name}`;
    put(`${at}.require`, t.require);
    for (const [m, r] of Object.entries(t.metrics)) {
      put(`${at}.metrics.${m}.min`, r.min);
      put(`${at}.metrics.${m}.max`, r.max);
      put(`${at}.metrics.${m}.max_drop`, tol(r.max_drop));
      put(`${at}.metrics.${m}.max_increase`, tol(r.max_increase));
      put(`${at}.metrics.${m}.significance`, r.significance);
    }
    for (const [m, r] of Object.entries(t.slices)) {
      put(`${at}.slices.${m}.min`, r.min);
      put(`${at}.slices.${m}.max`, r.max);
      put(`${at}.slices.${m}.max_gap`, r.max_gap);
    }
    if (t.drift) {
      put(`${at}.drift.method`, t.drift.method);
      put(`${at}.drift.feature_threshold`, t.drift.feature_threshold);
      put(`${at}.drift.max_drifted_share`, t.drift.max_drifted_share);
    }
    put(`${at}.lifecycle.max_review_days`, t.lifecycle?.max_review_days);
    put(`${at}.approvals.min`, t.approvals?.min);
    put(`${at}.approvals.from`, t.approvals?.from);
  }
  return out;
}

function toNumber(v: string | number): number {
  return typeof v === 'number' ? v : v.endsWith('%') ? Number(v.slice(0, -1)) / 100 : Number(v);
}

export function diffPolicies(before: Policy, after: Policy): string[] {
  const a = flatten(before);
  const b = flatten(after);
  const lines: string[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(key);
    const y = b.get(key);
    if (x === y) continue;
    const field = key.split('.').pop() ?? key;
    let note = '';
    const sameKind = String(x).endsWith('%') === String(y).endsWith('%');
    if (
      x !== undefined &&
      y !== undefined &&
      sameKind &&
      own(LOOSER_WHEN, field) &&
      !Number.isNaN(toNumber(x)) &&
      !Number.isNaN(toNumber(y))
    ) {
      const looser = LOOSER_WHEN[field] === 'lower' ? toNumber(y) < toNumber(x) : toNumber(y) > toNumber(x);
      note = looser ? ' (looser)' : ' (stricter)';
    } else if (y === undefined) note = ' (removed: looser)';
    lines.push(`${key}: ${x ?? '(none)'} -> ${y ?? '(none)'}${note}`);
  }
  return lines;
}
