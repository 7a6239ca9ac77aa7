import type { TestProject } from 'vitest/node'

import { findChromium, freePort, productionEnvironment, runCommand, startServer } from './server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    chromiumPath: string
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
  return server.stop
}
