// `model-release-gate verify`: is the evidence a decision was made on still the evidence in the repository?
// Reads a decision record, an in-toto statement of one (check --format attestation), or a Sigstore bundle
// wrapping such a statement (actions/attest), re-hashes every file it names, and optionally evaluates
// again. The file is untrusted input: every path must be a canonical path inside the folder it is read
// from (no absolute paths, no `..`, no symbolic link leading out), or verify refuses to run.

import { readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { checkRepository, type MergeGroupContext, type PullRequestContext } from './engine.js';
import { LocalFileSource } from './files/local.js';
import { normaliseRepoPath } from './files/paths.js';
import { decide, worst } from './gate.js';
import { PREDICATE_TYPE, STATEMENT_TYPE, type Subject } from './report/attestation.js';
import type { Decision, Finding, Report } from './types.js';

/** verify cannot run: exit 2. */
export class VerifyError extends Error {}

/** A record file bigger than this is not one the gate wrote. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** Files are hashed in memory; nothing the gate evaluates comes near this. */
const MAX_HASHED_BYTES = 2 * 1024 * 1024 * 1024 - 1;
const SHA256 = /^[0-9a-f]{64}$/;
const DECISIONS: Decision[] = ['go', 'conditional', 'blocked'];

export interface LoadedRecord {
  record: Report;
  /** What the file was: a record, an in-toto statement, or a Sigstore bundle holding a statement. */
  kind: 'record' | 'statement' | 'bundle';
  subjects: Subject[];
}

type Json = Record<string, unknown>;
/** A path from an untrusted file, printable: control characters escaped as in JSON. */
const shown = (path: string): string => JSON.stringify(path).slice(1, -1);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadRecordFile(file: string): LoadedRecord {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_RECORD_BYTES) throw new VerifyError(`${file} is ${size} bytes: not a decision record`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof VerifyError) throw e;
    throw new VerifyError(`${file} cannot be read: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const lines = jsonLines(text);
    if (!lines) throw new VerifyError(`${file} is not JSON: ${(e as Error).message}`);
    return fromJsonLines(lines, file);
  }
  return parseRecordDocument(data, file);
}

/** Every non-empty line as JSON, or null when the text is not JSON lines. */
function jsonLines(text: string): unknown[] | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return null;
  try {
    return lines.map((l) => JSON.parse(l) as unknown);
  } catch {
    return null;
  }
}

/**
 * `gh attestation download` writes one Sigstore bundle per line, of every predicate type: the one line
 * that holds this project's decision record is used.
 */
function fromJsonLines(lines: unknown[], file: string): LoadedRecord {
  const ours: LoadedRecord[] = [];
  lines.forEach((line, i) => {
    try {
      ours.push(parseRecordDocument(line, `${file} line ${i + 1}`));
    } catch (e) {
      if (!(e instanceof VerifyError) || !/predicateType is/.test(e.message)) throw e;
    }
  });
  if (ours.length === 1) return ours[0];
  throw new VerifyError(
    ours.length === 0
      ? `${file} holds ${lines.length} JSON lines and none is a model-release-gate decision`
      : `${file} holds ${ours.length} decision records; pass one of them (one line) to verify`,
  );
}

export function parseRecordDocument(data: unknown, file: string): LoadedRecord {
  if (!isObject(data))
    throw new VerifyError(`${file} is not a decision record, an in-toto statement or a Sigstore bundle`);
  if (typeof data.mediaType === 'string' && data.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) {
    const envelope = data.dsseEnvelope;
    if (!isObject(envelope) || typeof envelope.payload !== 'string')
      throw new VerifyError(`${file}: the Sigstore bundle has no dsseEnvelope.payload`);
    let statement: unknown;
    try {
      statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    } catch {
      throw new VerifyError(`${file}: the Sigstore bundle's payload is not a JSON statement`);
    }
    return { ...parseStatement(statement, `${file} (bundle payload)`), kind: 'bundle' };
  }
  if ('_type' in data) return parseStatement(data, file);
  const record = parseRecord(data, file, 'the record');
  return { record, kind: 'record', subjects: [] };
}

