import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { describe, expect, inject, it } from 'vitest'

import { baseURL } from './browser'
import { root } from '../../scripts/production-server'

const run = promisify(execFile)

/** The page's HTML without React's text separators, so "Version 2" reads as one string. */
const pageText = async (path: string) => (await (await fetch(`${baseURL()}${path}`)).text()).replace(/<!-- -->/g, '')

describe('an admin imports a policy version from the command line', () => {
  it('shows the imported version on the running site straight away', async () => {
    const before = await pageText('/policies/roles-and-responsibilities')
    expect(before).toContain('Version 1 · Last updated')

    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'policies:import',
        '--',
        'tests/fixtures/sample-policy.md',
        '--slug',
        'roles-and-responsibilities',
        '--publish',
        '--summary',
        'Imported from Markdown.',
      ],
      { cwd: root, env: { ...process.env, ...inject('serverEnv') }, timeout: 90_000 },
    )
    expect(stdout).toContain('published as version 2')

    // The script asked the running site to refresh the page; every later visit shows the new version.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const html = await pageText('/policies/roles-and-responsibilities')
      expect(html).toContain('Version 2 · Last updated')
      expect(html).toContain('Say what you need')
    }
  })
})
