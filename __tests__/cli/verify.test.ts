// check --format attestation and verify: the decision record as a signed-ready in-toto statement, and
// re-hashing its inputs later. Runs on a copy of the demo repository so files can be changed and removed.

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, TempRepo } from './harness.js';

const EXAMPLES = join(process.cwd(), 'examples');
const METRICS = 'models/churn/eval/metrics.json';
const DRIFT = 'models/churn/eval/drift.json';

let repo: TempRepo;
let out: string;

beforeEach(() => {
  repo = new TempRepo(EXAMPLES);
  out = mkdtempSync(join(tmpdir(), 'mrg-verify-'));
});
afterEach(() => {
  repo.remove();
  rmSync(out, { recursive: true, force: true });
});

const base = () => ['--repo', repo.root, '--baseline-dir', repo.path('baseline'), '--now', '2026-11-27'];

async function attest(format = 'attestation'): Promise<string> {
  const file = join(out, `record.${format}.json`);
  const r = await cli(['check', ...base(), '--format', format, '--output', file], repo.root);
  expect(r.code).toBe(1); // the demo has one blocked release
  return file;
}

const verify = (...args: string[]) => cli(['verify', ...args], repo.root);
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

describe('check --format attestation', () => {
  it('writes an in-toto Statement v1: each evaluated file as a subject with its sha256, the record as predicate', async () => {
    const statement = JSON.parse(readFileSync(await attest(), 'utf8'));
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.predicateType).toBe('https://model-release-gate.dev/decision-record/v1');
    expect(Object.keys(statement.predicate)[0]).toBe('decision');
    expect(statement.predicate).toMatchObject({ decision: 'blocked', schema: 'model-release-gate/report/v1' });
    expect(statement.subject).toContainEqual({
      name: METRICS,
      digest: { sha256: sha(readFileSync(repo.path(METRICS))) },
    });
    // Subjects are the release's files; the baselines are in the predicate's inputs.
    const names = statement.subject.map((s: { name: string }) => s.name);
    expect(names).toContain('models/churn/model-release.yml');
    expect(new Set(names).size).toBe(names.length);
    const releaseInputs = statement.predicate.inputs.filter((i: { source?: string }) => !i.source);
    expect(names.sort()).toEqual(releaseInputs.map((i: { path: string }) => i.path).sort());
  });
});

describe('check --format attestation with nothing evaluated', () => {
  it('refuses (exit 2): in-toto needs a subject, and the built-in policy on an empty repository reads no file', async () => {
    const empty = new TempRepo();
    try {
      const r = await cli(['check', '--repo', empty.root, '--format', 'attestation'], empty.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no file was evaluated .* nothing to attest/);
    } finally {
      empty.remove();
    }
  });
});

