/**
 * Jest in ESM mode with ts-jest; run through `npm test` (which sets --experimental-vm-modules).
 * globalSetup builds dist/ first (unless its sources and bundles are unchanged since its last build):
 * the end-to-end tests run the bundle of the sources under test.
 */
import { availableParallelism } from 'node:os';

export default {
  testEnvironment: '<rootDir>/__tests__/environment.mjs',
  // At least two workers (jest's default is one on a two-core machine): the end-to-end files mostly wait
  // on git, the fake GitHub and GitHub's write spacing, which a second worker overlaps with the unit tests.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
};
