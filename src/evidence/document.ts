// Text -> a parsed document plus a way to find the line of any value in it, for JSON and YAML alike.
// The locator is only called when a reader rejects a value, so good files pay nothing for it.

import { LineCounter, parseDocument, isNode } from 'yaml';
import { locateJsonPath, parseLenientJson } from './json.js';
import { EvidenceError, type DocPath } from './result.js';

export interface ParsedDocument {
  value: unknown;
  locate: (at: DocPath) => number | undefined;
}

export type Syntax = 'json' | 'yaml';

/** JSON for .json files, YAML for .yml/.yaml; otherwise JSON when the text starts like JSON. */
export function syntaxOf(path: string, text: string): Syntax {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'yaml';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

/** Parses the text; throws EvidenceError (with the line) when it is not valid JSON or YAML. */
export function parseText(text: string, syntax: Syntax, lineOffset = 0): ParsedDocument {
  return syntax === 'json' ? parseJsonDocument(text) : parseYamlDocument(text, lineOffset);
}

function parseJsonDocument(text: string): ParsedDocument {
  const parsed = parseLenientJson(text);
  if (!parsed.ok) {
    throw new EvidenceError(
      `invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
      undefined,
      parsed.line,
    );
  }
  return { value: parsed.value, locate: (at) => locateJsonPath(text, at) };
}

function parseYamlDocument(text: string, lineOffset: number): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lineCounter.linePos(err.pos[0]);
    const line = pos.line + lineOffset;
    const what = err.message.split('\n')[0];
    throw new EvidenceError(`invalid YAML at line ${line}, column ${pos.col}: ${what}`, undefined, line);
  }
  let value: unknown;
  try {
    // A small alias budget refuses "billion laughs" documents.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new EvidenceError(`the YAML could not be read: ${(err as Error).message}`);
  }
  return {
    value,
    locate: (at) => {
      const node = doc.getIn(at, true);
      if (!isNode(node) || !node.range) return undefined;
      return lineCounter.linePos(node.range[0]).line + lineOffset;
    },
  };
}
