import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node
    // refuses: let vite load it (test/shard/workflow-schema.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
