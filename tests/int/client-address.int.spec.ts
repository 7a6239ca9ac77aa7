import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitContactMessage } from '@/contact/submit'
import { addressKey, clientAddress, pinClientAddress, resolveClientAddress, trustedProxies } from '@/limits/client-address.mjs'
import { answerDirectly } from '@/server/direct-api.mjs'

import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

/** A request as Node's server hands it over: the connection's address and the headers. */
const request = (socketAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socketAddress }, connection: { remoteAddress: socketAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as http.IncomingMessage

describe('the client’s address', () => {
  it('is the connection’s when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(resolveClientAddress(request('203.0.113.7', '198.51.100.1'), trustedProxies(undefined))).toBe('203.0.113.7')
    expect(resolveClientAddress(request('203.0.113.7', '198.51.100.1, 192.0.2.9'), trustedProxies(''))).toBe('203.0.113.7')
  })

  it('is the connection’s when X-Forwarded-For is empty or absent, even behind a trusted proxy', () => {
    expect(resolveClientAddress(request('10.0.0.2', ''), trustedProxies('1'))).toBe('10.0.0.2')
    expect(resolveClientAddress(request('10.0.0.2'), trustedProxies('1'))).toBe('10.0.0.2')
  })

  it('is the one the load balancer reports with TRUST_PROXY=1, not what the client prepended', () => {
    // The client sent "X-Forwarded-For: 198.51.100.1"; the load balancer (10.0.0.2) appended the real address.
    expect(resolveClientAddress(request('10.0.0.2', '198.51.100.1, 203.0.113.7'), trustedProxies('1'))).toBe('203.0.113.7')
  })

  it('is read through the listed proxies only', () => {
    const trust = trustedProxies('loopback, 10.0.0.0/8')
    expect(resolveClientAddress(request('127.0.0.1', '198.51.100.1, 203.0.113.7, 10.1.2.3'), trust)).toBe('203.0.113.7')
    // From an address not on the list, the header is ignored.
    expect(resolveClientAddress(request('192.0.2.50', '203.0.113.7'), trust)).toBe('192.0.2.50')
  })

  it('refuses a TRUST_PROXY it cannot read, rather than trusting nobody or everybody', () => {
    expect(() => trustedProxies('true')).toThrow(/every client choose its address/)
    expect(() => trustedProxies('not-an-address')).toThrow(/TRUST_PROXY is not a hop count or a list of addresses/)
  })

  it('is pinned for everything after the server: one X-Forwarded-For, no X-Real-IP', () => {
    const req = request('::ffff:203.0.113.7', '198.51.100.1')
    req.headers['x-real-ip'] = '198.51.100.2'
    pinClientAddress(req, trustedProxies(undefined))
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.7')
    expect(req.headers['x-real-ip']).toBeUndefined()
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
  })

  it('counts an IPv6 client per /64, which it can choose addresses in freely', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7')
  })
})

/**
 * The contact form's API behind the production server's front (scripts/start.mjs: pin the
 * address, then answer the direct route), as a visitor who rewrites X-Forwarded-For on every
 * submission to reset the hourly limit would reach it.
 */
describe('the contact form’s hourly limit', () => {
  let payload: Payload
  let server: http.Server
  let url: string

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '3' })
    const trust = trustedProxies(undefined)
    server = http.createServer((req, res) => {
      pinClientAddress(req, trust)
      void answerDirectly(req, res).then((answered) => {
        if (!answered) res.writeHead(404).end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/contact-messages/submit`
  })
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    await stopTestPayload(payload)
  })

  const submit = (forwardedFor: string | undefined, index: number) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor }) },
      body: JSON.stringify({ name: 'Sam', email: `sam-${index}@example.test`, topic: 'general', message: 'A message long enough to be sent.' }),
    })

  it('is not reset by a forged or empty X-Forwarded-For', async () => {
    const statuses: number[] = []
    const claims = ['198.51.100.1', '198.51.100.2', '', '198.51.100.3, 198.51.100.4', undefined, '']
    for (const [index, claim] of claims.entries()) statuses.push((await submit(claim, index)).status)
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
  })

  it('mails one inbox only a few confirmations an hour, from however many connections', async () => {
    const input = { name: 'Sam', email: 'Victim@Example.test', topic: 'general', message: 'A message long enough to be sent.' }
    const results = []
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) results.push(await submitContactMessage(payload, { ...input, email: address === '192.0.2.2' ? ' victim@example.test' : input.email }, { address }))
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false])
    expect(results[3]).toMatchObject({ status: 429, errors: { form: expect.stringMatching(/^We have sent enough emails to this address for now\./) } })
  })
})
