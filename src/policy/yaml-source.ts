// YAML text -> plain data, keeping the document so that any path can be traced back to line:column.
// YAML 1.2 core schema: dates and `no` stay strings. Duplicate keys are errors (never last-wins),
// aliases are bounded (a "billion laughs" file cannot exhaust memory), and numbers written where the
// schema wants text keep their source text (`version: 3.10` is "3.10", not 3.1).

import { Document, LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Alias, Node, ParsedNode } from 'yaml';
import { formatPath as dottedPath } from '../format.js';
import type { JsonSchema } from './schemas.js';

export type Path = (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** A problem in a file a user wrote, before it becomes a PolicyError or a finding. */
export interface Problem extends Position {
  path: Path;
  message: string;
  fix: string;
}

/** Most aliases one file may expand; real policies and manifests use none or a few. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
  /** The root mapping as plain data; null when the file has problems that stop reading it. */
  data: Record<string, unknown> | null;
  problems: Problem[];
}

/** `waivers[0].expires`, `model.risk_tier`; `(top level)` for the root. */
export const formatPath = (path: Path): string => dottedPath(path, '(top level)');

const keyText = (key: unknown): string => (isScalar(key) ? String(key.value) : String(key));

function deref(doc: Document, node: unknown): unknown {
  // An alias to an undefined anchor resolves to undefined: treated as "no node here".
  return isAlias(node) ? node.resolve(doc) : node;
}

interface Located {
  /** The key of the last path segment, when it is a mapping key. */
  key?: Node;
  value?: Node;
}

function locate(doc: Document, path: Path): Located | undefined {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    node = deref(doc, node);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(seg));
      if (!pair) return undefined;
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      key = undefined;
      node = node.items[seg];
    } else {
      return undefined;
    }
  }
  return { key, value: (deref(doc, node) ?? undefined) as Node | undefined };
}

function nodeStart(node: Node | undefined | null): number | undefined {
  return node?.range ? node.range[0] : undefined;
}

/**
 * Where a path is written. A scalar value points at the value, a mapping or list (or an empty value)
 * at its key, so that `model:` is reported on the `model:` line rather than the one below.
 */
export function positionIn(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: Path): Position | undefined {
  const { doc, lineCounter } = parsed;
  if (!doc) return undefined;
  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (path.length === 0) return at(nodeStart(doc.contents as Node | null) ?? 0);
  const found = locate(doc, path);
  if (!found) return undefined;
  const value = found.value;
  const scalarWithText = isScalar(value) && value.range && value.range[1] > value.range[0];
  if (scalarWithText || !found.key) return at(nodeStart(value) ?? nodeStart(found.key));
  return at(nodeStart(found.key));
}

/** The position of the key itself (for "unknown field" problems). */
export function keyPositionIn(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: Path): Position | undefined {
  if (!parsed.doc) return undefined;
  const found = locate(parsed.doc, path);
  const offset = nodeStart(found?.key);
  if (offset === undefined) return positionIn(parsed, path);
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}

/** Nearest existing position walking up the path: a missing field is reported at its parent. */
export function nearestPosition(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: Path): Position {
  for (let n = path.length; n >= 0; n--) {
    const pos = positionIn(parsed, path.slice(0, n));
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
}

/** A problem at a path; `onKey` points at the key (a misnamed map key) rather than its value. */
export function problem(parsed: ParsedYaml, path: Path, message: string, fix: string, onKey = false): Problem {
  const pos = onKey ? keyPositionIn(parsed, path) : undefined;
  return { path, ...(pos ?? nearestPosition(parsed, path)), message, fix };
}

// The yaml package's codes, said the way a user can act on them.
const SYNTAX_FIXES: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'check the indentation and that every [ or { is closed',
  BLOCK_AS_IMPLICIT_KEY: 'check the indentation: a nested key must be indented under a key that ends with ":"',
  MULTILINE_IMPLICIT_KEY: 'check the indentation, and quote values that contain ": "',
  MISSING_CHAR: 'close the quote or bracket opened here',
  UNEXPECTED_TOKEN: 'check the syntax near this point; quote values that contain ":", "#", "{" or "["',
  BAD_ALIAS: 'define the anchor (&name) before using it (*name)',
};

