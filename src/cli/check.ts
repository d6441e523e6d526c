// `check`: judge the releases in a folder against the policy, as the action does on a pull request.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkRepository, DEFAULT_POLICY_PATH } from '../engine.js';
import { LocalFileSource } from '../files/local.js';
import { DEFAULT_MAX_FILE_BYTES } from '../files/source.js';
import { renderAttestation, subjectsOf } from '../report/attestation.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { formatPolicyErrors } from '../policy/load.js';
import {
  manifestPath,
  parseCommand,
  parseFormat,
  parseNow,
  parsePositive,
  toRepoPath,
  UsageError,
  USAGE,
  writeOutput,
  type Io,
} from './args.js';

export async function check(argv: string[], io: Io): Promise<number> {
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