function parseStatement(data: unknown, file: string): LoadedRecord {
  if (!isObject(data)) throw new VerifyError(`${file}: the statement is not a JSON object`);
  if (data._type !== STATEMENT_TYPE)
    throw new VerifyError(`${file}: _type is ${JSON.stringify(data._type)}; verify reads ${STATEMENT_TYPE}`);
  if (data.predicateType !== PREDICATE_TYPE)
    throw new VerifyError(
      `${file}: predicateType is ${JSON.stringify(data.predicateType)}, not a model-release-gate decision (${PREDICATE_TYPE})`,
    );
  if (!Array.isArray(data.subject) || data.subject.length === 0)
    throw new VerifyError(`${file}: the statement has no subject`);
  const subjects: Subject[] = data.subject.map((s, i) => {
    const digest = isObject(s) && isObject(s.digest) ? s.digest.sha256 : undefined;
    if (!isObject(s) || typeof s.name !== 'string' || typeof digest !== 'string' || !SHA256.test(digest))
      throw new VerifyError(`${file}: subject[${i}] needs a name and a digest.sha256 of 64 hex digits`);
    return { name: s.name, digest: { sha256: digest } };
  });
  const record = parseRecord(data.predicate, file, 'predicate');
  // A subject the record does not list was not evaluated: the statement contradicts itself.
  const known = new Set(record.inputs.filter((i) => i.source !== 'baseline').map((i) => `${i.path}\0${i.sha256}`));
  if (!record.policy.builtin) known.add(`${record.policy.source}\0${record.policy.sha256}`);
  for (const s of subjects)
    if (!known.has(`${s.name}\0${s.digest.sha256}`))
      throw new VerifyError(`${file}: subject ${JSON.stringify(s.name)} is not among the predicate's inputs`);
  return { record, kind: 'statement', subjects };
}

/** Checks the parts of a record verify relies on; the message names the field. */
function parseRecord(data: unknown, file: string, where: string): Report {
  const bad = (field: string, what: string) => new VerifyError(`${file}: ${where}.${field} ${what}`);
  if (!isObject(data)) throw new VerifyError(`${file}: ${where} is not a JSON object`);
  if (data.schema !== 'model-release-gate/report/v1')
    throw bad('schema', `is ${JSON.stringify(data.schema)}, not model-release-gate/report/v1`);
  if (!DECISIONS.includes(data.decision as Decision)) throw bad('decision', 'is not go, conditional or blocked');
  if (typeof data.evaluated_at !== 'string' || Number.isNaN(Date.parse(data.evaluated_at)))
    throw bad('evaluated_at', 'is not a date and time');
  const policy = data.policy;
  if (!isObject(policy) || typeof policy.source !== 'string' || typeof policy.builtin !== 'boolean')
    throw bad('policy', 'needs source and builtin');
  if (!policy.builtin && (typeof policy.sha256 !== 'string' || !SHA256.test(policy.sha256)))
    throw bad('policy.sha256', 'is not 64 hex digits');
  if (!Array.isArray(data.inputs)) throw bad('inputs', 'is not a list');
  data.inputs.forEach((i, n) => {
    if (!isObject(i) || typeof i.path !== 'string') throw bad(`inputs[${n}].path`, 'is missing');
    if (typeof i.sha256 !== 'string' || !SHA256.test(i.sha256))
      throw bad(`inputs[${n}].sha256`, 'is not 64 hex digits');
    if (i.source !== undefined && i.source !== 'baseline') throw bad(`inputs[${n}].source`, "is not 'baseline'");
  });
  if (!Array.isArray(data.models)) throw bad('models', 'is not a list');
  data.models.forEach((m, n) => {
    if (!isObject(m) || typeof m.manifest !== 'string') throw bad(`models[${n}].manifest`, 'is missing');
    if (!DECISIONS.includes(m.decision as Decision)) throw bad(`models[${n}].decision`, 'is not a decision');
    if (!Array.isArray(m.findings) || !m.findings.every(isFinding))
      throw bad(`models[${n}].findings`, 'is not a list of findings (rule, status)');
  });
  if (data.findings !== undefined && (!Array.isArray(data.findings) || !data.findings.every(isFinding)))
    throw bad('findings', 'is not a list of findings (rule, status)');
  return data as unknown as Report;
}

function isFinding(f: unknown): boolean {
  return isObject(f) && typeof f.rule === 'string' && typeof f.status === 'string';
}

// ---- Re-hashing ----

export type FileStatus = 'match' | 'changed' | 'vanished' | 'not-checked';

export interface FileCheck {
  path: string;
  /** Which folder it was looked for in. */
  role: 'release' | 'baseline' | 'policy';
  status: FileStatus;
  expected: string;
  actual?: string;
  note?: string;
}