function syntaxProblems(doc: Document.Parsed, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') continue; // reported by duplicateKeys() with both lines
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0].replace(/\.$/, '');
    problems.push({
      path: [],
      line,
      column: col,
      message: `YAML syntax error: ${message}`,
      fix: SYNTAX_FIXES[error.code] ?? 'fix the YAML syntax at this point',
    });
  }
  return problems;
}

/** Every key written twice in the same mapping, with the line of the first one. */
function duplicateKeys(doc: Document.Parsed, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: Path): void => {
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const name = keyText(pair.key);
        const offset = nodeStart(pair.key as Node) ?? 0;
        const first = seen.get(name);
        if (first === undefined) {
          seen.set(name, offset);
          visit(pair.value, [...path, name]);
          continue;
        }
        const { line, col } = lineCounter.linePos(offset);
        const firstLine = lineCounter.linePos(first).line;
        problems.push({
          path: [...path, name],
          line,
          column: col,
          message: `${formatPath([...path, name])} is written twice (first on line ${firstLine}); YAML would silently keep only the last one`,
          fix: `keep one '${name}:' and remove the other`,
        });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    }
  };
  visit(doc.contents, []);
  return problems;
}

/**
 * The first alias (*name) with no anchor (&name) before it, or inside the node its anchor names
 * (a cycle: `a: &x [*x]`, which would never end expanding). Walks the tree as written, never
 * following aliases, so it ends on any input.
 */
function badAlias(doc: Document.Parsed): { alias: Alias; cycle: boolean } | undefined {
  const anchors = new Map<string, 'open' | 'done'>();
  const walk = (node: unknown): { alias: Alias; cycle: boolean } | undefined => {
    if (isAlias(node)) {
      const state = anchors.get(node.source);
      return state === 'done' ? undefined : { alias: node, cycle: state === 'open' };
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, 'open');
    let found: { alias: Alias; cycle: boolean } | undefined;
    if (isMap(node)) {
      for (const pair of node.items) found ??= walk(pair.key) ?? walk(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) found ??= walk(item);
    }
    if (anchor) anchors.set(anchor, 'done');
    return found;
  };
  return walk(doc.contents);
}

const kindOf = (node: unknown): string =>
  isSeq(node) ? 'a list' : isScalar(node) ? `the value ${JSON.stringify(node.value)}` : 'something else';

/**
 * Parses one YAML document whose root is a mapping. `what` names the file for messages
 * ("manifest", "policy").
 */
