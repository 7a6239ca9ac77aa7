import { spawn } from 'node:child_process'
import readline from 'node:readline'

import { root } from '../../scripts/production-server'

import type { LimitKeys, LimitName, LimitRefusal } from '@/limits'

export type LimitProcess = {
  pid: number
  take(name: LimitName, keys: LimitKeys): Promise<LimitRefusal | null>
  stop(): Promise<void>
}

/**
 * Starts tests/helpers/limit-process.ts: another server process, with Payload on its own, on the
 * database and Redis that `env` names. Resolves once Payload runs in it.
 */
export async function startLimitProcess(env: Record<string, string | undefined>): Promise<LimitProcess> {
  const child = spawn(`${root}/node_modules/.bin/tsx`, ['--import', './scripts/preload-lexical.mjs', 'tests/helpers/limit-process.ts'], {
    cwd: root,
    env: { ...process.env, PAYLOAD_JOBS_AUTORUN: 'false', NODE_OPTIONS: '--no-deprecation', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let errors = ''
  child.stderr.on('data', (chunk) => (errors += chunk))
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (): Promise<Record<string, unknown>> => {
    for (;;) {
      const { value, done } = await lines.next()
      if (done) throw new Error(`The limit process stopped:\n${errors.slice(-4000)}`)
      if (value.startsWith('limit ')) return JSON.parse(value.slice('limit '.length))
    }
  }
  const ready = await next()
  return {
    pid: Number(ready.ready),
    async take(name, keys) {
      child.stdin.write(`${JSON.stringify({ name, keys })}\n`)
      const answer = await next()
      if (answer.error) throw new Error(String(answer.error))
      return answer.refused as LimitRefusal | null
    },
    async stop() {
      if (child.exitCode !== null) return
      child.stdin.end()
      await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
