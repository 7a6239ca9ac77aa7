import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { call, signInToken, totalDocs } from './http'

/**
 * A bounded, repeatable fuzz run (fixed seed) over every public page's query parameters and
 * every collection's and global's REST reads and writes, anonymously and as demo members. No
 * answer may be a 5xx, and a refused write must leave no record behind: collections are counted
 * before and after, and the records members tried to change are compared.
 *
 * Writes aim only at ids that do not exist, at malformed ids, or (for the members' own profile
 * and account) at changes that must be refused, so the demo data the other tests read is kept.
 */
const seed = 20261201
const concurrency = 4

type Probe = { method: string; path: string; body?: string; contentType?: string; as: Identity; headers?: Record<string, string> }
type Identity = 'visitor' | 'career-candidate' | 'mentor'
type Outcome = { probe: Probe; status: number; body: string }

const collections = [
  'users',
  'mentor-profiles',
  'industries',
  'skills',
  'organizations',
  'affiliations',
  'index-assessments',
  'media',
  'policies',
  'policy-acceptances',
  'role-guides',
  'events',
  'opportunities',
  'resources',
  'resumes',
  'resume-downloads',
  'mentorship-requests',
  'request-messages',
  'conduct-reports',
  'contact-messages',
  'emails',
]
const globals = ['site-settings', 'navigation', 'footer', 'index-questionnaire']

/** Strings no form sends: numbers out of range, encodings that do not decode, control characters, operators' syntax. */
const nasty = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1.5',
    '1e3',
    'NaN',
    'Infinity',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    'abc',
    '%',
    '%%',
    '%C3%28',
    '%E0%A4%A',
    '%00',
    '%0A',
    '%FF',
    '1234567890123456789012345678901234567890',
    '9007199254740993',
    '000000000000000000000000',
    '65f1c0ffee0123456789abcd',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '\u0000',
    '\uFFFF',
    '\uD800',
    '🏳️‍🌈',
    'a,b,c',
    '1,abc',
    '2026-13-45',
    '2026-09-01',
    'x'.repeat(5_000),
  ),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
)
/** Percent-encodes every byte of a string's UTF-8 (a lone surrogate becomes U+FFFD, as a browser sends it). */
const encode = (value: string) =>
  [...new TextEncoder().encode(value)]
    .map((byte) => (/[\w.~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('')

/** One query value, percent-encoded as a browser would, or raw so that malformed encodings reach the server. */
const queryValue = fc.tuple(nasty, fc.boolean()).map(([value, raw]) => (raw && /^[\x21-\x7e]*$/.test(value) ? value.replace(/[&#]/g, '') : encode(value)))

const pageParameterNames = [
  'q',
  'page',
  'kind',
  'sort',
  'industry',
  'skill',
  'organization',
  'language',
  'include',
  'show',
  'host',
  'format',
  'from',
  'to',
  'after',
  'before',
  'past',
  'workplace',
  'location',
  'company',
  'category',
  'audience',
  'next',
  'role',
  'token',
  'message',
  'subject',
  'sent',
  'failed',
  'verified',
  'signedOut',
]
const queryString = (names: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...names),
          fc.constantFrom('q[]', 'page[0]', 'kind[a]', '__proto__', 'constructor'),
          fc.string({ maxLength: 8 }).map(encodeURIComponent),
        ),
        queryValue,
      ),
      { maxLength: 6 },
    )
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('&'))

const identity = fc.constantFrom<Identity>('visitor', 'career-candidate', 'mentor')
/** Ids that name no record: malformed, or numbers beyond the demo content's (a write must never reach a real record). */
const malformedId = fc
  .oneof(nasty, fc.constantFrom('abc', '999999', '0', '-5', '1.5', '%C3%28', 'x%00', '65f1c0ffee0123456789abcd'))
  .filter((id) => !/^\d+$/.test(id) || id.length > 5)
  .map((id) => (/%[0-9A-F]{2}/i.test(id) ? id : encode(id)))
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
]
const fieldNames = [
  'id',
  'slug',
  'name',
  'title',
  'kind',
  'status',
  'createdAt',
  'updatedAt',
  'user',
  'organization',
  'industries',
  'skills',
  'photo',
  'logo',
  'startsAt',
  'deadline',
  'capacity',
  'paused',
  'roles',
  'email',
  'versionNumber',
  'parent',
  'version.title',
  'ergs.name',
  'nofield',
  'organization.name',
]
const whereClause = fc
  .tuple(fc.constantFrom('', '[or][0]', '[and][0]', '[or][0][and][1]'), fc.constantFrom(...fieldNames), fc.constantFrom(...operators), queryValue)
  .map(([nesting, field, operator, value]) => `where${nesting}[${field}][${operator}]=${value}`)
const listQuery = fc
  .tuple(
    fc.array(whereClause, { maxLength: 3 }),
    fc.array(
      fc.tuple(
        fc.constantFrom('limit', 'page', 'depth', 'sort', 'draft', 'pagination', 'select[title]', 'populate[users]', 'locale', 'joins', 'trash', 'where'),
        queryValue,
      ),
      { maxLength: 3 },
    ),
  )
  .map(([wheres, others]) => [...wheres, ...others.map(([name, value]) => `${name}=${value}`)].join('&'))

/** Bodies: not JSON at all, JSON of the wrong shape, and objects with values of the wrong kind. */
const jsonValue = fc.oneof(
  nasty,
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer(), nasty), { maxLength: 3 }),
  fc.constant({ nested: { deeper: [1, 'two'] } }),
)
const body = fc.oneof(
  fc.constantFrom('', 'not json', '{', '[]', 'null', '"text"', '{"a":', '\u0000', '{"__proto__":{"admin":true}}'),
  fc
    .dictionary(fc.constantFrom(...fieldNames.filter((name) => !name.includes('.')), '_status', 'password', 'message', 'data'), jsonValue, { maxKeys: 4 })
    .map((value) => JSON.stringify(value)),
)

