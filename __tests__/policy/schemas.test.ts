import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { AJV_OPTIONS, DATE_PATTERN, MANIFEST_SCHEMA, POLICY_SCHEMA, schemasDigest } from '../../src/policy/schemas.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const REGENERATE = 'stale: run `node scripts/write-schemas.mjs` and commit the result';

describe('derived schema files stay in sync with src/policy/schemas.ts', () => {
  it.each([
    ['schemas/manifest.schema.json', MANIFEST_SCHEMA],
    ['schemas/policy.schema.json', POLICY_SCHEMA],
  ])('%s equals the schema the gate validates with', (path, schema) => {
    const onDisk: unknown = JSON.parse(read(path));
    if (JSON.stringify(onDisk) !== JSON.stringify(schema)) throw new Error(`${path} is ${REGENERATE}`);
  });

  it('the precompiled validators were generated from these schemas and this ajv', () => {
    const ajvVersion = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;
    const header = /^\/\/ schemas-digest: ([0-9a-f]{64})$/m.exec(read('src/policy/validators.generated.ts'));
    if (header?.[1] !== schemasDigest(ajvVersion))
      throw new Error(`src/policy/validators.generated.ts is ${REGENERATE}`);
  });

  it('the schemas compile in ajv strict mode (what editors and the generator load)', () => {
    const ajv = new Ajv({ ...AJV_OPTIONS });
    ajv.addFormat('date', new RegExp(DATE_PATTERN));
    expect(() => ajv.compile(MANIFEST_SCHEMA)).not.toThrow();
    expect(() => ajv.compile(POLICY_SCHEMA)).not.toThrow();
  });
});
