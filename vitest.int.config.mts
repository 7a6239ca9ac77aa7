import { defineConfig } from 'vitest/config'

import { alias } from './vitest.shared.mts'

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/int/**/*.int.spec.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/int.json' },
    pool: 'forks',
    // Gives every test file a database of its own (SQLite, or MongoDB with TEST_DATABASE_URI).
    setupFiles: ['tests/helpers/setup-env.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