/** GraphQL reads of every global, and of collections with arguments out of range. */
const graphqlArgument = fc.constantFrom('1', '0', '-1', '1e40', '99999999999', '"abc"', 'null', '"%C3%28"', '1.5')
const graphqlQuery = fc.oneof(
  fc.constantFrom(
    '{ SiteSetting { siteName tagline contactEmail } }',
    '{ Navigation { links { label href } } }',
    '{ Footer { links { label href } note } }',
    '{ IndexQuestionnaire { year factors { key title weight questions { key text weight recommendation } } } }',
    '{ meUser { user { id email } } }',
  ),
  fc
    .tuple(fc.constantFrom('MentorProfiles', 'Organizations', 'Policies', 'Events', 'Opportunities', 'Resources', 'Users'), graphqlArgument, graphqlArgument)
    .map(([list, limit, page]) => `{ ${list}(limit: ${limit}, page: ${page}) { docs { id } totalDocs } }`),
  fc
    .tuple(fc.constantFrom('MentorProfile', 'Organization', 'Policy', 'Event', 'Opportunity', 'Resource', 'User'), graphqlArgument)
    .map(([single, id]) => `{ ${single}(id: ${id}) { id } }`),
)

function pageProbes(paths: string[]): fc.Arbitrary<Probe> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), queryString(pageParameterNames), identity)
        .map(([path, query, as]) => ({ method: 'GET', path: `${path}${query ? `?${query}` : ''}`, as })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths), malformedId, identity)
        .map(([path, segment, as]) => ({ method: 'GET', path: `${path === '/' ? '' : path}/${segment}`, as })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('/contact', '/report', '/signup', '/mentors', '/account'), fc.constantFrom('https://evil.example', 'null', 'not a url'), body)
        .map(([path, origin, text]) => ({
          method: 'POST',
          path,
          body: text,
          contentType: 'text/plain;charset=UTF-8',
          as: 'visitor' as Identity,
          headers: { Origin: origin, 'Next-Action': '00'.repeat(21) },
        })),
    },
  )
}

