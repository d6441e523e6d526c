// Hugging Face model cards: the `model-index` block of a README.md's YAML front matter (or a bare YAML
// file holding it). Cards are written by hand, so values come as numbers, percent strings, comma decimals
// and "NA"; each accepted form is converted deliberately and leaves a note saying what was done.

import type { EntryLimits } from '../../../policy/types.js';
import type { MetricValue, MetricsEvidence } from '../../../types.js';
import { parseText, type ParsedDocument } from '../../document.js';
import type { EvidenceFormat } from '../../format.js';
import { checkDocumentSize, checkEntries, DEFAULT_ENTRY_LIMITS } from '../../limits.js';
import { notANumberMessage } from '../../metric-values.js';
import { EvidenceError, formatPath, hasKey, isFiniteNumber, isRecord, setKey, type DocPath } from '../../result.js';
import type { MetricsContext } from './generic.js';

export interface HuggingFaceOptions {
  /** Which result to read when the card has several: a dataset's name or type. */
  dataset?: string;
  /** The policy's entry limits (the built-in defaults when absent). */
  limits?: Readonly<EntryLimits>;
}

export const huggingfaceCard: EvidenceFormat<MetricsEvidence, MetricsContext> = {
  id: 'huggingface',
  detect: (doc) => hasKey(doc, 'model-index'),
  read: (doc, ctx) => readModelIndex(doc, ctx.path, { dataset: ctx.dataset, limits: ctx.limits }),
};

/**
 * A model card's text (a .md file, or any text opening with a `---` line): its front matter parsed, line
 * numbers counted from the file's top. Undefined for any other text, which is parsed whole.
 */
export function parseModelCard(text: string, path: string, limits: Readonly<EntryLimits>): ParsedDocument | undefined {
  const lower = path.toLowerCase();
  const isMarkdown = lower.endsWith('.md') || lower.endsWith('.markdown');
  if (!isMarkdown && !/^\uFEFF?---[ \t]*\r?\n/.test(text)) return undefined;
  const front = extractFrontMatter(text);
  if (!front) {
    throw new EvidenceError(
      'the file has no YAML front matter (a block between --- lines at the top); a Hugging Face model card keeps its eval results in `model-index` there',
    );
  }
  checkDocumentSize(front.yaml, 'yaml', limits, 'max_metrics');
  return parseText(front.yaml, 'yaml', front.firstLine - 1);
}

/** The YAML between a leading `---` line and the next `---` line, and the file line its first line is on. */
export function extractFrontMatter(text: string): { yaml: string; firstLine: number } | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(body);
  if (!open) return null;
  const rest = body.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return null;
  return { yaml: rest.slice(0, close.index), firstLine: 2 };
}

interface Candidate {
  at: DocPath;
  name?: string;
  type?: string;
  split?: string;
  config?: string;
  metrics: unknown;
}

function describeCandidate(c: Candidate): string {
  const details = [c.type, c.config, c.split].filter((s) => s !== undefined && s !== c.name);
  const label = `'${c.name ?? c.type ?? '(unnamed)'}'`;
  return details.length > 0 ? `${label} (${details.join(', ')})` : label;
}

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * Reads `model-index` into metrics. Metric key = the metric's `type` (e.g. `accuracy`, `wer`), else its `name`.
 *
 * Value decisions:
 * - a number is taken as written;
 * - "10.08%" is read as 10.08, NOT 0.1008: cards write percentage metrics (WER, accuracy in %) as plain
 *   numbers on the percent scale (the same card writes 13.94 for the next dataset), so dropping the sign
 *   keeps one scale per metric and a baseline comparison stays meaningful;
 * - "0,912" (comma decimal) is read as 0.912; "1,234" is refused as ambiguous (thousands or decimals?);
 * - a quoted number "0.912" is read as 0.912;
 * - null, a missing value, "NA", "N/A", "NaN", "-", "" make the metric absent, so a policy that needs it
 *   reports "metric absent" rather than passing on a guess;
 * - any other string is an error naming the metric.
 * Every conversion and every absent metric adds a note.
 */
export function readModelIndex(doc: unknown, source: string, options: HuggingFaceOptions = {}): MetricsEvidence {
  if (!isRecord(doc) || !hasKey(doc, 'model-index')) {
    throw new EvidenceError(
      'the model card has no `model-index` in its YAML front matter; add eval results to the card or point evaluation.metrics at a metrics file',
    );
  }
  const index = doc['model-index'];
  if (!Array.isArray(index)) {
    throw new EvidenceError('`model-index` must be a list of models, each with `results`', ['model-index']);
  }
  const candidates: Candidate[] = [];
  index.forEach((model, i) => {
    if (!isRecord(model))
      throw new EvidenceError('each `model-index` entry must be an object with `name` and `results`', [
        'model-index',
        i,
      ]);
    const results = model.results;
    if (results === undefined || results === null) return;
    if (!Array.isArray(results)) throw new EvidenceError('`results` must be a list', ['model-index', i, 'results']);
    results.forEach((result, j) => {
      const at = ['model-index', i, 'results', j];
      if (!isRecord(result)) throw new EvidenceError('each result must be an object with `dataset` and `metrics`', at);
      const dataset = isRecord(result.dataset) ? result.dataset : {};
      candidates.push({
        at,
        name: asText(dataset.name),
        type: asText(dataset.type),
        split: asText(dataset.split),
        config: asText(dataset.config),
        metrics: result.metrics,
      });
    });
  });
  if (candidates.length === 0) {
    throw new EvidenceError(
      "the model card's `model-index` has no evaluation results (results: []); add results to the card or point evaluation.metrics at a metrics file",
      index.length > 0 ? ['model-index', 0, 'results'] : ['model-index'],
    );
  }
  const chosen = choose(candidates, options.dataset);
  const notes: string[] = [];
  if (candidates.length > 1) notes.push(`read the model card's results for dataset ${describeCandidate(chosen)}`);
  return {
    source,
    format: 'huggingface',
    metrics: readResultMetrics(chosen, notes, options.limits ?? DEFAULT_ENTRY_LIMITS),
    slices: {},
    notes,
  };
}

