import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startMailbox } from '../helpers/smtp'

import { findChromium, freePort, productionEnvironment, runCommand, startServer } from '../../scripts/production-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromiumPath: string
    /** Where the test mail server saves what the site sends. */
    mailDir: string
    /** What a command-line script needs to work on the server's database and cache. */
    serverEnv: { DATABASE_URI: string; PAYLOAD_SECRET: string; NEXT_DIST_DIR: string; INTERNAL_SERVER_URL: string }
  }
}

/**
 * Builds the production site and starts it on a fresh temporary database seeded with the demo
 * content, as `npm run build && npm start` does on a new checkout.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium()
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-mail-'))
  const mailbox = await startMailbox({ saveTo: mailDir })
  const port = await freePort()
  const env = productionEnvironment({ SMTP_URL: mailbox.url, SERVER_URL: `http://127.0.0.1:${port}` })
  await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
  const server = await startServer(env, port)
  project.provide('baseURL', server.url)
  project.provide('chromiumPath', chromiumPath)
  project.provide('mailDir', mailDir)
  project.provide('serverEnv', {
    DATABASE_URI: env.DATABASE_URI!,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET!,
    NEXT_DIST_DIR: env.NEXT_DIST_DIR!,
    // Where a script refreshes the running site's cached pages (POST /api/revalidate-pages).
    INTERNAL_SERVER_URL: server.url,
  })
  return async () => {
    await server.stop()
    await mailbox.close()
  }
}
