// Argument helpers shared by the commands: usage text, option parsing with a nearest-option hint,
// dates, formats, paths inside the repository and --output. The commands live beside this file.

import { existsSync, promises as fs, realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { COMPUTABLE_METHOD_IDS } from '../drift/methods.js';
import { DEFAULT_POLICY_PATH } from '../engine.js';
import { parseDay } from '../dates.js';

export const USAGE = `model-release-gate: a governance gate for machine-learning model releases

Usage:
  model-release-gate check [--policy FILE] [--baseline-dir DIR] [--now YYYY-MM-DD]
                           [--format text|markdown|json|attestation] [--output FILE] [--repo DIR]
                           [--max-file-mb N] [MANIFEST ...]
  model-release-gate drift --reference FILE --current FILE [--method auto|${COMPUTABLE_METHOD_IDS.join('|')}]
                           [--threshold N] [--drift-share N] [--type-inference evidently-0.7|legacy]
                           [--format text|json] [--output FILE] [--threads N]
  model-release-gate verify RECORD [--repo DIR] [--baseline-dir DIR] [--reevaluate]

check   judges model releases against the policy. Without MANIFEST it evaluates every manifest
        the policy's globs find under --repo (default: the current folder). Without --policy it uses
        ${DEFAULT_POLICY_PATH} when present, else the built-in default policy (and says so).
drift   compares two samples (CSV, JSON lines, a JSON array or Parquet) column by column and prints a
        drift report in the generic form, which a manifest's drift.report can point to. Column types and
        methods follow Evidently 0.7; --type-inference legacy keeps the earlier typing (any
        all-number column numeric). A p-value method's --threshold lies in (0, 1]. --threads N
        parses and scores on N threads (default: the machine's cores for large samples; 1: none).
verify  re-hashes every file a decision record (check --format json, the action's report), its
        in-toto statement (--format attestation) or a Sigstore bundle of one names, in --repo (and the
        baselines in --baseline-dir); --reevaluate also evaluates again and compares. Exit 0 all
        match, 1 a file changed or vanished (or the decision differs), 2 verify could not run.

Exit codes: 0 go or conditional, 1 blocked, 2 the gate could not run.`;

export class UsageError extends Error {}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  color: boolean;
  today: Date;
}

export function defaultIo(): Io {
  const env = process.env;
  const color = env.FORCE_COLOR
    ? env.FORCE_COLOR !== '0'
    : !env.NO_COLOR && Boolean(process.stdout.isTTY) && env.TERM !== 'dumb';
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    color,
    today: new Date(),
  };
}

export function parseNow(text: string | undefined, io: Io): Date {
  if (text === undefined) return io.today;
  const d = parseDay(text);
  if (!d) throw new UsageError(`--now '${text}' is not a date; write it as YYYY-MM-DD`);
  return d;
}

export function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--format '${value}' is not one of ${allowed.join(', ')}`);
  return value as T;
}

export function parsePositive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} '${value}' must be a positive number`);
  return n;
}

/** A path given on the command line, as a path inside the repository (refusing ones outside it). */
export function toRepoPath(repoRoot: string, cwd: string, p: string): string {
  const abs = resolve(cwd, p);
  let rel = relative(repoRoot, abs);
  try {
    rel = relative(realpathSync(repoRoot), realpathSync(abs));
  } catch {
    // A path that does not exist stays as written; the engine reports it as missing.
  }
  if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || resolve(rel) === rel)
    throw new UsageError(`${p} is not inside the repository ${repoRoot}; pass --repo to name the repository's folder`);
  return rel.split(sep).join('/');
}

/** A MANIFEST argument: a mistyped path is the caller's mistake (exit 2), not a blocked release. */
export function manifestPath(repoRoot: string, cwd: string, p: string): string {
  const rel = toRepoPath(repoRoot, cwd, p);
  const abs = resolve(repoRoot, rel);
  if (!existsSync(abs)) throw new UsageError(`${p}: no such manifest file`);
  if (statSync(abs).isDirectory())
    throw new UsageError(
      `${p} is a folder; name its manifest file (model-release.yml), or give no MANIFEST to check every manifest the policy's globs find`,
    );
  return rel;
}

export async function writeOutput(io: Io, output: string | undefined, text: string, inputs: string[]): Promise<void> {
  if (!output) {
    io.stdout(text);
    return;
  }
  const target = resolve(io.cwd, output);
  // Never overwrite one of the files the gate read: a typo must not destroy a manifest or the policy.
  if (inputs.some((i) => resolve(i) === target))
    throw new UsageError(`--output ${output} is one of the gate's input files; choose another path`);
  await fs.writeFile(target, text);
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** parseArgs with --help, and an unknown option answered with the nearest known one. */
export function parseCommand<T extends Options>(command: string, argv: string[], options: T) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: all });
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /Unknown option '([^']+)'/.exec(err.message)?.[1];
    if (err.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || unknown === undefined) throw e;
    const known = Object.keys(all).map((o) => `--${o}`);
    const near = nearest(unknown.replace(/=.*$/, ''), known);
    throw new UsageError(
      `unknown option '${unknown}' for ${command}; ` +
        (near ? `did you mean ${near}?` : `its options are ${known.join(', ')}`),
    );
  }
}

/** The known option closest to a mistyped one (a prefix, or at most a third of its letters off). */
function nearest(typed: string, known: string[]): string | undefined {
  const bare = typed.replace(/^-+/, '').toLowerCase();
  let best: { option: string; distance: number } | undefined;
  for (const option of known) {
    const name = option.slice(2);
    const distance = name.startsWith(bare) && bare.length >= 2 ? 0 : editDistance(bare, name);
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor((best.option.length - 2) / 3)) ? best.option : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
