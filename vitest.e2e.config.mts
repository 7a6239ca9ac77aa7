import { defineConfig } from 'vitest/config'

import { alias } from './vitest.shared.mts'

export default defineConfig({
  resolve: { alias },
  test: {
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One production server and one browser at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
