// One jest run over every package: ESM TypeScript through ts-jest, a real Neo4j from global setup.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts'],
  moduleNameMapper: {
    '^@kg/(extractor|eval|graph|viewer)$': '<rootDir>/packages/$1/src/index.ts',
    '^@kg/extractor/names$': '<rootDir>/packages/extractor/src/names.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
  // Each suite loads the extractor (and compromise's lexicon) into a fresh module registry, and a worker's heap
  // grows suite by suite until V8's limit ("Jest worker ran out of memory"); a worker past this much after a
  // suite is replaced by a fresh one.
  workerIdleMemoryLimit: '1.5GB',
  reporters: ['default', '<rootDir>/test/summary-reporter.mjs'],
};
