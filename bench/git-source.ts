// `npm run bench:git-source`: reading N manifests from a commit through the git source (what the action
// does with `fetch-depth: 2`), one read after another (one git process per file, as every read was
// before reads were batched) against all asked for together (one `git cat-file --batch`), interleaved
// in one run. The repository is generated in a temporary folder and removed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFileSource } from '../src/github/git-source.js';

const N = Number(process.env.BENCH_MANIFESTS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'mrg-bench-git-'));
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir })
    .toString()
    .trim();
try {
  git('init', '-q');
  const paths: string[] = [];
  for (let i = 0; i < N; i++) {
    mkdirSync(join(dir, `m${i}`));
    writeFileSync(join(dir, `m${i}`, 'model-release.yml'), `model:\n  name: m${i}\n  version: 1.0.${i}\n`);
    paths.push(`m${i}/model-release.yml`);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'manifests');
  const sha = git('rev-parse', 'HEAD');
  const open = async () => {
    const source = (await GitFileSource.open(dir, sha, 'bench'))!;
    await source.resolve(paths[0]); // the commit's listing, outside the timing
    return source;
  };
  const apart: number[] = [];
  const together: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let source = await open();
    let t = performance.now();
    for (const p of paths) await source.read(p);
    apart.push(performance.now() - t);
    source = await open();
    t = performance.now();
    await Promise.all(paths.map((p) => source.read(p)));
    together.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `machine: ${cpus().length} x ${cpus()[0]?.model.trim()}, node ${process.version}; ${N} manifests, ${RUNS} runs`,
  );
  console.log(`one after another: median ${median(apart).toFixed(0)} ms`);
  console.log(
    `together:          median ${median(together).toFixed(0)} ms (${(median(together) / median(apart)).toFixed(3)} of one after another)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
