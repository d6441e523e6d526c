// npm run bench: (1) `check` on the demo against a bare `node -e ''`, interleaved in one run (a ratio);
// (2) `check` over a generated portfolio of 1,000 releases (metrics + a 50-feature drift report each),
// wall time and peak RSS. Prints a markdown table to paste into bench/RESULTS.md.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const probe = join(root, 'bench', 'rss-probe.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RELEASES = Number(process.env.BENCH_RELEASES ?? 1000);
const FEATURES = 50;

function time(args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /__PEAK_RSS_KB__=(\d+)/.exec(r.stderr ?? '');
  return { ms, status: r.status, rssMb: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout, stderr: r.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Demo against a bare Node start, interleaved so that machine noise hits both alike.
const demoArgs = [
  cli,
  'check',
  '--repo',
  join(root, 'examples'),
  '--policy',
  join(root, 'examples/.github/model-release-policy.yml'),
  '--baseline-dir',
  join(root, 'examples/baseline'),
  '--now',
  '2026-11-27',
  '--format',
  'json',
];
const bare = [];
const demo = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(time(['-e', '']).ms);
  const d = time(demoArgs);
  if (d.status === null || d.status > 1) throw new Error(`demo check failed: ${d.stderr}`);
  demo.push(d.ms);
}

// 2. A portfolio of releases.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const dir = mkdtempSync(join(tmpdir(), 'mrg-bench-'));
const r = rng(42);
mkdirSync(join(dir, '.github'), { recursive: true });
writeFileSync(
  join(dir, '.github/model-release-policy.yml'),
  `apiVersion: model-release-gate/v1
manifests: ["models/**/model-release.yml"]
owners: ["@risk"]
tiers:
  default: medium
  medium:
    require: [model.owner, model.intended_use, monitoring.alerts, lifecycle.review_by]
    metrics:
      auc: { min: 0.80, max_drop: 0.01 }
      accuracy: { min: 0.75, max_drop: 2% }
      latency_p95_ms: { max: 250, max_increase: 10% }
    slices:
      auc: { min: 0.75, max_gap: 0.05 }
    drift: { method: auto, feature_threshold: 0.2, max_drifted_share: 0.3 }
    lifecycle: { max_review_days: 365 }
waivers: { max_days: 90 }
`,
);
for (let i = 0; i < RELEASES; i++) {
  const m = join(dir, 'models', `m${String(i).padStart(4, '0')}`);
  mkdirSync(join(m, 'eval'), { recursive: true });
  writeFileSync(
    join(m, 'model-release.yml'),
    `apiVersion: model-release-gate/v1
model: { name: model-${i}, version: 1.${i}.0, owner: "@team-${i % 17}", intended_use: Benchmark release ${i}. }
training_data: { version: 2026-10-01 }
evaluation: { metrics: eval/metrics.json }
drift: { report: eval/drift.json }
monitoring: { alerts: "#oncall-${i % 17}" }
lifecycle: { status: active, review_by: 2027-06-30 }
`,
  );
  const auc = 0.8 + 0.15 * r();
  writeFileSync(
    join(m, 'eval/metrics.json'),
    JSON.stringify({
      model_version: `1.${i}.0`,
      sample_size: 10000,
      metrics: {
        auc,
        accuracy: { value: 0.8 + 0.1 * r(), ci: [0.78, 0.92] },
        latency_p95_ms: 50 + 200 * r(),
        f1: r(),
        recall: r(),
      },
      slices: { 'region=eu': { auc: auc - 0.01 }, 'region=us': { auc: auc + 0.01 } },
    }),
  );
  const features = {};
  for (let f = 0; f < FEATURES; f++)
    features[`feature_${f}`] =
      f % 2 ? { method: 'psi', score: 0.25 * r(), threshold: 0.2 } : { method: 'ks', score: r(), statistic: 0.1 * r() };
  writeFileSync(join(m, 'eval/drift.json'), JSON.stringify({ model_version: `1.${i}.0`, features }));
}
const portfolio = [];
let rss = 0;
let decision = '';
for (let i = 0; i < 3; i++) {
  const p = time([
    '--import',
    probe,
    cli,
    'check',
    '--repo',
    dir,
    '--now',
    '2026-11-27',
    '--format',
    'json',
    '--output',
    join(dir, 'report.json'),
  ]);
  if (p.status === null || p.status > 1) throw new Error(`portfolio check failed: ${p.stderr}`);
  portfolio.push(p.ms);
  rss = Math.max(rss, p.rssMb);
  decision = p.status === 0 ? 'go/conditional' : 'blocked';
}
const reportMb = statSync(join(dir, 'report.json')).size / 1048576;
rmSync(dir, { recursive: true, force: true });

const size = (f) => (statSync(join(root, 'dist', f)).size / 1024).toFixed(0);
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`command: npm run bench (BENCH_RUNS=${RUNS}, BENCH_RELEASES=${RELEASES})\n`);
console.log('| measurement | median | ratio / goal |');
console.log('|---|---|---|');
console.log(`| \`node -e ''\` (bare start), ${RUNS} runs | ${median(bare).toFixed(0)} ms | 1.00 |`);
console.log(
  `| \`check\` on the demo (3 releases), ${RUNS} runs | ${median(demo).toFixed(0)} ms | ${(median(demo) / median(bare)).toFixed(2)}x bare (goal <= 2x) |`,
);
console.log(
  `| \`check\` on ${RELEASES} releases x ${FEATURES} features, 3 runs | ${median(portfolio).toFixed(0)} ms wall | goal < 3000 ms |`,
);
console.log(`| peak RSS of that run | ${rss.toFixed(0)} MB | goal < 300 MB |`);
console.log(`| decision record size | ${reportMb.toFixed(1)} MB | (${decision}) |`);
console.log(`| bundle sizes | dist/cli.js ${size('cli.js')} KiB, dist/index.js ${size('index.js')} KiB | |`);