export function parseYaml(text: string, what: string, schema: JsonSchema): ParsedYaml {
  const lineCounter = new LineCounter();
  const empty = (message: string, fix: string, pos: Position = { line: 1, column: 1 }): ParsedYaml => ({
    doc: null,
    lineCounter,
    data: null,
    problems: [{ path: [], ...pos, message, fix }],
  });
  const docs = parseAllDocuments(text, {
    version: '1.2',
    schema: 'core',
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  // parseAllDocuments returns an EmptyStream (an array with no documents) for a blank file.
  const list = Array.from(docs as Iterable<Document.Parsed>);
  if (list.length === 0 || (list.length === 1 && list[0].contents === null && list[0].errors.length === 0)) {
    return empty(
      `the ${what} is empty`,
      `write the ${what} as YAML, starting with "apiVersion: model-release-gate/v1"`,
    );
  }
  if (list.length > 1) {
    const second = list[1];
    const { line, col } = lineCounter.linePos(second.range[0]);
    return empty(
      `the ${what} holds ${list.length} YAML documents (separated by "---"); it must hold one`,
      `keep one document: one ${what} per file`,
      { line, column: col },
    );
  }
  const doc = list[0];
  const problems = [...syntaxProblems(doc, lineCounter), ...duplicateKeys(doc, lineCounter)];
  const parsed: ParsedYaml = { doc, lineCounter, data: null, problems };
  if (problems.length > 0) return parsed;

  if (!isMap(doc.contents)) {
    const pos = positionIn(parsed, []) ?? { line: 1, column: 1 };
    problems.push({
      path: [],
      ...pos,
      message: `the ${what} must be a YAML mapping of "key: value" lines at the top level; found ${kindOf(doc.contents)}`,
      fix: `start the ${what} with "apiVersion: model-release-gate/v1" and write its fields as "key: value" lines`,
    });
    return parsed;
  }

  const bad = badAlias(doc);
  if (bad) {
    const name = bad.alias.source;
    const { line, col } = lineCounter.linePos(bad.alias.range?.[0] ?? 0);
    problems.push({
      path: [],
      line,
      column: col,
      message: bad.cycle
        ? `the alias *${name} is inside the value anchored as &${name}, so it would repeat itself forever`
        : `the alias *${name} refers to no anchor &${name} defined before it`,
      fix: bad.cycle
        ? 'write the value out instead of referring to itself'
        : `define "&${name}" before this line, or write the value out`,
    });
    return parsed;
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message;
    const bomb = /excessive alias count/i.test(message);
    problems.push({
      path: [],
      line: 1,
      column: 1,
      message: bomb
        ? `the ${what} expands YAML aliases (*name) more than ${MAX_ALIAS_COUNT} times; refusing to read it (a file built like this can exhaust memory)`
        : `the ${what} cannot be read: ${message}`,
      fix: bomb
        ? 'write the values out instead of nesting aliases'
        : 'define every anchor (&name) before its alias (*name)',
    });
    return parsed;
  }
  parsed.data = keepNumberText(doc, data, schema, schema, doc.contents) as Record<string, unknown>;
  return parsed;
}

/** The sub-schema that applies at one level down (properties, additionalProperties or items). */
export function childSchema(
  root: JsonSchema,
  schema: JsonSchema | undefined,
  seg: string | number,
): JsonSchema | undefined {
  const s = resolveRef(root, schema);
  if (!s) return undefined;
  if (typeof seg === 'number') return resolveRef(root, s.items as JsonSchema | undefined);
  const props = s.properties as Record<string, JsonSchema> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, seg)) return resolveRef(root, props[seg]);
  const extra = s.additionalProperties;
  return typeof extra === 'object' && extra !== null ? resolveRef(root, extra as JsonSchema) : undefined;
}

export function schemaAt(root: JsonSchema, path: Path): JsonSchema | undefined {
  let s: JsonSchema | undefined = root;
  for (const seg of path) s = childSchema(root, s, seg);
  return resolveRef(root, s);
}

function resolveRef(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace(/^#\/definitions\//, '');
  return (root.definitions as Record<string, JsonSchema>)[name];
}

/** Numbers written where the schema wants text become the text as written: 3.10 stays "3.10". */
function keepNumberText(
  doc: Document,
  value: unknown,
  root: JsonSchema,
  schema: JsonSchema | undefined,
  node: unknown,
): unknown {
  const s = resolveRef(root, schema);
  const n = deref(doc, node) as ParsedNode | undefined;
  if (typeof value === 'number' && s?.type === 'string' && isScalar(n) && n.type === 'PLAIN' && n.source) {
    return n.source;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) =>
      keepNumberText(doc, item, root, childSchema(root, s, i), isSeq(n) ? n.items[i] : undefined),
    );
  }
  if (value && typeof value === 'object') {
    const nodes = new Map<string, unknown>();
    if (isMap(n)) for (const pair of n.items) nodes.set(keyText(pair.key), pair.value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = keepNumberText(doc, v, root, childSchema(root, s, k), nodes.get(k));
      // defineProperty: a key named "__proto__" stays a plain (and then rejected) field.
      Object.defineProperty(out, k, { value: kept, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
