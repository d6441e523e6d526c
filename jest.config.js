/**
 * Jest in ESM mode, TypeScript stripped by esbuild (__tests__/transform.mjs); run through `npm test` (which sets --experimental-vm-modules).
 * globalSetup builds dist/ first (unless its sources and bundles are unchanged since its last build):
 * the end-to-end tests run the bundle of the sources under test.
 */
import { availableParallelism } from 'node:os';

export default {
  testEnvironment: '<rootDir>/__tests__/environment.mjs',
  // At least three workers (jest's default is one on a two-core machine, cores - 1 elsewhere): the
  // end-to-end files mostly wait (on git, the fake GitHub, the bundle's child processes, timeouts), and a
  // third worker fills those waits on two cores (measured: `npm test` 37-40 s instead of 40-47 s).
  maxWorkers: Math.max(3, availableParallelism() - 1),
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/__tests__/transform.mjs' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
};
