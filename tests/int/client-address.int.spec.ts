import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerContactSubmission, submitContactMessage } from '@/contact/submit'
import { addressKey, clientAddress, trustedProxies } from '@/limits/client-address.mjs'

import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

/** The headers a request reaches the app with, X-Forwarded-For as the proxies in front wrote it. */
const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { 'X-Forwarded-For': value })

describe('the client’s address', () => {
  it('is the last X-Forwarded-For entry, the one the nearest proxy wrote, whatever the client put before it', () => {
    const noProxyTrusted = trustedProxies(undefined)
    // The shipped nginx overwrites the header: one entry, the connection's address.
    expect(clientAddress(forwardedFor('203.0.113.7'), noProxyTrusted)).toBe('203.0.113.7')
    // A proxy that appends leaves what the client sent to the left of what it saw.
    expect(clientAddress(forwardedFor('198.51.100.1, 192.0.2.9, 203.0.113.7'), noProxyTrusted)).toBe('203.0.113.7')
    expect(clientAddress(forwardedFor('198.51.100.1, 203.0.113.7'), trustedProxies(''))).toBe('203.0.113.7')
  })

  it('walks left past one more proxy with TRUST_PROXY=1, and no further', () => {
    // The load balancer appended the client's address; nginx appended the load balancer's.
    expect(clientAddress(forwardedFor('198.51.100.1, 203.0.113.7, 10.0.0.2'), trustedProxies('1'))).toBe('203.0.113.7')
    expect(clientAddress(forwardedFor('10.0.0.2'), trustedProxies('1'))).toBe('10.0.0.2')
  })

  it('walks left past the listed proxies only', () => {
    const trust = trustedProxies('loopback, 10.0.0.0/8')
    expect(clientAddress(forwardedFor('198.51.100.1, 203.0.113.7, 10.1.2.3, 127.0.0.1'), trust)).toBe('203.0.113.7')
    // An entry no listed proxy wrote ends the walk, even when a listed address appears further left.
    expect(clientAddress(forwardedFor('10.9.9.9, 192.0.2.50'), trust)).toBe('192.0.2.50')
  })

  it('reads TRUST_PROXY itself when not given one, and again when it changes', () => {
    const before = process.env.TRUST_PROXY
    try {
      delete process.env.TRUST_PROXY
      expect(clientAddress(forwardedFor('203.0.113.7, 10.0.0.2'))).toBe('10.0.0.2')
      process.env.TRUST_PROXY = '10.0.0.0/8'
      expect(clientAddress(forwardedFor('203.0.113.7, 10.0.0.2'))).toBe('203.0.113.7')
      delete process.env.TRUST_PROXY
      expect(clientAddress(forwardedFor('203.0.113.7, 10.0.0.2'))).toBe('10.0.0.2')
    } finally {
      if (before === undefined) delete process.env.TRUST_PROXY
      else process.env.TRUST_PROXY = before
    }
  })

  it('refuses a TRUST_PROXY it cannot read, rather than trusting nobody or everybody', () => {
    expect(() => trustedProxies('true')).toThrow(/every client choose its address/)
    expect(() => trustedProxies('not-an-address')).toThrow(/TRUST_PROXY is not a hop count or a list of addresses/)
  })

  it('reads an IPv4 client on a dual-stack socket as IPv4, and a request with no header as unknown', () => {
    expect(clientAddress(forwardedFor('::FFFF:203.0.113.7'), trustedProxies(undefined))).toBe('203.0.113.7')
    expect(clientAddress(forwardedFor(), trustedProxies(undefined))).toBe('unknown')
    expect(clientAddress(forwardedFor(' , '), trustedProxies(undefined))).toBe('unknown')
  })

  it('counts an IPv6 client per /64, which it can choose addresses in freely', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7')
  })
})

/**
 * The contact form's API (the function its Payload endpoint answers with) behind a proxy, as a
 * visitor who rewrites X-Forwarded-For on every submission to reset the hourly limit reaches
 * it: whatever they send stays to the left of the address the proxy saw.
 */
describe('the contact form’s hourly limit', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '3' })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
  })

  /** What the proxy passes on: the visitor's claim, if any, then the address it saw. */
  const submit = async (claim: string | undefined, index: number) => {
    const header = [claim, '203.0.113.99'].filter((part) => part !== undefined).join(', ')
    const body = { name: 'Sam', email: `sam-${index}@example.test`, topic: 'general', message: 'A message long enough to be sent.' }
    return (await answerContactSubmission(payload, body, forwardedFor(header))).status
  }

  it('is not reset by a forged or empty X-Forwarded-For', async () => {
    const statuses: number[] = []
    const claims = ['198.51.100.1', '198.51.100.2', '', '198.51.100.3, 198.51.100.4', undefined, '']
    for (const [index, claim] of claims.entries()) statuses.push(await submit(claim, index))
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
    // Another visitor behind the same proxy is still let through.
    const other = await answerContactSubmission(
      payload,
      { name: 'Kim', email: 'kim@example.test', topic: 'general', message: 'A message long enough to be sent.' },
      forwardedFor('203.0.113.100'),
    )
    expect(other.status).toBe(201)
  })

  it('mails one inbox only a few confirmations an hour, from however many connections', async () => {
    const input = { name: 'Sam', email: 'Victim@Example.test', topic: 'general', message: 'A message long enough to be sent.' }
    const results = []
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'])
      results.push(await submitContactMessage(payload, { ...input, email: address === '192.0.2.2' ? ' victim@example.test' : input.email }, { address }))
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false])
    expect(results[3]).toMatchObject({ status: 429, errors: { form: expect.stringMatching(/^We have sent enough emails to this address for now\./) } })
  })
})
