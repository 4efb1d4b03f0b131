/**
 * `npm test` runs every suite that is green on main. The acceptance suites
 * (real terraform against the emulator) and the emulated-IAM suite are still
 * being finished; run them with `npm run test:acceptance`. Each one joins the
 * default run as soon as it passes: delete its pattern from IN_PROGRESS.
 * @type {import('jest').Config}
 */
const IN_PROGRESS = ['/test/acceptance/(p0|cloudflare|northflank|qtangl|avisi|aws-iam)\\.test\\.ts$'];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/constructs'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/cdktf.out/', ...(process.env.CLOUDBRIDGE_ACCEPTANCE ? [] : IN_PROGRESS)],
  maxWorkers: 2,
  testTimeout: 120000,
};
