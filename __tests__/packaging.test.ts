// What users install and read: the bundles jest's globalSetup just built, the npm package's contents,
// `--version`, and the docs that are generated from action.yml.

import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  engines: { node: string };
};

describe('model-release-gate --version', () => {
  test("the bundle prints package.json's version", () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version']).toString();
    expect(out).toBe(`${pkg.version}\n`);
  });

  test('so do the sources (tests, tsx)', async () => {
    let stdout = '';
    const code = await runCli(['--version'], {
      stdout: (s) => void (stdout += s),
      stderr: () => undefined,
      cwd: ROOT,
      color: false,
      today: new Date(),
    });
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${pkg.version}\n` });
  });
});

test('the bundles the end-to-end suite runs are newer than every source file (built for this run)', () => {
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir).map((name) => {
        const abs = join(dir, name);
        const st = statSync(abs);
        return st.isDirectory() ? newest(abs) : st.mtimeMs;
      }),
    );
  const sources = newest(join(ROOT, 'src'));
  for (const bundle of ['index.js', 'cli.js', 'drift-worker.js'])
    expect(statSync(join(ROOT, 'dist', bundle)).mtimeMs).toBeGreaterThanOrEqual(sources);
});

describe('the npm package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString(),
  )[0] as { size: number; files: { path: string }[] };
  const paths = packed.files.map((f) => f.path).sort();

  test('holds the bundles, action.yml, the schemas and the docs a user needs at install', () => {
    for (const p of [
      'dist/index.js',
      'dist/cli.js',
      'dist/drift-worker.js',
      'action.yml',
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'SECURITY.md',
    ])
      expect(paths).toContain(p);
    expect(paths).toContain('schemas/policy.schema.json');
  });

  test('and nothing the bundles already hold: no sources, tests, fixtures, scripts or benchmarks', () => {
    const extra = paths.filter(
      (p) => /^(src|__tests__|scripts|bench|examples|docs|\.github|\.ci)\//.test(p) || p.endsWith('.ts'),
    );
    expect(extra).toEqual([]);
    expect(packed.size).toBeLessThan(1024 * 1024); // compressed; about 0.5 MB today
  });

  test("engines names the Node versions CI runs: this machine's and the one action.yml declares", () => {
    const using = /^\s+using:\s*node(\d+)\s*$/m.exec(readFileSync(join(ROOT, 'action.yml'), 'utf8'))?.[1];
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    const node24 = /^NODE24_VERSION=(\d+)\./m.exec(ci)?.[1];
    expect(node24).toBe(using);
    const majors = pkg.engines.node.split('||').map((r) => Number(/(\d+)/.exec(r)?.[1]));
    expect(majors).toContain(Number(using));
    expect(majors).toContain(Number(process.versions.node.split('.')[0]));
  });
});

test("the docs' inputs and outputs tables are generated from action.yml and up to date", () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'docs-tables.mjs'), '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const docs = readFileSync(join(ROOT, 'docs', 'github.md'), 'utf8');
  for (const [, name] of action.matchAll(/^ {2}([a-z-]+):\s*$/gm)) expect(docs).toContain(`| \`${name}\` |`);
});

test('no doc links to a file the repository lacks', () => {
  const docs = [
    'README.md',
    'CHANGELOG.md',
    'SECURITY.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const missing: string[] = [];
  for (const doc of docs) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const dir = join(ROOT, doc, '..');
    // Markdown links to relative paths, and bare mentions of a markdown file.
    for (const [, target] of text.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)) {
      try {
        statSync(join(dir, target));
      } catch {
        missing.push(`${doc}: ${target}`);
      }
    }
    // Bare mentions of a file like DESIGN.md or bench/RESULTS.md, from the root or the doc's folder.
    for (const [, name] of text.matchAll(/(?<![\w/.-])((?:[\w.-]+\/)*[A-Z][A-Z_-]*\.md)\b/g)) {
      const found = [join(ROOT, name), join(dir, name)].some((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false;
        }
      });
      if (!found) missing.push(`${doc}: ${name}`);
    }
  }
  expect(missing).toEqual([]);
});
