/**
 * Jest in ESM mode with ts-jest; run through `npm test` (which sets --experimental-vm-modules).
 * globalSetup builds dist/ first: the end-to-end tests run the bundle of the sources under test.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/__tests__/global-setup.mjs',
};
