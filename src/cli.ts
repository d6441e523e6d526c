// The command line: parse argv, gather inputs from the file system, call the same engine as the action.
// Exit codes: 0 go or conditional; 1 blocked; 2 the gate could not run (bad arguments, invalid policy).

import { existsSync, promises as fs, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { computeDriftThreaded, toGenericReport, TYPE_INFERENCES, type TypeInference } from './drift/compute.js';
import { COMPUTABLE_METHOD_IDS, resolveMethod, thresholdProblem } from './drift/methods.js';
import { checkRepository, DEFAULT_POLICY_PATH } from './engine.js';
import { readSamples } from './evidence/samples.js';
import { LocalFileSource } from './files/local.js';
import { DEFAULT_MAX_FILE_BYTES } from './files/source.js';
import { parseDay } from './dates.js';
import { renderDriftText } from './report/drift-text.js';
import { renderAttestation, subjectsOf } from './report/attestation.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderText } from './report/text.js';
import { formatPolicyErrors } from './policy/load.js';
import { loadRecordFile, reevaluate, verifyFiles, VerifyError, type FileCheck } from './verify.js';

const USAGE = `model-release-gate: a governance gate for machine-learning model releases

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

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  color: boolean;
  today: Date;
}

function defaultIo(): Io {
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

function parseNow(text: string | undefined, io: Io): Date {
  if (text === undefined) return io.today;
  const d = parseDay(text);
  if (!d) throw new UsageError(`--now '${text}' is not a date; write it as YYYY-MM-DD`);
  return d;
}

function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--format '${value}' is not one of ${allowed.join(', ')}`);
  return value as T;
}

function parsePositive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${name} '${value}' must be a positive number`);
  return n;
}

/** A path given on the command line, as a path inside the repository (refusing ones outside it). */
function toRepoPath(repoRoot: string, cwd: string, p: string): string {
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
function manifestPath(repoRoot: string, cwd: string, p: string): string {
  const rel = toRepoPath(repoRoot, cwd, p);
  const abs = resolve(repoRoot, rel);
  if (!existsSync(abs)) throw new UsageError(`${p}: no such manifest file`);
  if (statSync(abs).isDirectory())
    throw new UsageError(
      `${p} is a folder; name its manifest file (model-release.yml), or give no MANIFEST to check every manifest the policy's globs find`,
    );
  return rel;
}

