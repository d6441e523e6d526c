// A tier's drift settings: known method names (aliases included), one threshold per method, and
// thresholds in the method's range.

import { isRecord } from '../evidence/result.js';
import { METHODS, resolveMethod, thresholdProblem as methodThresholdProblem } from '../drift/methods.js';
import type { MethodInfo } from '../drift/methods.js';
import { didYouMean } from './suggest.js';
import { formatPath, problem } from './yaml-source.js';
import type { ParsedYaml, Path, Problem } from './yaml-source.js';

const KNOWN_METHODS = (): string => `auto, ${METHODS.map((m) => m.id).join(', ')}`;

function thresholdProblem(method: MethodInfo, value: number, path: Path, parsed: ParsedYaml): Problem | undefined {
  const why = methodThresholdProblem(method, value);
  if (!why) return undefined;
  return problem(
    parsed,
    path,
    `${formatPath(path)} is ${value}; ${why}`,
    `use a level such as ${method.defaultThreshold}`,
  );
}

export function driftProblems(drift: unknown, path: Path, parsed: ParsedYaml): Problem[] {
  if (!isRecord(drift)) return [];
  const problems: Problem[] = [];
  const unknownMethod = (name: string, at: Path, onKey: boolean): Problem =>
    problem(
      parsed,
      at,
      `${formatPath(at)}: '${name}' is not a drift method the gate knows${didYouMean(
        name,
        METHODS.map((m) => m.id),
      )}`,
      `use one of ${KNOWN_METHODS()}`,
      onKey,
    );
  let method: MethodInfo | undefined;
  if (typeof drift.method === 'string' && drift.method !== 'auto') {
    method = resolveMethod(drift.method);
    if (!method) problems.push(unknownMethod(drift.method, [...path, 'method'], false));
  }
  const ft = drift.feature_threshold;
  if (typeof ft === 'number' && method) {
    const p = thresholdProblem(method, ft, [...path, 'feature_threshold'], parsed);
    if (p) problems.push(p);
  }
  if (isRecord(ft)) {
    const seen = new Map<string, string>();
    for (const [name, value] of Object.entries(ft)) {
      const at = [...path, 'feature_threshold', name];
      const m = resolveMethod(name);
      if (!m) {
        problems.push(unknownMethod(name, at, true));
        continue;
      }
      const earlier = seen.get(m.id);
      if (earlier !== undefined) {
        problems.push(
          problem(
            parsed,
            at,
            `${formatPath(at)}: '${name}' and '${earlier}' are the same method (${m.id})`,
            'keep one of them',
            true,
          ),
        );
      }
      seen.set(m.id, name);
      if (typeof value === 'number') {
        const p = thresholdProblem(m, value, at, parsed);
        if (p) problems.push(p);
      }
    }
  }
  return problems;
}