const restProbes: fc.Arbitrary<Probe> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...collections), listQuery, identity)
      .map(([slug, query, as]) => ({ method: 'GET', path: `/api/${slug}?${query}`, as })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...collections), fc.constantFrom('versions', 'count'), listQuery, identity)
      .map(([slug, sub, query, as]) => ({ method: 'GET', path: `/api/${slug}/${sub}?${query}`, as })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...collections), malformedId, fc.constantFrom('', '/duplicate', '/versions'), identity)
      .map(([slug, id, sub, as]) => ({ method: 'GET', path: sub === '/versions' ? `/api/${slug}/versions/${id}` : `/api/${slug}/${id}${sub}`, as })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...globals),
        fc.constantFrom('', '/versions', '/versions/abc', '/versions/1', '/access'),
        queryString(['depth', 'draft', 'locale']),
        identity,
      )
      .map(([slug, sub, query, as]) => ({ method: 'GET', path: `/api/globals/${slug}${sub}?${query}`, as })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('media', 'resumes', 'resources'), malformedId, fc.constantFrom('.png', '.pdf', '', '%00.png'), identity)
      .map(([slug, name, ext, as]) => ({ method: 'GET', path: `/api/${slug}/file/${name}${ext}`, as })),
  },
  // Writes: creating with bodies of the wrong shape, changing or deleting what does not exist.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...collections.filter((slug) => slug !== 'users')), body, identity)
      .map(([slug, text, as]) => ({ method: 'POST', path: `/api/${slug}`, body: text, contentType: 'application/json', as })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...collections), malformedId, fc.constantFrom('PATCH', 'PUT', 'DELETE'), body, identity)
      .map(([slug, id, method, text, as]) => ({ method, path: `/api/${slug}/${id}`, body: text, contentType: 'application/json', as })),
  },
  // Bulk writes: the fuzzed clause is joined to an id that does not exist, so they match nothing.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...collections), fc.constantFrom('PATCH', 'DELETE'), whereClause, body, identity)
      .map(([slug, method, where, text, as]) => ({
        method,
        path: `/api/${slug}?where[and][0][id][equals]=999999&${where.replace(/^where/, 'where[and][1]')}`,
        body: text,
        contentType: 'application/json',
        as,
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...globals), body, identity)
      .map(([slug, text, as]) => ({ method: 'POST', path: `/api/globals/${slug}`, body: text, contentType: 'application/json', as })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(body, fc.constantFrom('application/json', 'text/plain', 'application/graphql'), identity)
      .map(([text, contentType, as]) => ({ method: 'POST', path: '/api/graphql', body: text, contentType, as })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(graphqlQuery, identity)
      .map(([query, as]) => ({ method: 'POST', path: '/api/graphql', body: JSON.stringify({ query }), contentType: 'application/json', as })),
  },
)

/**
 * Changes to a member's own profile and account that must be refused: at least one value each
 * record refuses (a link to a record that does not exist, a value of the wrong kind or length),
 * with others that may be refused or ignored.
 */
const refusedChange = (refused: [string, unknown][], extras: [string, unknown][]) =>
  fc
    .tuple(fc.constantFrom(...refused), fc.uniqueArray(fc.constantFrom(...extras), { maxLength: 2, selector: ([name]) => name }))
    .map(([one, more]) => JSON.stringify(Object.fromEntries([...more, one])))
const refusedProfileChange = refusedChange(
  [
    ['industries', [999_999]],
    ['skills', [999_999, 999_998]],
    ['headline', 'x'.repeat(5_000)],
    ['industries', 'abc'],
  ],
  [
    ['kind', 'wizard'],
    ['capacity', 'many'],
    ['languages', ['xx-not-a-language']],
    ['timeZone', 'Mars/Olympus_Mons'],
    // The photo is the platform's to set (from /account/profile): ignored when a member sends it.
    ['photo', 999_999],
    ['bio', 'not rich text'],
    ['headline', 'Half written'],
  ],
)
const refusedAccountChange = refusedChange(
  [
    ['chosenName', 'x'.repeat(5_000)],
    ['pronouns', 'x'.repeat(5_000)],
    ['chosenName', ''],
    ['chosenName', { first: 'A' }],
  ],
  [
    ['roles', ['admin']],
    ['organization', 999_999],
    ['pausedUntil', 'soon'],
    ['involvementPaused', 'maybe'],
    ['chosenName', 'Half written'],
  ],
)

async function send(probe: Probe, tokens: Record<Identity, string | undefined>): Promise<Outcome> {
  const headers: Record<string, string> = { ...probe.headers }
  if (probe.contentType) headers['Content-Type'] = probe.contentType
  try {
    const response = await call(probe.path, { method: probe.method, body: probe.body, headers, token: tokens[probe.as] })
    const text = await response.text()
    // GraphQL answers 200 and reports a server error inside the body.
    const status = probe.path === '/api/graphql' && /"statusCode":5\d\d/.test(text) ? 599 : response.status
    return { probe, status, body: text.slice(0, 300) }
  } catch (error) {
    // fetch refuses some addresses itself (nothing was sent): not the server's answer.
    return { probe, status: 0, body: String(error) }
  }
}

async function sendAll(probes: Probe[], tokens: Record<Identity, string | undefined>): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) outcomes.push(await send(probes[next++], tokens))
    }),
  )
  return outcomes
}

