// Test helpers for the evidence readers: fixture text, and unwrapping a result with a readable failure.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseResult } from '../../src/evidence/result.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'evidence');

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

export function fixturePath(path: string): string {
  return join(FIXTURES, path);
}

export function ok<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected evidence, got: ${result.message}`);
  return result.evidence;
}

export function failure<T>(result: ParseResult<T>): { message: string; line?: number } {
  if (result.ok) throw new Error(`expected a failure, got evidence: ${JSON.stringify(result.evidence)}`);
  return result.line === undefined ? { message: result.message } : { message: result.message, line: result.line };
}