describe('verify', () => {
  it('exits 0 when every file still matches, for a statement, a plain record and a Sigstore bundle', async () => {
    const statement = await attest();
    const ok = await verify(statement, ...base().slice(0, 4));
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/in-toto statement, blocked/);
    expect(ok.stdout).toMatch(new RegExp(`ok\\s+${METRICS}\\n`));
    expect(ok.stdout).toMatch(/ok\s+\.github\/model-release-policy\.yml \(policy\)/);
    expect(ok.stdout).toMatch(/all \d+ file\(s\) checked match\n$/);

    const record = await attest('json');
    expect((await verify(record, '--repo', repo.root)).code).toBe(0);

    const bundle = join(out, 'bundle.json');
    const payload = Buffer.from(readFileSync(statement)).toString('base64');
    writeFileSync(
      bundle,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        dsseEnvelope: { payload, payloadType: 'application/vnd.in-toto+json', signatures: [] },
      }),
    );
    const b = await verify(bundle, '--repo', repo.root);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/Sigstore bundle \(signature not checked here/);

    // gh attestation download: one bundle per line, of any predicate type; ours is picked out.
    const provenance = Buffer.from(
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', predicateType: 'https://slsa.dev/provenance/v1' }),
    ).toString('base64');
    const other = { ...JSON.parse(readFileSync(bundle, 'utf8')), dsseEnvelope: { payload: provenance } };
    const jsonl = join(out, 'sha256:abc.jsonl');
    writeFileSync(jsonl, `${JSON.stringify(other)}\n${readFileSync(bundle, 'utf8')}\n`);
    const l = await verify(jsonl, '--repo', repo.root);
    expect(l.stderr).toBe('');
    expect(l.code).toBe(0);
    writeFileSync(jsonl, `${readFileSync(bundle, 'utf8')}\n${readFileSync(bundle, 'utf8')}\n`);
    const two = await verify(jsonl, '--repo', repo.root);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/holds 2 decision records; pass one of them/);
  });

  it('without --baseline-dir the baseline files are listed as not checked, and do not fail', async () => {
    const r = await verify(await attest(), '--repo', repo.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /not checked\s+models\/churn\/eval\/metrics\.json \(baseline\): a baseline file; pass --baseline-dir/,
    );
    expect(r.stdout).toMatch(/\(\d+ not checked\)/);
  });

  it('exits 1 naming each file that changed or vanished', async () => {
    const statement = await attest();
    writeFileSync(repo.path(METRICS), readFileSync(repo.path(METRICS), 'utf8').replace('0.912', '0.913'));
    unlinkSync(repo.path(DRIFT));
    writeFileSync(repo.path('baseline/models/churn/model-release.yml'), 'tampered\n');
    const r = await verify(statement, ...base().slice(0, 4));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`CHANGED\\s+${METRICS}: recorded sha256 [0-9a-f]{64}, now ${sha(readFileSync(repo.path(METRICS)))}`),
    );
    expect(r.stdout).toMatch(new RegExp(`VANISHED\\s+${DRIFT}: it no longer exists`));
    expect(r.stdout).toMatch(/CHANGED\s+models\/churn\/model-release\.yml \(baseline\)/);
    expect(r.stdout).toMatch(
      /\n3 of \d+ file\(s\) changed or vanished: models\/churn\/eval\/drift\.json, models\/churn\/eval\/metrics\.json, models\/churn\/model-release\.yml \(baseline\)\n$/,
    );
  });

  it('--reevaluate: the same decision exits 0; evidence that now decides differently exits 1 with the difference', async () => {
    const statement = await attest();
    const same = await verify(statement, ...base().slice(0, 4), '--reevaluate');
    expect(same.stdout).toMatch(/Evaluated again: blocked, as recorded\./);
    expect(same.code).toBe(0);

    writeFileSync(repo.path(METRICS), readFileSync(repo.path(METRICS), 'utf8').replace('"auc": 0.912', '"auc": 0.5'));
    const r = await verify(statement, ...base().slice(0, 4), '--reevaluate');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/models\/churn\/model-release\.yml: recorded conditional, now blocked/);
    expect(r.stdout).toMatch(/new finding metrics\.threshold auc: fail/);

    const noBase = await verify(statement, '--repo', repo.root, '--reevaluate');
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toMatch(/--reevaluate needs .*pass --baseline-dir/);
  });

  it('--reevaluate compares with the baseline folder even when the record named no baseline', async () => {
    // A record made without the baselines: search-ranker's regression was never seen.
    const file = join(out, 'record.no-baseline.json');
    const made = await cli(
      ['check', '--repo', repo.root, '--now', '2026-11-27', '--format', 'json', '--output', file],
      repo.root,
    );
    expect(made.code).toBe(0);
    const r = await verify(file, ...base().slice(0, 4), '--reevaluate');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/models\/ranking\/model-release\.yml: recorded \w+, now blocked/);
  });

  describe('exits 2 when it cannot run', () => {
    /** A valid statement with one input path replaced (and, when given, its recorded digest). */
    async function hostile(path: string, digest?: string): Promise<string> {
      const file = await attest();
      const st = JSON.parse(readFileSync(file, 'utf8'));
      const input = st.predicate.inputs.find((i: { path: string }) => i.path === METRICS);
      const subject = st.subject.find((s: { name: string }) => s.name === METRICS);
      input.path = subject.name = path;
      if (digest) input.sha256 = subject.digest.sha256 = digest;
      writeFileSync(file, JSON.stringify(st));
      return file;
    }

    it.each([
      ['../outside.txt', /refused: the record names "\.\.\/outside\.txt": .*leaves the repository/],
      ['/etc/passwd', /refused: the record names "\/etc\/passwd": .*absolute path/],
      ['models/../../x', /refused: .*leaves the repository/],
      ['./models/churn/eval/metrics.json', /not a canonical repository path/],
      ['models\\..\\..\\x', /refused/],
      ['a\0b', /NUL byte/],
    ])('a path escaping the repository (%j) is refused before anything is read', async (path, message) => {
      const r = await verify(await hostile(path), '--repo', repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });

    it('a symbolic link that leads out of the repository is refused, even when the digest matches', async () => {
      const secret = join(out, 'secret.txt');
      writeFileSync(secret, 'outside\n');
      symlinkSync(secret, repo.path('models/churn/eval/link.json'));
      const r = await verify(await hostile('models/churn/eval/link.json', sha('outside\n')), '--repo', repo.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /refused: models\/churn\/eval\/link\.json is a symbolic link that points outside the repository/,
      );
    });

    it('a file that is missing, not JSON, or not a decision', async () => {
      expect((await verify(join(out, 'nope.json'))).stderr).toMatch(/nope\.json cannot be read/);
      writeFileSync(join(out, 'bad.json'), '{"schema": ');
      expect((await verify(join(out, 'bad.json'))).stderr).toMatch(/bad\.json is not JSON/);
      writeFileSync(join(out, 'other.json'), JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1' }));
      expect((await verify(join(out, 'other.json'))).stderr).toMatch(
        /_type is "https:\/\/in-toto\.io\/Statement\/v0\.1"/,
      );
      const st = JSON.parse(readFileSync(await attest(), 'utf8'));
      st.predicate.inputs[0].sha256 = 'not-a-digest';
      writeFileSync(join(out, 'digest.json'), JSON.stringify(st));
      const r = await verify(join(out, 'digest.json'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/predicate\.inputs\[0\]\.sha256 is not 64 hex digits/);
    });

    it('a statement whose subjects disagree with its predicate', async () => {
      const file = await attest();
      const st = JSON.parse(readFileSync(file, 'utf8'));
      st.subject.push({ name: 'models/extra.bin', digest: { sha256: 'a'.repeat(64) } });
      writeFileSync(file, JSON.stringify(st));
      const r = await verify(file);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/subject "models\/extra\.bin" is not among the predicate's inputs/);
    });

    it('bad arguments', async () => {
      expect((await verify()).code).toBe(2);
      expect((await verify(await attest(), '--repo', join(out, 'missing'))).stderr).toMatch(/--repo .*no such folder/);
    });
  });
});

it('a path with terminal control characters is printed escaped', async () => {
  const file = join(out, 'record.json');
  await cli(['check', ...base(), '--format', 'json', '--output', file], repo.root);
  const record = JSON.parse(readFileSync(file, 'utf8'));
  record.inputs[0].path = 'models/\u001b[2Jgone.json';
  writeFileSync(file, JSON.stringify(record));
  const r = await verify(file, '--repo', repo.root);
  expect(r.code).toBe(1);
  expect(r.stdout).not.toContain('\u001b');
  expect(r.stdout).toMatch(/VANISHED\s+models\/\\u001b\[2Jgone\.json/);
});