describe('fuzzing the public pages and the REST API', () => {
  it('never answers with a 5xx and never keeps part of a refused write', { timeout: 300_000 }, async () => {
    const started = Date.now()
    const adminToken = await signInToken('admin')
    const tokens: Record<Identity, string | undefined> = {
      visitor: undefined,
      'career-candidate': await signInToken('career-candidate'),
      mentor: await signInToken('mentor'),
    }

    // Real addresses for the pages with a slug, from the demo content.
    const firstSlug = async (slug: string) =>
      ((await (await call(`/api/${slug}?limit=1&depth=0`, { token: adminToken })).json()) as { docs: { slug?: string }[] }).docs[0]?.slug ?? 'missing'
    const [policy, mentor, organization, event, job, resource] = await Promise.all(
      ['policies', 'mentor-profiles', 'organizations', 'events', 'opportunities', 'resources'].map(firstSlug),
    )
    const pages = [
      '/',
      '/policies',
      `/policies/${policy}`,
      `/policies/${policy}/versions`,
      `/policies/${policy}/versions/1`,
      `/policies/${policy}/compare`,
      '/guides',
      '/guides/career-candidates',
      '/mentors',
      `/mentors/${mentor}`,
      '/organizations',
      `/organizations/${organization}`,
      `/organizations/${organization}/events.ics`,
      '/events',
      `/events/${event}`,
      '/events/calendar.ics',
      '/jobs',
      `/jobs/${job}`,
      '/resources',
      `/resources/${resource}`,
      '/contact',
      '/report',
      '/signup',
      '/signup/check-email',
      '/signin',
      '/verify',
      '/forgot-password',
      '/reset-password',
      '/account',
      '/account/requests',
      '/invites/abc',
    ]

    const countAll = async () => Object.fromEntries(await Promise.all(collections.map(async (slug) => [slug, await totalDocs(slug, adminToken)] as const)))
    const countsBefore = await countAll()

    const probes = [...fc.sample(pageProbes(pages), { seed, numRuns: 900 }), ...fc.sample(restProbes, { seed: seed + 1, numRuns: 1_900 })]
    const outcomes = await sendAll(probes, tokens)

    // Members' own records: each refused change is compared with the record as it was.
    const me = async (token: string) => ((await (await call('/api/users/me', { token })).json()) as { user: { id: number | string } }).user.id
    const mentorId = await me(tokens.mentor!)
    const profileId = (
      (await (await call(`/api/mentor-profiles?where[user][equals]=${mentorId}&depth=0`, { token: adminToken })).json()) as { docs: { id: number | string }[] }
    ).docs[0].id
    const ownRecords = [
      { path: `/api/mentor-profiles/${profileId}`, as: 'mentor' as Identity },
      { path: `/api/users/${mentorId}`, as: 'mentor' as Identity },
      { path: `/api/users/${await me(tokens['career-candidate']!)}`, as: 'career-candidate' as Identity },
    ]
    const partial: string[] = []
    const snapshot = async (path: string) => {
      const doc = (await (await call(`${path}?depth=0`, { token: adminToken })).json()) as Record<string, unknown>
      delete doc.updatedAt
      return JSON.stringify(doc)
    }
    const changes = [...fc.sample(refusedProfileChange, { seed: seed + 2, numRuns: 40 }), ...fc.sample(refusedAccountChange, { seed: seed + 3, numRuns: 60 })]
    for (const [index, change] of changes.entries()) {
      const record = index < 40 ? ownRecords[0] : ownRecords[1 + (index % 2)]
      const before = await snapshot(record.path)
      const outcome = await send({ method: 'PATCH', path: record.path, body: change, contentType: 'application/json', as: record.as }, tokens)
      outcomes.push(outcome)
      const shown = change.length > 120 ? `${change.slice(0, 120)}…` : change
      if (outcome.status < 400 || outcome.status >= 500) partial.push(`${record.path} ${shown} answered ${outcome.status}: ${outcome.body.slice(0, 160)}`)
      else if ((await snapshot(record.path)) !== before) partial.push(`${record.path} changed although ${shown} was refused (${outcome.status})`)
    }

    // Every collection holds what it held, plus what was accepted (none expected: every write above aims at nothing or is malformed).
    const created = outcomes.filter(
      ({ probe, status }) => probe.method === 'POST' && status >= 200 && status < 300 && probe.path.startsWith('/api/') && probe.path !== '/api/graphql',
    )
    // Whatever was accepted is removed again, so the demo content stays as the other tests expect it.
    for (const { probe, body } of created) {
      const id = /"doc":\{"id":("?[\w-]+"?)/.exec(body)?.[1]?.replace(/"/g, '')
      if (id) await call(`${probe.path}/${id}`, { method: 'DELETE', token: adminToken })
    }
    const countsAfter = await countAll()
    for (const slug of collections) {
      const accepted = created.filter(({ probe }) => probe.path === `/api/${slug}`).length
      if (countsAfter[slug] !== countsBefore[slug])
        partial.push(`${slug}: ${countsBefore[slug]} records before, ${countsAfter[slug]} after, ${accepted} accepted`)
    }

    const serverErrors = outcomes.filter(({ status }) => status >= 500)
    const seconds = Math.round((Date.now() - started) / 1000)
    console.log(
      `Fuzz run (seed ${seed}): ${outcomes.length} requests in ${seconds} s, ${serverErrors.length} × 5xx, ` +
        `${outcomes.filter(({ status }) => status >= 400 && status < 500).length} × 4xx, ${outcomes.filter(({ status }) => status === 0).length} not sent by fetch, ${created.length} writes accepted`,
    )
    const describe = ({ probe, status, body }: Outcome) =>
      `${status} ${probe.as} ${probe.method} ${probe.path.slice(0, 200)}${probe.body ? ` body=${JSON.stringify(probe.body.slice(0, 80))}` : ''} → ${body.slice(0, 160)}`
    expect(serverErrors.map(describe)).toEqual([])
    expect(partial).toEqual([])
  })
})
