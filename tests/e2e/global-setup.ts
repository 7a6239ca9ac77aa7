import type { TestProject } from 'vitest/node'

import { findChromium, freePort, productionEnvironment, runCommand, startServer } from '../../scripts/production-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromiumPath: string
    /** What a command-line script needs to work on the server's database and cache. */
    serverEnv: { DATABASE_URI: string; PAYLOAD_SECRET: string; NEXT_DIST_DIR: string }
  }
}

/**
 * Builds the production site and starts it on a fresh temporary database seeded with the demo
 * content, as `npm run build && npm start` does on a new checkout.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium()
  const env = productionEnvironment()
  await runCommand('npm', ['run', 'build', '--silent'], env, 'Production build')
  const server = await startServer(env, await freePort())
  project.provide('baseURL', server.url)
  project.provide('chromiumPath', chromiumPath)
  project.provide('serverEnv', {
    DATABASE_URI: env.DATABASE_URI!,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET!,
    NEXT_DIST_DIR: env.NEXT_DIST_DIR!,
  })
  return server.stop
}
