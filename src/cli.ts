// The command line: parse argv, gather inputs from the file system, call the same engine as the action.
// Exit codes: 0 go or conditional; 1 blocked; 2 the gate could not run (bad arguments, invalid policy).

import { existsSync, promises as fs, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { computeDrift, toGenericReport } from './drift/compute.js';
import { COMPUTABLE_METHOD_IDS } from './drift/methods.js';
import { checkRepository, DEFAULT_POLICY_PATH } from './engine.js';
import { readSamples } from './evidence/samples.js';
import { LocalFileSource } from './files/local.js';
import { DEFAULT_MAX_FILE_BYTES } from './files/source.js';
import { parseDay } from './dates.js';
import { renderDriftText } from './report/drift-text.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderText } from './report/text.js';
import { formatPolicyErrors } from './policy/load.js';

const USAGE = `model-release-gate: a governance gate for machine-learning model releases

Usage:
  model-release-gate check [--policy FILE] [--baseline-dir DIR] [--now YYYY-MM-DD]
                           [--format text|markdown|json] [--output FILE] [--repo DIR]
                           [--max-file-mb N] [MANIFEST ...]
  model-release-gate drift --reference FILE --current FILE [--method auto|${COMPUTABLE_METHOD_IDS.join('|')}]
                           [--threshold N] [--drift-share N] [--format text|json] [--output FILE]

check   judges model releases against the policy. Without MANIFEST it evaluates every manifest
        the policy's globs find under --repo (default: the current folder). Without --policy it uses
        ${DEFAULT_POLICY_PATH} when present, else the built-in default policy (and says so).
drift   compares two samples (CSV, JSON lines, a JSON array or Parquet) column by column and prints a
        drift report in the generic form, which a manifest's drift.report can point to.

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

async function check(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      'baseline-dir': { type: 'string' },
      now: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      repo: { type: 'string' },
      'max-file-mb': { type: 'string' },
    },
  });
  const format = parseFormat(values.format, ['text', 'markdown', 'json'] as const, 'text');
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
  const manifests = positionals.length > 0 ? positionals.map((p) => toRepoPath(repoRoot, io.cwd, p)) : undefined;

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

async function drift(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      reference: { type: 'string' },
      current: { type: 'string' },
      method: { type: 'string' },
      threshold: { type: 'string' },
      'drift-share': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
  });
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
  const share = parsePositive('--drift-share', values['drift-share']);
  const refPath = resolve(io.cwd, values.reference);
  const curPath = resolve(io.cwd, values.current);
  const [reference, current] = await Promise.all([readSamples(refPath), readSamples(curPath)]);
  const evidence = computeDrift(reference, current, { method, thresholds: threshold, datasetShare: share });
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
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE + '\n');
        return command === undefined ? 2 : 0;
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'; use check or drift (see --help)`);
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

const VERSION = '0.1.0';

// Run when executed (the bundle), not when imported by tests.
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked.endsWith(`${sep}cli.js`) || invoked.endsWith(`${sep}model-release-gate`)) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
