// The command line: parse argv, gather inputs from the file system, call the same engine as the action.
// Exit codes: 0 go or conditional; 1 blocked; 2 the gate could not run (bad arguments, invalid policy).
// This file only dispatches; each command lives in src/cli/, the shared argument helpers in src/cli/args.ts.

import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { defaultIo, UsageError, USAGE, type Io } from './cli/args.js';
import { check } from './cli/check.js';
import { drift } from './cli/drift.js';
import { verifyCommand } from './cli/verify.js';

export { UsageError };

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