function choose(candidates: Candidate[], wanted: string | undefined): Candidate {
  const listing = candidates.map(describeCandidate).join(', ');
  if (wanted === undefined || wanted === '') {
    if (candidates.length === 1) return candidates[0];
    throw new EvidenceError(
      `the model card has results for ${candidates.length} datasets: ${listing}; choose one with \`evaluation.dataset\` in the manifest (a dataset name or type)`,
    );
  }
  const lower = wanted.toLowerCase();
  const tiers: ((c: Candidate) => boolean)[] = [
    (c) => c.name === wanted,
    (c) => c.name?.toLowerCase() === lower,
    (c) => c.type?.toLowerCase() === lower,
  ];
  for (const matches of tiers) {
    const found = candidates.filter(matches);
    if (found.length === 1) return found[0];
    if (found.length > 1) {
      throw new EvidenceError(
        `dataset '${wanted}' matches ${found.length} results: ${found.map(describeCandidate).join(', ')}; choose one by its name`,
      );
    }
  }
  throw new EvidenceError(`the model card has no results for dataset '${wanted}'; it has: ${listing}`);
}

function readResultMetrics(
  chosen: Candidate,
  notes: string[],
  limits: Readonly<EntryLimits>,
): Record<string, MetricValue> {
  const at = [...chosen.at, 'metrics'];
  if (!Array.isArray(chosen.metrics)) {
    throw new EvidenceError(
      'the result has no `metrics` list; each metric is { type, value }',
      chosen.metrics === undefined ? chosen.at : at,
    );
  }
  checkEntries(chosen.metrics.length, limits, 'max_metrics');
  const out: Record<string, MetricValue> = {};
  const absent = new Set<string>();
  chosen.metrics.forEach((metric, k) => {
    const here = [...at, k];
    if (!isRecord(metric))
      throw new EvidenceError('each metric must be an object like { type: accuracy, value: 0.91 }', here);
    const type = asText(metric.type);
    const name = asText(metric.name);
    let key = type ?? name;
    if (key === undefined)
      throw new EvidenceError('the metric has neither `type` nor `name`; add `type: <metric id>`', here);
    if (hasKey(out, key) || absent.has(key)) {
      // Two metrics of one type (top-1 and top-5 accuracy, say): the second goes by its name.
      if (name === undefined || name === key || hasKey(out, name) || absent.has(name)) {
        throw new EvidenceError(
          `the metric '${key}' appears twice in this result; give each a distinct \`name\``,
          here,
        );
      }
      notes.push(`a second '${key}' metric is read under its name '${name}'`);
      key = name;
    }
    const value = readHfValue(metric.value, [...here, 'value'], key, notes);
    if (value === undefined) absent.add(key);
    else setKey(out, key, { value });
  });
  return out;
}

const ABSENT_WORDS = new Set(['', 'na', 'n/a', 'nan', '-', 'none', 'null']);

function readHfValue(raw: unknown, at: DocPath, key: string, notes: string[]): number | undefined {
  if (isFiniteNumber(raw)) return raw;
  if (raw === null || raw === undefined) {
    notes.push(
      `${key}: the card gives no value (${raw === null ? 'null' : 'missing'}); the metric is treated as absent`,
    );
    return undefined;
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (ABSENT_WORDS.has(text.toLowerCase())) {
      notes.push(`${key}: the card writes '${raw}'; the metric is treated as absent`);
      return undefined;
    }
    const percent = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (percent) {
      const value = Number(percent[1]);
      notes.push(
        `${key}: '${raw}' read as ${value} (percent scale, as the card's plain numbers are; the % sign is dropped, not divided by 100)`,
      );
      return value;
    }
    const comma = /^(-?\d+),(\d+)$/.exec(text);
    if (comma) {
      const [, whole, decimals] = comma;
      if (decimals.length === 3 && whole.replace('-', '') !== '0') {
        throw new EvidenceError(
          `${key} is '${raw}': is the comma a thousands separator or a decimal point? write ${whole}${decimals} or ${whole}.${decimals}`,
          at,
        );
      }
      const value = Number(`${whole}.${decimals}`);
      notes.push(`${key}: '${raw}' read as ${value} (comma decimal separator)`);
      return value;
    }
    if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text)) {
      const value = Number(text);
      notes.push(`${key}: the quoted value '${raw}' read as the number ${value}`);
      return value;
    }
  }
  throw new EvidenceError(`${notANumberMessage(raw, `${key} (${formatPath(at)})`)}`, at);
}
