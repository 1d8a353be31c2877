// Jest compiles TypeScript with SWC (legacy decorators + metadata for TypeGraphQL) and
// also transforms the ESM-only packages we use (jose).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/../web/e2e"], // browser tests live with the web app and share the test hub
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.(t|j)s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  transformIgnorePatterns: ["/node_modules/(?!(jose)/)"],
  setupFiles: ["reflect-metadata"], // TypeGraphQL decorators need it before any schema class loads
  testTimeout: 60_000,
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/test/support/summaryReporter.js"],
};
