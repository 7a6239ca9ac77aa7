import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDocumentId, restInputProblem } from '@/server/api-input'

import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

let payload: Payload
let config: SanitizedConfig

beforeAll(async () => {
  payload = await startTestPayload()
  config = payload.config
})
afterAll(() => stopTestPayload(payload))

const check = (method: string, path: string, search = '', idKind: 'number' | 'objectId' = 'number') =>
  restInputProblem(config, { method, path, search, idKind })

describe('what the REST API refuses before Payload sees it', () => {
  it('takes ids of the database’s shape and refuses others, on either database', () => {
    expect(check('GET', '/mentor-profiles/12')).toBeUndefined()
    expect(check('GET', '/mentor-profiles/abc')).toMatchObject({ status: 404 })
    expect(check('PATCH', '/users/1.5')).toMatchObject({ status: 404 })
    expect(check('DELETE', '/policies/1234567890123456789')).toMatchObject({ status: 404 })
    expect(check('GET', '/mentor-profiles/65f1c0ffee0123456789abcd', '', 'objectId')).toBeUndefined()
    expect(check('GET', '/mentor-profiles/12', '', 'objectId')).toMatchObject({ status: 404 })
    expect(isDocumentId('007', 'number')).toBe(true)
    expect(isDocumentId('65f1c0ffee0123456789abcd', 'objectId')).toBe(true)
  })

  it('leaves named endpoints alone: sign-in, the current member, confirmation tokens, custom endpoints', () => {
    expect(check('GET', '/users/me')).toBeUndefined()
    expect(check('POST', '/users/login')).toBeUndefined()
    expect(check('POST', '/users/verify/a-long-token')).toBeUndefined()
    expect(check('POST', '/contact-messages/submit')).toBeUndefined()
    expect(check('GET', '/no-such-collection/abc')).toBeUndefined()
  })

  it('says which collections and globals keep no versions', () => {
    expect(check('GET', '/industries/versions')?.message).toMatch(/Industries keep no past versions/)
    expect(check('GET', '/globals/footer/versions')?.message).toMatch(/keeps no past versions/)
    expect(check('GET', '/policies/versions')).toBeUndefined()
    expect(check('GET', '/policies/versions/abc')).toMatchObject({ status: 404 })
  })

  it('bounds limit, page and depth, and allows an unbounded limit only for bulk writes', () => {
    expect(check('GET', '/organizations', '?limit=100&page=3&depth=2')).toBeUndefined()
    expect(check('GET', '/organizations', '?limit=251')?.message).toMatch(/at most 250/)
    expect(check('GET', '/organizations', '?limit=0')).toMatchObject({ status: 400 })
    expect(check('GET', '/organizations', '?limit=1&limit=2')?.message).toMatch(/given more than once/)
    expect(check('GET', '/organizations', '?page=1234567890123456789012345678901234567890')).toMatchObject({ status: 400 })
    expect(check('GET', '/organizations', '?pagination=false')).toMatchObject({ status: 400 })
    expect(check('DELETE', '/organizations', '?limit=0&where[id][in]=1,2')).toBeUndefined()
  })

  it('refuses operators a field does not support and values of the wrong kind, also inside and/or', () => {
    expect(check('GET', '/organizations', '?where[slug][near]=x')?.message).toMatch(/slug is a text field/)
    expect(check('GET', '/organizations', '?where[kind][all]=company')).toMatchObject({ status: 400 })
    expect(check('GET', '/organizations', '?where[or][0][id][in]=abc')?.message).toMatch(/not an id/)
    expect(check('GET', '/organizations', '?where[logo][like]=x')).toMatchObject({ status: 400 })
    expect(check('GET', '/events', '?where[startsAt][greater_than]=soon')?.message).toMatch(/not a date/)
    expect(check('GET', '/mentor-profiles', '?where[industries][all]=1,2')).toBeUndefined()
    expect(check('GET', '/mentor-profiles', '?where[languages][in]=en,fr')).toBeUndefined()
    expect(check('GET', '/organizations', '?where[ergs.name][like]=pride')).toBeUndefined()
    expect(check('GET', '/organizations', '?where={"slug":{"equals":"x"}}')).toBeUndefined()
    expect(check('GET', '/organizations', '?where={broken')).toMatchObject({ status: 400 })
    expect(check('GET', '/policies/versions', '?where[version.title][near]=x')).toMatchObject({ status: 400 })
  })
})
