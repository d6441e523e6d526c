// `verify`: re-hash the files a decision record, in-toto statement or Sigstore bundle names.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRecordFile, reevaluate, verifyFiles, VerifyError, type FileCheck } from '../verify.js';
import { parseCommand, UsageError, USAGE, type Io } from './args.js';

const STATUS_WORD: Record<FileCheck['status'], string> = {
  match: 'ok',
  changed: 'CHANGED',
  vanished: 'VANISHED',
  'not-checked': 'not checked',
};

/** A path from an untrusted record, printable: control characters escaped as in JSON. */
const shown = (path: string): string => JSON.stringify(path).slice(1, -1);

export async function verifyCommand(argv: string[], io: Io): Promise<number> {
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
