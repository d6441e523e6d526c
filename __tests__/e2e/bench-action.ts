// Times a whole `node dist/index.js` run on the demo pull request against the fake GitHub, next to
// `node -e ''` (Node's own start-up), and counts the API requests. Not a test: run it with
//   npx esbuild __tests__/e2e/bench-action.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=.tmp/bench-action.mjs && node .tmp/bench-action.mjs
// The demo PR takes examples/: the policy and examples/baseline/ on the base commit, examples/models/ on
// the head (the releases of the demo, against production); the e2e demo repository when examples/ is absent.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FakeGitHub } from './fake-github.js';
import { FixtureRepo, OWNER, REPO, ROOT, pullRequestPayload, runAction, type Files } from './harness.js';
import { BLOCKED, baseFiles } from './demo-repo.js';

const RUNS = Number(process.argv[2] ?? 10);
const TOKEN = 'ghs_bench';

function filesUnder(dir: string, prefix: string): Files {
  const out: Files = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[join(prefix, relative(dir, abs))] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function demo(): { base: Files; head: Files; label: string } {
  const ex = join(ROOT, 'examples');
  if (existsSync(join(ex, 'baseline', 'models')) && existsSync(join(ex, 'models'))) {
    const policy = {
      '.github/model-release-policy.yml': readFileSync(join(ex, '.github/model-release-policy.yml'), 'utf8'),
    };
    return {
      base: { ...policy, ...filesUnder(join(ex, 'baseline', 'models'), 'models') },
      head: filesUnder(join(ex, 'models'), 'models'),
      label: 'examples/ (baseline -> models)',
    };
  }
  return { base: baseFiles(), head: BLOCKED, label: 'e2e demo repository (blocked release)' };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
const { base, head, label } = demo();
const repo = new FixtureRepo(base, head);
const fake = new FakeGitHub(repo.dir, OWNER, REPO);
fake.tokens.set(TOKEN, { login: 'github-actions[bot]', type: 'Bot', canWrite: true, installation: true });
fake.pulls.set(1, { number: 1, baseSha: repo.base, headSha: repo.head });
await fake.start();

const results: Record<string, { ms: number[]; requests: number[]; decision?: string }> = {};
for (const depth of [2, 1] as const) {
  const ws = repo.workspace({ depth });
  const key = `action, fetch-depth ${depth}`;
  results[key] = { ms: [], requests: [] };
  fake.comments.length = 0; // each configuration starts with no comment: its first run creates it
  for (let i = 0; i < RUNS; i++) {
    fake.resetLog();
    const run = await runAction({
      fake,
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened', repo),
      workspace: ws,
      sha: repo.merge,
      token: TOKEN,
    });
    results[key].ms.push(run.ms);
    results[key].requests.push(fake.requests.length);
    results[key].decision = run.outputs.decision;
  }
}
const empty: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  empty.push(performance.now() - t);
}
await fake.stop();
repo.cleanup();

console.log(`demo PR: ${label}; ${RUNS} runs each; Node ${process.version}`);
console.log(`| run | median ms | min ms | API requests (first run / later runs) | decision |`);
console.log(`|---|---:|---:|---:|---|`);
for (const [key, r] of Object.entries(results))
  console.log(
    `| ${key} | ${median(r.ms).toFixed(0)} | ${Math.min(...r.ms).toFixed(0)} | ${r.requests[0]} / ${r.requests.at(-1)} | ${r.decision} |`,
  );
console.log(`| node -e '' | ${median(empty).toFixed(0)} | ${Math.min(...empty).toFixed(0)} | — | — |`);
