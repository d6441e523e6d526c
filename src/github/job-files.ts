// The files a run leaves in the job: the job summary (GITHUB_STEP_SUMMARY) and, under RUNNER_TEMP, the
// decision record, its in-toto statement and the statement's subjects (for actions/attest).

import * as core from '@actions/core';
import { constants, mkdirSync, writeFileSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAttestation, renderChecksums, subjectsOf } from '../report/attestation.js';
import { renderJson } from '../report/index.js';
import type { Report } from '../types.js';
import type { RunnerEnvironment } from './event.js';

/**
 * Appends to the job summary, as core.summary does; read from the environment at each call, not cached
 * as core.summary caches it, so that one process can run the gate more than once (the test suite does).
 */
export async function writeSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary.');
    return;
  }
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(path, markdown, { encoding: 'utf8' });
}

export function writeReport(runner: RunnerEnvironment, commentId: string, report: Report): string {
  return writeRecord(runner, `report-${commentId}.json`, renderJson(report));
}

/** The statement and the checksums file beside the record; none when no file was evaluated (in-toto needs a subject). */
export function writeAttestation(
  runner: RunnerEnvironment,
  commentId: string,
  report: Report,
): { attestationPath?: string; subjectsPath?: string } {
  const subjects = subjectsOf(report);
  if (subjects.length === 0) return {};
  return {
    attestationPath: writeRecord(runner, `attestation-${commentId}.json`, renderAttestation(report)),
    subjectsPath: writeRecord(runner, `attestation-${commentId}.subjects.txt`, renderChecksums(subjects)),
  };
}

export function writeRecord(runner: RunnerEnvironment, name: string, json: string): string {
  const dir = join(runner.runnerTemp, 'model-release-gate');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, json);
  return path;
}
