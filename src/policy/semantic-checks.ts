// Checks that need more than the schema: tier names, extends cycles, require paths; drift settings and
// globs have their own files.

import { isRecord } from '../evidence/result.js';
import { driftProblems } from './drift-checks.js';
import { globProblems } from './glob-checks.js';
import type { RawTier } from './raw-policy.js';
import { tierNames } from './raw-policy.js';
import { MANIFEST_SCHEMA } from './schemas.js';
import type { JsonSchema } from './schemas.js';
import { didYouMean, nearest } from './suggest.js';
import { formatPath, problem } from './yaml-source.js';
import type { ParsedYaml, Path, Problem } from './yaml-source.js';

/** Checks that need more than the schema: tier names, extends, methods, ranges, require paths. */
export function semanticProblems(data: Record<string, unknown>, parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const names = tierNames(data);
  const tiers = isRecord(data.tiers) ? data.tiers : {};
  const tierList = names.length ? names.join(', ') : '(none)';

  const def = tiers.default;
  if (typeof def === 'string' && !names.includes(def)) {
    problems.push(
      problem(
        parsed,
        ['tiers', 'default'],
        `tiers.default: '${def}' is not a tier of the policy; tiers are ${tierList}${didYouMean(def, names)}`,
        names.length
          ? `set tiers.default to one of ${tierList}`
          : 'define a tier under tiers: and name it in tiers.default',
      ),
    );
  }

  for (const name of names) {
    const tier = tiers[name] as Record<string, unknown>;
    const at = (...rest: Path): Path => ['tiers', name, ...rest];
    if (typeof tier.extends === 'string' && !names.includes(tier.extends)) {
      problems.push(
        problem(
          parsed,
          at('extends'),
          `tiers.${name}.extends: '${tier.extends}' is not a tier of the policy; tiers are ${tierList}${didYouMean(tier.extends, names)}`,
          `extend one of ${tierList}, or remove extends`,
        ),
      );
    }
    problems.push(...driftProblems(tier.drift, at('drift'), parsed));
    problems.push(...requireProblems(tier.require, at('require'), parsed));
  }
  problems.push(...cycleProblems(tiers, names, parsed));
  for (const key of ['manifests', 'protected'] as const) problems.push(...globProblems(data[key], key, parsed));
  return problems;
}

function cycleProblems(tiers: Record<string, unknown>, names: string[], parsed: ParsedYaml): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const start of names) {
    const chain = [start];
    let next = (tiers[start] as RawTier).extends;
    while (typeof next === 'string' && names.includes(next)) {
      const loopAt = chain.indexOf(next);
      if (loopAt >= 0) {
        const loop = chain.slice(loopAt);
        const key = [...loop].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const text = [...loop, next].join(' -> ');
          problems.push(
            problem(
              parsed,
              ['tiers', loop[0], 'extends'],
              `tiers extend each other in a cycle: ${text}`,
              `remove one extends from ${loop.map((t) => `tiers.${t}`).join(', ')}`,
            ),
          );
        }
        break;
      }
      chain.push(next);
      next = (tiers[next] as RawTier).extends;
    }
  }
  return problems;
}

const MANIFEST_SECTIONS = Object.keys(MANIFEST_SCHEMA.properties as object);

/** `require` entries must name manifest fields; an unknown field close to a known one is a typo. */
function requireProblems(require: unknown, path: Path, parsed: ParsedYaml): Problem[] {
  if (!Array.isArray(require)) return [];
  const problems: Problem[] = [];
  require.forEach((entry, i) => {
    if (typeof entry !== 'string') return;
    const [section, field] = entry.split('.');
    const at = [...path, i];
    if (!MANIFEST_SECTIONS.includes(section)) {
      const s = nearest(section, MANIFEST_SECTIONS);
      problems.push(
        problem(
          parsed,
          at,
          `${formatPath(at)}: '${entry}' is not a manifest field: '${section}' is not a manifest section${s ? `; did you mean '${s}'?` : ''}`,
          `start the path with one of ${MANIFEST_SECTIONS.join(', ')}`,
        ),
      );
      return;
    }
    const props = (MANIFEST_SCHEMA.properties as Record<string, JsonSchema>)[section].properties;
    const known = props ? Object.keys(props) : [];
    const s = field !== undefined && !known.includes(field) ? nearest(field, known) : undefined;
    if (s) {
      problems.push(
        problem(
          parsed,
          at,
          `${formatPath(at)}: '${entry}' is not a manifest field; did you mean '${section}.${s}'?`,
          `write ${section}.${s} (a policy may require fields of its own, but this one looks like a typo)`,
        ),
      );
    }
  });
  return problems;
}
