// The source tree's imports form no circle: shared vocabulary (src/types.ts, src/context.ts) sits on the
// ground floor and every module takes from below it. A circle here means a type or constant was taken
// from a higher floor; move it down instead of importing upward.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative imports and re-exports of one file (type-only ones included: they are dependencies too). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g))
    out.push(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
  for (const m of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g))
    out.push(resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
  return out;
}

/** Every circle of the graph, as the strongly connected components with more than one file (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph of src/', () => {
  test('the circle finder sees a circle of three files', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c']]);
  });

  test('the import reader sees type-only imports and re-exports', () => {
    const text = "import type { X } from './engine.js';\nexport { y } from '../y.js';\nimport z from 'node:fs';";
    expect(importsOf('/r/src/rules/a.ts', text)).toEqual(['/r/src/rules/engine.ts', '/r/src/y.ts']);
  });

  test('no module imports, even for types only, from a module that imports it back', () => {
    const graph = new Map<string, string[]>();
    for (const file of sourceFiles(SRC)) graph.set(file, importsOf(file, readFileSync(file, 'utf8')));
    const named = circles(graph).map((c) => c.map((f) => relative(SRC, f)));
    expect(named).toEqual([]);
  });

  test('nothing below the engine imports the engine, src/github/ or an entry point', () => {
    const upper = ['engine.ts', 'engine/', 'github/', 'cli.ts', 'cli/', 'main.ts', 'verify.ts'];
    const taken: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const name = relative(SRC, file);
      if (upper.some((u) => name === u || name.startsWith(u))) continue;
      for (const target of importsOf(file, readFileSync(file, 'utf8'))) {
        const to = relative(SRC, target);
        if (upper.some((u) => to === u || to.startsWith(u))) taken.push(`${name} -> ${to}`);
      }
    }
    expect(taken).toEqual([]);
  });
});
