import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/production-server'
import { startLimitProcess, type LimitProcess } from '../helpers/limit-processes'
import { startRedis } from '../helpers/redis'

const freshDatabase = () => `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pcn-limits-')), 'platform.db')}`

/**
 * `npm start` runs one server process per core, and a deployment may run several servers: a
 * limit must hold whichever process answers. Each process here starts Payload on its own.
 */
describe('limits are counted once for every server process', () => {
  const running: LimitProcess[] = []
  const stops: (() => Promise<void>)[] = []
  afterAll(async () => {
    await Promise.all(running.map((process) => process.stop()))
    for (const stop of stops) await stop()
  })
  const start = async (env: Record<string, string | undefined>) => {
    const started = await startLimitProcess(env)
    running.push(started)
    return started
  }

  /** Takes the contact limit (10 an hour per address) alternately in each process until refused. */
  async function takeUntilRefused(processes: LimitProcess[], address: string) {
    for (let taken = 0; taken < 30; taken += 1) {
      const refused = await processes[taken % processes.length].take('contact', { address })
      if (refused) return { taken, refused, by: taken % processes.length }
    }
    return { taken: 30, refused: null, by: -1 }
  }

  // Each process compiles the app and starts Payload: slow on a busy machine.
  const slow = { timeout: 240_000 }

  it('on one SQLite database, a limit counted in one process holds in the other', slow, async () => {
    const database = freshDatabase()
    const first = await start({ DATABASE_URI: database, REDIS_URL: '' })
    const second = await start({ DATABASE_URI: database, REDIS_URL: '' })
    expect(first.pid).not.toBe(second.pid)
    const { taken, refused } = await takeUntilRefused([first, second], '203.0.113.20')
    expect(taken).toBe(10)
    expect(refused?.message).toMatch(/^Too many messages from your connection\. Please try again in \d+ minutes\.$/)
    // Each process refuses now, whichever the next request reaches.
    expect(await first.take('contact', { address: '203.0.113.20' })).not.toBeNull()
    expect(await second.take('contact', { address: '203.0.113.20' })).not.toBeNull()
    // Other addresses are untouched.
    expect(await second.take('contact', { address: '203.0.113.21' })).toBeNull()
  })

  it('with REDIS_URL, the count is in Redis and holds across servers on different databases', slow, async () => {
    const redis = await startRedis()
    stops.push(redis.stop)
    const [first, second] = await Promise.all([
      start({ DATABASE_URI: freshDatabase(), REDIS_URL: redis.url }),
      start({ DATABASE_URI: freshDatabase(), REDIS_URL: redis.url }),
    ])
    const { taken } = await takeUntilRefused([first, second], '203.0.113.30')
    expect(taken).toBe(10)
    // Three confirmation emails an hour to one inbox, from any connection and any server.
    expect(await first.take('contact', { email: 'someone@example.test' })).toBeNull()
    expect(await second.take('contact', { email: 'Someone@Example.test' })).toBeNull()
    expect(await first.take('contact', { email: 'someone@example.test ' })).toBeNull()
    expect((await second.take('contact', { email: 'someone@example.test' }))?.message).toMatch(/enough emails to this address/)
  })

  it('keeps counting, in each process, while Redis cannot be reached', slow, async () => {
    const unreachable = `redis://127.0.0.1:${await freePort()}`
    const alone = await start({ DATABASE_URI: freshDatabase(), REDIS_URL: unreachable })
    const { taken, refused } = await takeUntilRefused([alone], '203.0.113.40')
    expect(taken).toBe(10)
    expect(refused).not.toBeNull()
  })
})
