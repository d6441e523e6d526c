// Metrics: the entry points. A file is parsed (a model card's front matter, or the whole JSON/YAML text)
// and handed to the first format in METRICS_FORMATS that recognises its shape; an MLflow run folder and
// metrics written inline in the manifest are selected by the manifest itself (a folder, an object), so
// they have readers but no detection. Each format is a module of its own under ./formats/metrics/.

import type { MetricsEvidence } from '../types.js';
import { parseText, syntaxOf, type ParsedDocument } from './document.js';
import { readWithFormats, type EvidenceFormat } from './format.js';
import { flatMetrics, METRICS_FORMATS_UNDERSTOOD } from './formats/metrics/flat.js';
import { genericMetrics, type MetricsContext } from './formats/metrics/generic.js';
import { huggingfaceCard, parseModelCard, type HuggingFaceOptions } from './formats/metrics/huggingface.js';
import { mlflowFile } from './formats/metrics/mlflow.js';
import { checkDocumentSize, DEFAULT_ENTRY_LIMITS } from './limits.js';
import { EvidenceError, isRecord, runReader, type ParseResult } from './result.js';

export { parseInlineMetrics } from './formats/metrics/inline.js';
export { readMlflowRun } from './formats/metrics/mlflow.js';

export type MetricsResult = ParseResult<MetricsEvidence>;

/** Tried in this order; the first whose `detect` recognises the document reads it. Flat claims what no other does. */
export const METRICS_FORMATS: readonly EvidenceFormat<MetricsEvidence, MetricsContext>[] = [
  mlflowFile,
  huggingfaceCard,
  genericMetrics,
  flatMetrics,
];

/** Reads a metrics file of any supported format. `path` is repository-relative, for messages and `source`. */
export function parseMetricsFile(text: string, path: string, options: HuggingFaceOptions = {}): MetricsResult {
  const limits = options.limits ?? DEFAULT_ENTRY_LIMITS;
  let doc: ParsedDocument | undefined;
  return runReader(
    path,
    () => {
      doc = parseModelCard(text, path, limits) ?? parseWhole(text, path, limits);
      const value = doc.value;
      if (!isRecord(value)) {
        throw new EvidenceError(
          `the file is not a metrics object (it holds ${Array.isArray(value) ? 'a list' : String(value)}); ${METRICS_FORMATS_UNDERSTOOD}`,
        );
      }
      // Flat recognises every object the others do not, so the last message is never reached.
      return readWithFormats(
        METRICS_FORMATS,
        value,
        { path, limits, dataset: options.dataset },
        `not a metrics file this gate reads; ${METRICS_FORMATS_UNDERSTOOD}`,
      );
    },
    (at) => doc?.locate(at),
  );
}

function parseWhole(text: string, path: string, limits: MetricsContext['limits']): ParsedDocument {
  const syntax = syntaxOf(path, text);
  checkDocumentSize(text, syntax, limits, 'max_metrics');
  return parseText(text, syntax);
}