export interface VerifyOptions {
  /** The repository's working tree (the release's files; the policy unless the record came from a pull request). */
  repo: string;
  /** The files the baselines were read from: the base commit's checkout, or check's --baseline-dir. */
  baselineDir?: string;
}

/** A path from the record, refused unless it is canonical and stays inside the folder. */
function safePath(path: string): string {
  const norm = normaliseRepoPath(path);
  if (!norm.ok) throw new VerifyError(`refused: the record names ${JSON.stringify(path)}: ${norm.message}`);
  if (norm.path !== path || path === '')
    throw new VerifyError(
      `refused: the record names ${JSON.stringify(path)}, which is not a canonical repository path (${JSON.stringify(norm.path)})`,
    );
  return norm.path;
}

async function hashIn(dir: string, path: string): Promise<{ sha256: string } | { status: FileStatus; note: string }> {
  const read = await new LocalFileSource(dir, MAX_HASHED_BYTES, dir).read(safePath(path));
  if (read.ok) return { sha256: createHash('sha256').update(read.bytes).digest('hex') };
  switch (read.reason) {
    case 'missing':
      return { status: 'vanished', note: 'it no longer exists' };
    case 'not-a-file':
      return { status: 'changed', note: 'it is no longer a regular file' };
    case 'outside':
      throw new VerifyError(`refused: ${shown(path)} ${read.message.replace(/^'[^']*' /, '')} (in ${dir})`);
    default:
      throw new VerifyError(`${shown(path)} cannot be hashed: ${read.message}`);
  }
}

/** Whether the policy was read from the base commit (a pull request or merge group on GitHub). */
function policyFromBase(record: Report): boolean {
  return typeof record.context?.base_sha === 'string';
}

export async function verifyFiles(record: Report, subjects: Subject[], options: VerifyOptions): Promise<FileCheck[]> {
  const wanted: { path: string; role: FileCheck['role']; sha256: string }[] = [];
  const seen = new Set<string>();
  const add = (path: string, role: FileCheck['role'], sha256: string) => {
    const key = `${role}\0${path}\0${sha256}`;
    if (!seen.has(key)) wanted.push({ path, role, sha256 });
    seen.add(key);
  };
  for (const i of record.inputs) add(i.path, i.source === 'baseline' ? 'baseline' : 'release', i.sha256);
  for (const s of subjects)
    if (!(s.name === record.policy.source && !record.policy.builtin)) add(s.name, 'release', s.digest.sha256);
  if (!record.policy.builtin) add(record.policy.source, 'policy', record.policy.sha256);
  // Every path is checked before any file is read: a hostile record is refused as a whole.
  for (const w of wanted) safePath(w.path);

  const checks: FileCheck[] = [];
  for (const w of wanted) {
    const dir =
      w.role === 'release' || (w.role === 'policy' && !policyFromBase(record)) ? options.repo : options.baselineDir;
    if (!dir) {
      checks.push({
        path: w.path,
        role: w.role,
        status: 'not-checked',
        expected: w.sha256,
        note:
          w.role === 'policy'
            ? 'read from the base commit; pass --baseline-dir with a checkout of it'
            : 'a baseline file; pass --baseline-dir',
      });
      continue;
    }
    const got = await hashIn(dir, w.path);
    if ('sha256' in got)
      checks.push({
        path: w.path,
        role: w.role,
        status: got.sha256 === w.sha256 ? 'match' : 'changed',
        expected: w.sha256,
        actual: got.sha256,
      });
    else checks.push({ path: w.path, role: w.role, status: got.status, expected: w.sha256, note: got.note });
  }
  return checks;
}

// ---- Evaluating again ----

const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'];

/**
 * The reviews a record kept, as the engine reads them; an entry of another shape is dropped. Whether an
 * approval could count is what the record says (write_access or not_counted); a record that says
 * neither counts it as not counting, so evaluating again never passes on an approval it cannot vouch for.
 */
function recordedReviews(value: unknown): PullRequestContext['reviews'] {
  if (!Array.isArray(value)) return [];
  const out: PullRequestContext['reviews'] = [];
  for (const r of value) {
    if (!isObject(r) || typeof r.user !== 'string' || typeof r.commit !== 'string') continue;
    if (!REVIEW_STATES.includes(r.state as string)) continue;
    const access: PullRequestContext['reviews'][number]['access'] =
      typeof r.write_access === 'string'
        ? { counts: true, via: r.write_access }
        : {
            counts: false,
            reason:
              typeof r.not_counted === 'string'
                ? r.not_counted
                : 'the record does not say whether this reviewer has write access',
          };
    out.push({
      user: r.user,
      state: r.state as PullRequestContext['reviews'][number]['state'],
      commit: r.commit,
      access,
    });
  }
  return out;
}

