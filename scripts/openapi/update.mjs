// Regenerates scripts/openapi/operations.json: the GitHub REST operations the action calls, trimmed
// from GitHub's published OpenAPI description (@octokit/openapi). The e2e fake server validates every
// request against this file, so a wrong path, method, query parameter or body fails the suite.
// The package is 385 MB unpacked: it is fetched into a temporary folder, never made a dependency.
//   node scripts/openapi/update.mjs [--from path/to/package/generated/api.github.com.deref.json]
// (--from: an unpacked @octokit/openapi; its package.json, two folders up, gives the version.)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every operation src/github/ calls: keep this list in step with the code. */
export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  // merge_group: the files a queued group changes, when the checkout does not hold the base commit.
  ['get', '/repos/{owner}/{repo}/compare/{base}...{head}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/user'],
  ['get', '/orgs/{org}/teams/{team_slug}/members'],
  // The lifecycle audit issue.
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
];

const here = dirname(fileURLToPath(import.meta.url));

function loadSpec() {
  const i = process.argv.indexOf('--from');
  if (i > 0) {
    const file = process.argv[i + 1];
    const pkg = join(dirname(file), '..', 'package.json');
    const version = existsSync(pkg) ? `@octokit/openapi ${JSON.parse(readFileSync(pkg, 'utf8')).version}` : file;
    return { spec: JSON.parse(readFileSync(file, 'utf8')), version };
  }
  const tmp = mkdtempSync(join(tmpdir(), 'octokit-openapi-'));
  try {
    execFileSync('npm', ['pack', '@octokit/openapi', '--pack-destination', tmp, '--silent'], { stdio: 'pipe' });
    execFileSync('sh', ['-c', 'tar xzf *.tgz package/package.json package/generated/api.github.com.deref.json'], {
      cwd: tmp,
    });
    const version = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8')).version;
    const spec = JSON.parse(readFileSync(join(tmp, 'package/generated/api.github.com.deref.json'), 'utf8'));
    return { spec, version: `@octokit/openapi ${version}` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Drops prose and examples: the validator needs only the shape. */
function strip(schema) {
  if (Array.isArray(schema)) return schema.map(strip);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (['description', 'examples', 'example', 'title', 'externalDocs'].includes(k)) continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strip(s)])) : strip(v);
  }
  return out;
}

const { spec, version } = loadSpec();
const operations = OPERATIONS.map(([method, path]) => {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in ${version}`);
  return {
    method: method.toUpperCase(),
    path,
    operationId: op.operationId,
    parameters: (op.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      required: !!p.required,
      schema: strip(p.schema),
    })),
    requestBody: op.requestBody
      ? { required: !!op.requestBody.required, schema: strip(op.requestBody.content['application/json'].schema) }
      : null,
    responses: Object.keys(op.responses),
  };
});
writeFileSync(
  join(here, 'operations.json'),
  JSON.stringify({ source: version, generated_by: 'scripts/openapi/update.mjs', operations }, null, 1) + '\n',
);
// Formatted as the repository's prettier would, so a regeneration shows only real changes.
execFileSync('npx', ['prettier', '--write', join(here, 'operations.json')], { stdio: 'pipe' });
console.log(`wrote ${operations.length} operations from ${version}`);
