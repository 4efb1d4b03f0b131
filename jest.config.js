/**
 * `npm test` runs every suite, the acceptance suites (real terraform against
 * the emulator) included. Two workers: the machines have two cores, and each
 * acceptance suite runs its terraform commands one after another.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/constructs'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '/cdktf.out/'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  maxWorkers: 2,
  // Generous: an acceptance step drives terraform and hashicorp/aws, which a loaded 2-core machine makes slow.
  testTimeout: 300000,
};