/** The team members a record kept (or the error the lookup gave); anything else counts as not looked up. */
function recordedTeams(value: unknown): PullRequestContext['teams'] {
  const out: PullRequestContext['teams'] = {};
  if (!isObject(value)) return out;
  for (const [team, members] of Object.entries(value)) {
    if (Array.isArray(members) && members.every((m) => typeof m === 'string')) out[team] = members;
    else if (isObject(members) && typeof members.error === 'string') out[team] = { error: members.error };
  }
  return out;
}

export interface Reevaluation {
  decision: Decision;
  differences: string[];
}

const findingKey = (f: Finding) => `${f.rule} ${f.subject ?? ''}: ${f.status}`;

/**
 * Evaluates the recorded manifests again, at the recorded time, against the same policy and baselines.
 * Reviews and team members cannot be fetched offline: a record from a pull request supplies its own
 * (context.reviews, context.teams), and its pull-request findings (policy.protected, which depend on the
 * changed files) are taken as recorded.
 */
export async function reevaluate(record: Report, options: VerifyOptions): Promise<Reevaluation> {
  const manifests = record.models.map((m) => safePath(m.manifest));
  const hasBaseline = record.inputs.some((i) => i.source === 'baseline');
  const needsBase = (!record.policy.builtin && policyFromBase(record)) || hasBaseline;
  if (needsBase && !options.baselineDir)
    throw new VerifyError(
      '--reevaluate needs the files the record was compared with (the baselines, and on a pull request the policy): pass --baseline-dir',
    );
  const repo = new LocalFileSource(options.repo);
  const base = options.baselineDir ? new LocalFileSource(options.baselineDir, undefined, 'baseline folder') : null;
  const ctx = record.context ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  let pullRequest: PullRequestContext | undefined;
  let mergeGroup: MergeGroupContext | undefined;
  if (typeof ctx.pull_request === 'number')
    pullRequest = {
      number: ctx.pull_request,
      author: str(ctx.author),
      baseSha: str(ctx.base_sha),
      headSha: str(ctx.head_sha),
      changedFiles: manifests,
      reviews: recordedReviews(ctx.reviews),
      teams: recordedTeams(ctx.teams),
    };
  else if (ctx.event === 'merge_group')
    mergeGroup = {
      baseSha: str(ctx.base_sha),
      headSha: str(ctx.head_sha),
      headRef: str(ctx.merge_group),
      changedFiles: manifests,
    };
  const result = await checkRepository({
    policyPath: record.policy.builtin ? null : safePath(record.policy.source),
    policySource: policyFromBase(record) && base ? base : repo,
    head: repo,
    // Whatever the record lists: a record that was "go" because it named no baseline must not be confirmed
    // when the baseline folder holds production at that path.
    baseline: base,
    manifests,
    now: new Date(record.evaluated_at),
    pullRequest,
    mergeGroup,
    policyRef: record.policy.ref,
  });
  if (!result.ok) throw new VerifyError(`--reevaluate: ${result.message}`);
  const again = result.report;
  const differences: string[] = [];
  const byManifest = new Map(again.models.map((m) => [m.manifest, m]));
  for (const before of record.models) {
    const after = byManifest.get(before.manifest);
    if (!after) {
      differences.push(`${before.manifest}: not evaluated again`);
      continue;
    }
    if (after.decision !== before.decision)
      differences.push(`${before.manifest}: recorded ${before.decision}, now ${after.decision}`);
    const was = new Set((before.findings ?? []).map(findingKey));
    const now = new Set(after.findings.map(findingKey));
    for (const k of was) if (!now.has(k)) differences.push(`${before.manifest}: recorded finding ${k} is gone`);
    for (const k of now) if (!was.has(k)) differences.push(`${before.manifest}: new finding ${k}`);
  }
  const decision = worst([...again.models.map((m) => m.decision), decide(record.findings ?? [])]);
  if (decision !== record.decision) differences.unshift(`decision: recorded ${record.decision}, now ${decision}`);
  return { decision, differences };
}
