import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

describe('npm run seed', () => {
  it('writes the demo content into a brand-new embedded database, migrating it first', async () => {
    const database = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-seed-')), 'fresh.db')
    const { stdout } = await run(path.join(root, 'node_modules/.bin/tsx'), ['--import', './scripts/preload-lexical.mjs', 'scripts/seed.ts'], {
      cwd: root,
      env: { ...process.env, DATABASE_URI: `file:${database}`, NODE_OPTIONS: '--no-deprecation' },
      timeout: 240_000,
    })
    expect(stdout).toContain('Demo content written.')
    expect(stdout).toContain('student@example.org')
    expect(stdout).toContain('waiting@example.org')
  }, 300_000)
})
