import { problem } from './yaml-source.js';
import type { ParsedYaml, Problem } from './yaml-source.js';

/**
 * Globs are matched against repository-relative paths ("models/churn/model-release.yml"), so one that
 * is absolute, climbs with `..` or points into `.git/` can never match: a `manifests` glob like that finds
 * nothing (and the gate would say "no model release"), a `protected` one protects nothing.
 */
export function globProblems(globs: unknown, key: 'manifests' | 'protected', parsed: ParsedYaml): Problem[] {
  if (!Array.isArray(globs)) return [];
  const problems: Problem[] = [];
  const example = key === 'manifests' ? '"models/**/model-release.yml"' : '".github/workflows/**"';
  globs.forEach((glob, i) => {
    if (typeof glob !== 'string') return;
    const segments = glob.replace(/^\.\//, '').split('/');
    let why: string | undefined;
    let fix = `write it relative to the repository root, like ${example}`;
    if (glob.trim() === '') why = 'is empty';
    else if (/^(\/|~|[A-Za-z]:[\\/])/.test(glob)) why = 'is an absolute path';
    // `..` as a whole segment, or as one alternative of an extglob or brace set: @(..), {..,x}.
    else if (segments.some((s) => /(^|[@!+*?]\(|[|(,{])\.\.($|[|),}])/.test(s)))
      why = "climbs out of its folder with '..'";
    else if (segments.includes('.git')) {
      why = 'points into .git/, which is never read as part of a release';
      fix = 'remove it';
    }
    if (why)
      problems.push(
        problem(
          parsed,
          [key, i],
          `${key}[${i}]: '${glob}' ${why}; ${key} globs match repository-relative paths, so it can never match anything`,
          fix,
        ),
      );
  });
  return problems;
}