async function writeOutput(io: Io, output: string | undefined, text: string, inputs: string[]): Promise<void> {
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
function parseCommand<T extends Options>(command: string, argv: string[], options: T) {
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

async function check(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('check', argv, {
    policy: { type: 'string' },
    'baseline-dir': { type: 'string' },
    now: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    repo: { type: 'string' },
    'max-file-mb': { type: 'string' },
  });
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const format = parseFormat(values.format, ['text', 'markdown', 'json', 'attestation'] as const, 'text');
  const now = parseNow(values.now, io);
  const repoRoot = resolve(io.cwd, values.repo ?? '.');
  if (!existsSync(repoRoot)) throw new UsageError(`--repo ${values.repo}: no such folder`);
  const maxMb = parsePositive('--max-file-mb', values['max-file-mb']);
  const maxBytes = maxMb !== undefined ? Math.round(maxMb * 1024 * 1024) : DEFAULT_MAX_FILE_BYTES;
  const head = new LocalFileSource(repoRoot, maxBytes);

  let policyPath: string | null;
  let policyOptional = false;
  if (values.policy !== undefined) policyPath = toRepoPath(repoRoot, io.cwd, values.policy);
  else {
    policyPath = DEFAULT_POLICY_PATH;
    policyOptional = true;
  }
  let baseline: LocalFileSource | null = null;
  if (values['baseline-dir'] !== undefined) {
    const dir = resolve(io.cwd, values['baseline-dir']);
    if (!existsSync(dir)) throw new UsageError(`--baseline-dir ${values['baseline-dir']}: no such folder`);
    baseline = new LocalFileSource(dir, maxBytes, `baseline folder ${values['baseline-dir']}`);
  }
  const manifests = positionals.length > 0 ? positionals.map((p) => manifestPath(repoRoot, io.cwd, p)) : undefined;

  const result = await checkRepository({
    policyPath,
    policyOptional,
    policySource: head,
    head,
    baseline,
    manifests,
    now,
    maxFileBytes: maxMb !== undefined ? maxBytes : undefined,
  });
  if (!result.ok) {
    io.stderr(`model-release-gate: ${result.message}\n`);
    if (result.errors.length > 0) io.stderr(formatPolicyErrors(result.errors) + '\n');
    return 2;
  }
  const { report } = result;
  const text =
    format === 'json'
      ? renderJson(report)
      : format === 'attestation'
        ? renderAttestationOrRefuse(report)
        : format === 'markdown'
          ? renderMarkdown(report, { marker: '<!-- model-release-gate:cli -->' })
          : renderText(report, { color: io.color && !values.output });
  const inputs = [
    ...report.inputs.map((i) => resolve(repoRoot, i.path)),
    ...(policyPath ? [resolve(repoRoot, policyPath)] : []),
  ];
  await writeOutput(io, values.output, text, inputs);
  return report.decision === 'blocked' ? 1 : 0;
}

function renderAttestationOrRefuse(report: Parameters<typeof renderAttestation>[0]): string {
  // in-toto needs a subject: with no release evaluated and the built-in policy, nothing was read.
  if (subjectsOf(report).length === 0)
    throw new UsageError(
      '--format attestation: no file was evaluated (no release and the built-in policy), so there is nothing to attest',
    );
  return renderAttestation(report);
}

const STATUS_WORD: Record<FileCheck['status'], string> = {
  match: 'ok',
  changed: 'CHANGED',
  vanished: 'VANISHED',
  'not-checked': 'not checked',
};

/** A path from an untrusted record, printable: control characters escaped as in JSON. */
const shown = (path: string): string => JSON.stringify(path).slice(1, -1);

async function verifyCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('verify', argv, {
    repo: { type: 'string' },
    'baseline-dir': { type: 'string' },
    reevaluate: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError('verify takes one file: a decision record, its in-toto statement or a Sigstore bundle');
  const folder = (flag: string, value: string) => {
    const dir = resolve(io.cwd, value);
    if (!existsSync(dir)) throw new UsageError(`${flag} ${value}: no such folder`);
    return dir;
  };
  const repo = folder('--repo', values.repo ?? '.');
  const baselineDir =
    values['baseline-dir'] !== undefined ? folder('--baseline-dir', values['baseline-dir']) : undefined;
  try {
    const { record, kind, subjects } = loadRecordFile(resolve(io.cwd, positionals[0]));
    const checks = await verifyFiles(record, subjects, { repo, baselineDir });
    const lines = checks.map((c) => {
      const role = c.role === 'release' ? '' : ` (${c.role})`;
      const detail =
        c.status === 'changed' && c.actual
          ? `: recorded sha256 ${c.expected}, now ${c.actual}`
          : c.note
            ? `: ${c.note}`
            : '';
      return `  ${STATUS_WORD[c.status].padEnd(11)} ${shown(c.path)}${role}${detail}`;
    });
    const bad = checks.filter((c) => c.status === 'changed' || c.status === 'vanished');
    const unchecked = checks.filter((c) => c.status === 'not-checked').length;
    io.stdout(
      `${positionals[0]}: ${kind === 'record' ? 'decision record' : kind === 'statement' ? 'in-toto statement' : 'Sigstore bundle (signature not checked here: use gh attestation verify)'}, ` +
        `${record.decision}, evaluated ${record.evaluated_at}\n${lines.join('\n')}\n`,
    );
    let differs = false;
    if (values.reevaluate) {
      const again = await reevaluate(record, { repo, baselineDir });
      differs = again.differences.length > 0;
      io.stdout(
        differs
          ? `Evaluated again: ${again.decision}, which differs from the record:\n${again.differences.map((d) => `  ${d}`).join('\n')}\n`
          : `Evaluated again: ${again.decision}, as recorded.\n`,
      );
    }
    const summary =
      bad.length > 0
        ? `${bad.length} of ${checks.length} file(s) changed or vanished: ${bad.map((c) => shown(c.path) + (c.role === 'release' ? '' : ` (${c.role})`)).join(', ')}`
        : `all ${checks.length - unchecked} file(s) checked match${unchecked > 0 ? ` (${unchecked} not checked)` : ''}`;
    io.stdout(`${summary}\n`);
    return bad.length > 0 || differs ? 1 : 0;
  } catch (e) {
    if (e instanceof VerifyError) {
      io.stderr(`model-release-gate verify: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function drift(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('drift', argv, {
    reference: { type: 'string' },
    current: { type: 'string' },
    method: { type: 'string' },
    threshold: { type: 'string' },
    'drift-share': { type: 'string' },
    'type-inference': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    threads: { type: 'string' },
  });
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.threads))
      throw new UsageError(`--threads '${values.threads}' must be a whole number from 1 (one thread) up`);
    threads = Number(values.threads);
  }
  if (positionals.length > 0)
    throw new UsageError(`drift takes no positional arguments (got ${positionals.join(' ')})`);
  if (!values.reference || !values.current) throw new UsageError('drift needs --reference FILE and --current FILE');
  const method = values.method ?? 'auto';
  if (method !== 'auto' && !COMPUTABLE_METHOD_IDS.includes(method))
    throw new UsageError(
      `--method '${method}' is not one the gate computes; use auto or one of ${COMPUTABLE_METHOD_IDS.join(', ')}`,
    );
  const format = parseFormat(values.format, ['text', 'json'] as const, 'json');
  const threshold = parsePositive('--threshold', values.threshold);
  if (threshold !== undefined && method !== 'auto') {
    const why = thresholdProblem(resolveMethod(method)!, threshold);
    if (why) throw new UsageError(`--threshold ${values.threshold}: ${why}`);
  }
  const share = parsePositive('--drift-share', values['drift-share']);
  const refPath = resolve(io.cwd, values.reference);
  const curPath = resolve(io.cwd, values.current);
  const [reference, current] = await Promise.all([
    readSamples(refPath, { threads }),
    readSamples(curPath, { threads }),
  ]);
  const typeInference = values['type-inference'] ?? 'evidently-0.7';
  if (!(TYPE_INFERENCES as readonly string[]).includes(typeInference))
    throw new UsageError(`--type-inference '${typeInference}' must be one of ${TYPE_INFERENCES.join(', ')}`);
  const evidence = await computeDriftThreaded(
    reference,
    current,
    { method, thresholds: threshold, datasetShare: share, typeInference: typeInference as TypeInference },
    threads,
  );
  const text =
    format === 'json'
      ? JSON.stringify(toGenericReport(evidence), null, 2) + '\n'
      : renderDriftText(evidence, { color: io.color && !values.output });
  await writeOutput(io, values.output, text, [refPath, curPath]);
  return 0;
}

export async function runCli(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'drift':
        return await drift(rest, io);
      case 'verify':
        return await verifyCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.stdout(`${version()}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'; use check, drift or verify (see --help)`);
    }
  } catch (e) {
    // A user never sees a stack trace: argument errors, sample errors and I/O failures are all explained.
    const err = e as Error & { code?: string };
    if (
      e instanceof UsageError ||
      err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      err.code?.startsWith('ERR_PARSE_ARGS')
    )
      io.stderr(`model-release-gate: ${err.message}\nRun 'model-release-gate --help' for usage.\n`);
    else io.stderr(`model-release-gate: ${err.message}\n`);
    return 2;
  }
}

// scripts/build.mjs injects package.json's version into the bundle; unbundled (tests, tsx) it is read
// from package.json next to src/. One source of truth: package.json.
declare const MRG_VERSION: string | undefined;
function version(): string {
  if (typeof MRG_VERSION === 'string') return MRG_VERSION;
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

// Run when executed (the bundle), not when imported by tests.
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked.endsWith(`${sep}cli.js`) || invoked.endsWith(`${sep}model-release-gate`)) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
