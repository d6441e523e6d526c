// Writes the inputs and outputs tables of docs/github.md from action.yml, the one source of truth for
// what the action accepts and sets. Each table sits between `<!-- NAME:start ... -->` and
// `<!-- NAME:end -->` markers; everything else in the file is left alone.
//   node scripts/docs-tables.mjs          rewrite the tables
//   node scripts/docs-tables.mjs --check  exit 1 when they differ from action.yml (CI, tests)
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url);
const DOCS = ['docs/github.md'];

const action = parse(readFileSync(new URL('action.yml', root), 'utf8'));
const cell = (text) => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
const code = (text) => '`' + String(text).replace(/`/g, "'") + '`';

const tables = {
  inputs: [
    '| input | default | what it does |',
    '|---|---|---|',
    ...Object.entries(action.inputs ?? {}).map(
      ([name, spec]) =>
        `| ${code(name)} | ${spec.default ? code(spec.default) : 'empty'}${spec.required ? ' (required)' : ''} | ${cell(spec.description ?? '')} |`,
    ),
  ],
  outputs: [
    '| output | value |',
    '|---|---|',
    ...Object.entries(action.outputs ?? {}).map(
      ([name, spec]) => `| ${code(name)} | ${cell(spec.description ?? '')} |`,
    ),
  ],
};

const check = process.argv.includes('--check');
let stale = 0;
for (const doc of DOCS) {
  const url = new URL(doc, root);
  const before = readFileSync(url, 'utf8');
  let after = before;
  for (const [name, rows] of Object.entries(tables)) {
    const re = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(after)) throw new Error(`${doc}: no <!-- ${name}:start --> ... <!-- ${name}:end --> markers`);
    after = after.replace(re, (_, start, end) => `${start}${rows.join('\n')}\n${end}`);
  }
  if (after === before) continue;
  stale++;
  if (check) console.error(`${doc}: the inputs/outputs tables differ from action.yml; run 'npm run generate'`);
  else writeFileSync(url, after);
}
if (check && stale) process.exit(1);
if (!check) console.log(stale ? `rewrote the tables in ${stale} file(s)` : 'tables already match action.yml');
