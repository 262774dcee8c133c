// Jest runs in ESM mode because NestJS 12 ships ESM only; swc compiles TypeScript with decorator
// metadata so Nest's DI sees constructor parameter types.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  // `#crm/<lib>` and `#test/<file>` come from package.json `imports`: the `crm-source` condition
  // gives the TypeScript sources (Node, without it, gets dist/). Relative `.js` specifiers name
  // the `.ts` file beside them.
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'crm-source'] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/projections', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testSequencer: '<rootDir>/test/support/test-sequencer.js',
  testTimeout: 60000,
  // Three on two cores: a worker waiting on PostgreSQL, Redis, a browser or a child process leaves its core idle.
  maxWorkers: 3,
};
