import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@\//, replacement: `${path.join(root, 'src')}/` },
    ],
  },
  test: {
    include: ['tests/int/**/*.int.spec.ts'],
    environment: 'node',
    pool: 'forks',
    setupFiles: ['tests/helpers/setup-env.ts'],
    // On MongoDB every file gets its own database; SQLite files are independent anyway.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
