// Runs the command line in-process against a temporary repository, capturing what a user would see.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    color: false,
    today: new Date('2026-11-27T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

export class TempRepo {
  readonly root: string;
  constructor(from?: string) {
    this.root = mkdtempSync(join(tmpdir(), 'mrg-cli-'));
    if (from) cpSync(from, this.root, { recursive: true });
  }
  write(path: string, content: string | Buffer): this {
    const abs = join(this.root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return this;
  }
  path(p: string): string {
    return join(this.root, p);
  }
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
