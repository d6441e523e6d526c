// Jest's transformer for the TypeScript sources and tests: esbuild strips the types (as the build does),
// with a source map so that failures point at TypeScript lines. It does not type-check: that is
// `npm run typecheck`. ts-jest did the same job several times slower, which a fresh clone (no transform
// cache) paid on every file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync, version } from 'esbuild';

const tsconfig = readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8');

export default {
  canInstrument: false,
  getCacheKey(source, path) {
    return createHash('sha256').update(version).update(tsconfig).update(path).update('\0').update(source).digest('hex');
  },
  process(source, path) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      sourcefile: path,
      sourcemap: 'external',
      tsconfigRaw: tsconfig,
    });
    return { code, map };
  },
};
