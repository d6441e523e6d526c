// Validates every workflow under .github/workflows/, action.yml, and the workflows the docs tell users
// to copy, with @action-validator/core (the JSON Schemas of SchemaStore for GitHub workflows and
// actions, compiled to WebAssembly). Exit 1 on any error, naming the file and the schema path.
//
// action.yml declares `runs.using: node24`. The validator's schema (0.6.0) predates node24 and knows
// node12/node16/node20 only, so it rejects that one value. Rather than skip action.yml, it is validated
// a second time with `using` read as node20: every other field is still checked by the schema, and
// `using` itself is checked here against the runtimes GitHub runs. When a validator release knows
// node24, the first pass succeeds and the workaround is not used (and the note is not printed).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';

// ROOT: another repository to check (the tests point it at broken copies); default: this one.
const root = process.env.VALIDATE_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const RUNTIMES = ['node20', 'node24', 'composite', 'docker'];
let failed = 0;
let checked = 0;

function report(name, state) {
  checked++;
  if (state.errors.length === 0) return;
  failed++;
  console.error(`${name}: not valid`);
  const walk = (errors, indent) => {
    for (const e of errors) {
      const where = e.path ?? (e.location ? `line ${e.location.line}, column ${e.location.column}` : '');
      console.error(`${indent}${where} ${e.title}${e.detail ? `: ${e.detail}` : ''}`);
      for (const s of e.states ?? []) walk(s.errors, indent + '  ');
    }
  };
  walk(state.errors, '  ');
}

// 1. The workflows of this repository.
const dir = join(root, '.github', 'workflows');
const workflows = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
if (workflows.length === 0) {
  console.error('.github/workflows/ holds no workflow: nothing to validate');
  process.exit(1);
}
for (const f of workflows) report(`.github/workflows/${f}`, validateWorkflow(readFileSync(join(dir, f), 'utf8')));

// 2. action.yml (see the note above about node24).
const actionText = readFileSync(join(root, 'action.yml'), 'utf8');
const using = parse(actionText)?.runs?.using;
let actionState = validateAction(actionText);
if (actionState.errors.length > 0 && using === 'node24') {
  const asNode20 = validateAction(actionText.replace(/^(\s+using:\s*)['"]?node24['"]?\s*$/m, '$1node20'));
  if (asNode20.errors.length === 0) {
    console.log(
      'action.yml: the validator schema does not know runs.using node24 (it predates it); validated with ' +
        'using read as node20, and node24 checked against the runtimes GitHub runs',
    );
  }
  actionState = asNode20;
}
if (!RUNTIMES.includes(using)) {
  failed++;
  console.error(`action.yml: runs.using '${using}' is not one of ${RUNTIMES.join(', ')}`);
}
report('action.yml', actionState);

// 3. The workflows the docs give users to copy: fenced yaml blocks that start with
//    `# .github/workflows/...` are whole workflow files.
for (const doc of ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)]) {
  if (!doc.endsWith('.md')) continue;
  const text = readFileSync(join(root, doc), 'utf8');
  for (const m of text.matchAll(/```ya?ml\n(# \.github\/workflows\/[^\n]*\n[\s\S]*?)```/g)) {
    const line = text.slice(0, m.index).split('\n').length;
    report(`${doc}:${line} (workflow to copy)`, validateWorkflow(m[1]));
  }
}

// 4. .github/dependabot.yml: the validator has no schema for it; check what Dependabot itself refuses.
const dependabotPath = join(root, '.github', 'dependabot.yml');
if (existsSync(dependabotPath)) {
  const ECOSYSTEMS = ['npm', 'github-actions'];
  const d = parse(readFileSync(dependabotPath, 'utf8')) ?? {};
  const problems = [];
  if (d.version !== 2) problems.push('version must be 2');
  if (!Array.isArray(d.updates) || d.updates.length === 0) problems.push('updates must list at least one ecosystem');
  for (const [i, u] of (Array.isArray(d.updates) ? d.updates : []).entries()) {
    if (!ECOSYSTEMS.includes(u?.['package-ecosystem']))
      problems.push(
        `updates[${i}].package-ecosystem '${u?.['package-ecosystem']}' is not one this repository uses (${ECOSYSTEMS.join(', ')})`,
      );
    if (typeof u?.directory !== 'string' || !u.directory.startsWith('/'))
      problems.push(`updates[${i}].directory must be a path from the root`);
    if (!['daily', 'weekly', 'monthly'].includes(u?.schedule?.interval))
      problems.push(`updates[${i}].schedule.interval must be daily, weekly or monthly`);
  }
  for (const eco of ECOSYSTEMS)
    if (!(d.updates ?? []).some((u) => u?.['package-ecosystem'] === eco)) problems.push(`no updates for ${eco}`);
  report('.github/dependabot.yml', { errors: problems.map((title) => ({ code: 'dependabot', path: '', title })) });
}

if (failed) process.exit(1);
console.log(
  `valid: ${checked} files (${relative(process.cwd(), dir) || dir}, action.yml, workflows in the docs, dependabot.yml)`,
);
