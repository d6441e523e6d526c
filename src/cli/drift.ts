// `drift`: compare two samples column by column and write a drift report in the generic form.

import { resolve } from 'node:path';
import { computeDriftThreaded, toGenericReport, TYPE_INFERENCES, type TypeInference } from '../drift/compute.js';
import { COMPUTABLE_METHOD_IDS, resolveMethod, thresholdProblem } from '../drift/methods.js';
import { sortColumns } from '../drift/presort.js';
import { readSamples } from '../evidence/samples.js';
import { renderDriftText } from '../report/drift-text.js';
import { parseCommand, parseFormat, parsePositive, UsageError, USAGE, writeOutput, type Io } from './args.js';

export async function drift(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('drift', argv, {
    reference: { type: 'string' },
    current: { type: 'string' },
    method: { type: 'string' },
    threshold: { type: 'string' },
    'drift-share': { type: 'string' },
    'type-inference': { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    threads: { type: 'string' },
  });
  if (values.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  let threads: number | undefined;
  if (values.threads !== undefined) {
    if (!/^[1-9]\d{0,3}$/.test(values.threads))
      throw new UsageError(`--threads '${values.threads}' must be a whole number from 1 (one thread) up`);
    threads = Number(values.threads);
  }
  if (positionals.length > 0)
    throw new UsageError(`drift takes no positional arguments (got ${positionals.join(' ')})`);
  if (!values.reference || !values.current) throw new UsageError('drift needs --reference FILE and --current FILE');
  const method = values.method ?? 'auto';
  if (method !== 'auto' && !COMPUTABLE_METHOD_IDS.includes(method))
    throw new UsageError(
      `--method '${method}' is not one the gate computes; use auto or one of ${COMPUTABLE_METHOD_IDS.join(', ')}`,
    );
  const format = parseFormat(values.format, ['text', 'json'] as const, 'json');
  const threshold = parsePositive('--threshold', values.threshold);
  if (threshold !== undefined && method !== 'auto') {
    const why = thresholdProblem(resolveMethod(method)!, threshold);
    if (why) throw new UsageError(`--threshold ${values.threshold}: ${why}`);
  }
  const share = parsePositive('--drift-share', values['drift-share']);
  const refPath = resolve(io.cwd, values.reference);
  const curPath = resolve(io.cwd, values.current);
  // Each side's columns are sorted as soon as it is read, while the other side may still be parsing.
  // Both files bad: the reference's error, as on one thread, whichever a worker finds bad first.
  const [ref, cur] = await Promise.allSettled([
    readSamples(refPath, { threads }).then((t) => sortColumns(t, threads)),
    readSamples(curPath, { threads }).then((t) => sortColumns(t, threads)),
  ]);
  if (ref.status === 'rejected') throw ref.reason;
  if (cur.status === 'rejected') throw cur.reason;
  const [reference, current] = [ref.value, cur.value];
  const typeInference = values['type-inference'] ?? 'evidently-0.7';
  if (!(TYPE_INFERENCES as readonly string[]).includes(typeInference))
    throw new UsageError(`--type-inference '${typeInference}' must be one of ${TYPE_INFERENCES.join(', ')}`);
  const evidence = await computeDriftThreaded(
    reference,
    current,
    { method, thresholds: threshold, datasetShare: share, typeInference: typeInference as TypeInference },
    threads,
  );
  const text =
    format === 'json'
      ? JSON.stringify(toGenericReport(evidence), null, 2) + '\n'
      : renderDriftText(evidence, { color: io.color && !values.output });
  await writeOutput(io, values.output, text, [refPath, curPath]);
  return 0;
}
