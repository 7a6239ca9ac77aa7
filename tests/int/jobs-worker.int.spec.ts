import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { createElement } from 'react'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverQueuedEmails, queueEmail } from '@/email/outbox'

import { startMailbox } from '../helpers/smtp'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const root = path.resolve(import.meta.dirname, '../..')

/*
 * With several web instances, the instances only queue (JOBS_WORKER=separate) and one
 * `npm run worker` delivers. This file's Payload plays a web instance; the worker is a real
 * process of its own on the same database.
 */
describe('the jobs worker', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let worker: ChildProcess | undefined
  let workerLog = ''

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url, JOBS_WORKER: 'separate' })
  })
  afterAll(async () => {
    worker?.kill('SIGTERM')
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  it('leaves delivery to the worker in a web instance, and the worker sends each queued email once', async () => {
    const addresses = Array.from({ length: 20 }, (_, index) => `queued-${index}@example.test`)
    for (const to of addresses)
      await queueEmail(payload, { to, subject: 'Queued by a web instance', content: createElement('p', null, 'Hello.'), purpose: 'test' })
    await deliverQueuedEmails(payload)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.received).toHaveLength(0)

    worker = spawn(path.join(root, 'node_modules/.bin/tsx'), ['--import', './scripts/preload-lexical.mjs', 'scripts/worker.ts'], {
      cwd: root,
      env: { ...process.env, SMTP_URL: mailbox.url, JOBS_WORKER: 'separate', NODE_OPTIONS: '--no-deprecation' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    worker.stdout!.on('data', (chunk: Buffer) => (workerLog += chunk.toString()))
    worker.stderr!.on('data', (chunk: Buffer) => (workerLog += chunk.toString()))

    const deadline = Date.now() + 120_000
    while (mailbox.received.length < addresses.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500))
    expect(mailbox.received.length, workerLog).toBe(addresses.length)
    expect(mailbox.received.flatMap((email) => email.to).sort()).toEqual([...addresses].sort())

    // Another scheduled run sends nothing twice.
    await new Promise((resolve) => setTimeout(resolve, 11_000))
    expect(mailbox.received).toHaveLength(addresses.length)
    const { docs } = await payload.find({ collection: 'emails', where: { to: { in: addresses } }, overrideAccess: true, pagination: false, depth: 0 })
    expect(docs.map((email) => email.status)).toEqual(addresses.map(() => 'sent'))
  }, 180_000)
})
