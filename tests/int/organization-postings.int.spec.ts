import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { keepWallClock, siteTimeZone } from '@/lib/time-zone'

import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'
import type { Organization, User } from '../../payload-types'

/*
 * What organisations post: events (companies and Career Centers), jobs and internships
 * (companies), resources (Career Centers). Staff manage only their own organisation's postings;
 * publishing needs an active plan; the public sees published postings of organisations whose
 * plan is active now, and jobs only until their deadline. Every case goes through the local API
 * with `overrideAccess: false` and the actor as `user`, as the admin panel and REST do.
 */

let payload: Payload
const org = {} as Record<'northwind' | 'acme' | 'lapsed' | 'lakeside', Organization>
const people = {} as Record<'northwindRep' | 'acmeRep' | 'lapsedRep' | 'lakesideStaff' | 'admin' | 'student', User>

let serial = 0
const stamp = (label: string) => `${label} ${++serial}`
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const as = (user: User | undefined) => ({ overrideAccess: false, user, depth: 0, context: { disableRevalidate: true } })

const eventData = (title: string, extra: Record<string, unknown> = {}) =>
  ({
    title,
    slug: '',
    summary: 'An evening of introductions for LGBTQ+ students.',
    startsAt: inDays(10),
    startsAt_tz: 'America/Chicago',
    endsAt: new Date(Date.parse(inDays(10)) + 90 * 60_000).toISOString(),
    format: 'online' as const,
    joiningLink: 'https://meet.example.org/room',
    audience: ['everyone' as const],
    _status: 'published' as const,
    ...extra,
  }) as never

const jobData = (title: string, extra: Record<string, unknown> = {}) =>
  ({
    title,
    slug: '',
    kind: 'job' as const,
    workplace: 'remote' as const,
    location: 'United States',
    summary: 'Build tools for public libraries.',
    description: paragraphs('You will work with a small team.'),
    applyLink: 'https://jobs.example.org/apply',
    deadline: inDays(20),
    _status: 'published' as const,
    ...extra,
  }) as never

const resourceData = (title: string, extra: Record<string, unknown> = {}) =>
  ({
    title,
    slug: '',
    category: 'interviews' as const,
    summary: 'Answering questions about your name and pronouns.',
    link: 'https://careers.example.edu/interviews',
    audience: ['career-candidates' as const],
    _status: 'published' as const,
    ...extra,
  }) as never

const activePlan = { status: 'active' as const, startDate: inDays(-100), renewalDate: inDays(200) }

async function refusal(action: () => Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await action()
  } catch (error) {
    const failure = error as { status?: number; message: string; data?: { errors?: { message: string }[] } }
    const detail = failure.data?.errors?.map((entry) => entry.message).join(' ') ?? ''
    return { status: failure.status ?? 500, message: `${failure.message} ${detail}`.trim() }
  }
  throw new Error('the action was allowed')
}

const titlesOf = async (collection: 'events' | 'opportunities' | 'resources', user?: User) =>
  (await payload.find({ collection, ...as(user), pagination: false })).docs.map((doc) => doc.title)

beforeAll(async () => {
  payload = await startTestPayload()
  const organization = (name: string, kind: Organization['kind'], plan: Organization['plan']) =>
    payload.create({ collection: 'organizations', data: { name, kind, slug: '', plan }, overrideAccess: true, context: { disableRevalidate: true } })
  org.northwind = await organization('Northwind Postings', 'company', activePlan)
  org.acme = await organization('Acme Postings', 'company', activePlan)
  org.lapsed = await organization('Lapsed Postings', 'company', { status: 'expired', renewalDate: inDays(-3) })
  org.lakeside = await organization('Lakeside Postings', 'career-center', activePlan)
  const staff = (role: string, organization: Organization) => createUser(payload, [role], { organization: organization.id, organizationRole: 'representative' })
  people.northwindRep = await staff('company-representative', org.northwind)
  people.acmeRep = await staff('company-representative', org.acme)
  people.lapsedRep = await staff('company-representative', org.lapsed)
  people.lakesideStaff = await staff('career-center-staff', org.lakeside)
  people.admin = await createUser(payload, ['admin'])
  people.student = await createUser(payload, ['career-candidate'])
})

afterAll(() => stopTestPayload(payload))

describe('organisations post events, jobs and resources', () => {
  it('posts for the staff member’s own organisation, whatever organisation the form names', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(stamp('Own event'), { organization: org.acme.id }), ...as(people.northwindRep) })
    const job = await payload.create({
      collection: 'opportunities',
      data: jobData(stamp('Own job'), { organization: org.acme.id }),
      ...as(people.northwindRep),
    })
    const resource = await payload.create({ collection: 'resources', data: resourceData(stamp('Own resource')), ...as(people.lakesideStaff) })

    expect(event.organization).toBe(org.northwind.id)
    expect(job.organization).toBe(org.northwind.id)
    expect(resource.organization).toBe(org.lakeside.id)
  })

  it('lets staff edit and delete only their own organisation’s postings, and admins all', async () => {
    const job = await payload.create({ collection: 'opportunities', data: jobData(stamp('Scoped job')), ...as(people.northwindRep) })

    const byOther = await refusal(() => payload.update({ collection: 'opportunities', id: job.id, data: { title: 'Taken over' }, ...as(people.acmeRep) }))
    expect(byOther.status).toBe(403)
    const deleteByOther = await refusal(() => payload.delete({ collection: 'opportunities', id: job.id, ...as(people.acmeRep) }))
    expect(deleteByOther.status).toBe(403)
    const moved = await payload.update({
      collection: 'opportunities',
      id: job.id,
      data: { organization: org.acme.id, title: 'Renamed job' },
      ...as(people.northwindRep),
    })
    expect(moved).toMatchObject({ organization: org.northwind.id, title: 'Renamed job' })

    await payload.update({ collection: 'opportunities', id: job.id, data: { summary: 'Edited by an admin.' }, ...as(people.admin) })
    await payload.delete({ collection: 'opportunities', id: job.id, ...as(people.northwindRep) })
    expect(await payload.count({ collection: 'opportunities', where: { id: { equals: job.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('keeps each kind of posting to the organisations it belongs to', async () => {
    const careerCentreJob = await refusal(() =>
      payload.create({ collection: 'opportunities', data: jobData(stamp('Campus job')), ...as(people.lakesideStaff) }),
    )
    expect(careerCentreJob.status).toBe(403)
    const companyResource = await refusal(() =>
      payload.create({ collection: 'resources', data: resourceData(stamp('Company guide')), ...as(people.northwindRep) }),
    )
    expect(companyResource.status).toBe(403)
    for (const collection of ['events', 'opportunities', 'resources'] as const) {
      const data = collection === 'events' ? eventData('By a student') : collection === 'opportunities' ? jobData('By a student') : resourceData('By a student')
      expect((await refusal(() => payload.create({ collection, data: data as never, ...as(people.student) }))).status).toBe(403)
      expect((await refusal(() => payload.create({ collection, data: data as never, ...as(undefined) }))).status).toBe(403)
    }
  })

  it('shows the public only published postings, and staff their own drafts', async () => {
    const draft = stamp('Draft event')
    const live = stamp('Live event')
    await payload.create({ collection: 'events', data: eventData(draft, { _status: 'draft' }), draft: true, ...as(people.northwindRep) })
    await payload.create({ collection: 'events', data: eventData(live), ...as(people.northwindRep) })

    expect(await titlesOf('events')).toContain(live)
    expect(await titlesOf('events')).not.toContain(draft)
    expect(await titlesOf('events', people.student)).not.toContain(draft)
    expect(await titlesOf('events', people.acmeRep)).not.toContain(draft)
    expect(await titlesOf('events', people.northwindRep)).toEqual(expect.arrayContaining([draft, live]))
    expect(await titlesOf('events', people.admin)).toEqual(expect.arrayContaining([draft, live]))
  })

  it('keeps past versions (drafts among them) to the organisation’s staff and admins', async () => {
    const draft = stamp('Versioned draft')
    await payload.create({ collection: 'events', data: eventData(draft, { _status: 'draft' }), draft: true, ...as(people.northwindRep) })
    const versionTitles = async (user: User) =>
      (await payload.findVersions({ collection: 'events', overrideAccess: false, user, depth: 0, pagination: false })).docs.map((doc) => doc.version.title)

    expect(await versionTitles(people.northwindRep)).toContain(draft)
    expect(await versionTitles(people.admin)).toContain(draft)
    expect((await refusal(() => versionTitles(people.student))).status).toBe(403)
    expect(await versionTitles(people.acmeRep)).not.toContain(draft)
  })

  it('lets the platform post its own events and resources, but only through an admin', async () => {
    const platformEvent = stamp('Platform event')
    await payload.create({ collection: 'events', data: eventData(platformEvent), ...as(people.admin) })
    expect(await titlesOf('events')).toContain(platformEvent)

    const platformJob = await refusal(() => payload.create({ collection: 'opportunities', data: jobData(stamp('Platform job')), ...as(people.admin) }))
    expect(platformJob).toMatchObject({ status: 400 })
    expect(platformJob.message).toContain('Choose the organisation that posts this.')
  })

  it('checks what a posting says before storing it', async () => {
    const noPlace = await refusal(() =>
      payload.create({ collection: 'events', data: eventData(stamp('Nowhere'), { format: 'in-person', place: '' }), ...as(people.lakesideStaff) }),
    )
    expect(noPlace.status).toBe(400)
    expect(noPlace.message).toContain('Enter where the event takes place.')
    const backwards = await refusal(() =>
      payload.create({ collection: 'events', data: eventData(stamp('Backwards'), { endsAt: inDays(9) }), ...as(people.lakesideStaff) }),
    )
    expect(backwards.message).toContain('The event must end after it starts.')
    const noWayToApply = await refusal(() =>
      payload.create({
        collection: 'opportunities',
        data: jobData(stamp('Closed door'), { applyLink: '', applyInstructions: '' }),
        ...as(people.northwindRep),
      }),
    )
    expect(noWayToApply.message).toContain('Give a link to apply or say how to apply.')
    const badLink = await refusal(() =>
      payload.create({ collection: 'opportunities', data: jobData(stamp('Bad link'), { applyLink: 'javascript:alert(1)' }), ...as(people.northwindRep) }),
    )
    expect(badLink.message).toContain('Enter a full address starting with https://')
  })

  it('ends an event in the zone it starts in unless told otherwise', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(stamp('Zoned')), ...as(people.lakesideStaff) })
    expect(event).toMatchObject({ startsAt_tz: 'America/Chicago', endsAt_tz: 'America/Chicago' })
    const berlin = await payload.create({
      collection: 'events',
      data: eventData(stamp('Berlin'), { startsAt_tz: 'Europe/Berlin' }),
      ...as(people.lakesideStaff),
    })
    expect(berlin).toMatchObject({ startsAt_tz: 'Europe/Berlin', endsAt_tz: 'Europe/Berlin' })
  })

  it('starts an event nobody gave a zone in the site’s zone, instead of refusing to publish it', async () => {
    const event = await payload.create({ collection: 'events', data: eventData(stamp('Zoneless'), { startsAt_tz: undefined }), ...as(people.lakesideStaff) })
    expect(event).toMatchObject({ _status: 'published', startsAt_tz: siteTimeZone(), endsAt_tz: siteTimeZone() })
    const moved = await payload.update({ collection: 'events', id: event.id, data: { title: stamp('Renamed') }, ...as(people.lakesideStaff) })
    expect(moved.startsAt_tz).toBe(siteTimeZone())
  })

  it('reads SITE_TIME_ZONE, and refuses a zone it does not know by naming the setting', () => {
    expect(siteTimeZone({})).toBe('America/Chicago')
    expect(siteTimeZone({ SITE_TIME_ZONE: 'Europe/London' })).toBe('Europe/London')
    expect(() => siteTimeZone({ SITE_TIME_ZONE: 'Central' })).toThrow(/SITE_TIME_ZONE.*"Central"/)
    // A real zone the event form does not offer would be refused at every save: refused at start instead.
    expect(() => siteTimeZone({ SITE_TIME_ZONE: 'Europe/Paris' })).toThrow(/SITE_TIME_ZONE "Europe\/Paris" is not one of the zones the event form offers/)
  })

  it('starts an event in its host’s own time zone, in the form and when saved without one', async () => {
    await payload.update({ collection: 'organizations', id: org.northwind.id, data: { timeZone: 'Asia/Tokyo' }, overrideAccess: true })
    try {
      const event = await payload.create({ collection: 'events', data: eventData(stamp('Tokyo'), { startsAt_tz: undefined }), ...as(people.northwindRep) })
      expect(event).toMatchObject({ startsAt_tz: 'Asia/Tokyo', endsAt_tz: 'Asia/Tokyo' })

      // What /admin's new-event form starts with: the staff member's organisation's zone, and the organisation itself.
      const fields = payload.collections.events.config.flattenedFields
      const defaultOf = async (name: string, user: User) => {
        const field = fields.find((candidate) => candidate.name === name) as { defaultValue?: unknown }
        return typeof field.defaultValue === 'function' ? field.defaultValue({ req: { payload, user }, user, locale: undefined }) : field.defaultValue
      }
      expect(await defaultOf('startsAt_tz', people.northwindRep)).toBe('Asia/Tokyo')
      expect(await defaultOf('endsAt_tz', people.northwindRep)).toBe('Asia/Tokyo')
      expect(await defaultOf('organization', people.northwindRep)).toBe(org.northwind.id)
      expect(await defaultOf('startsAt_tz', people.lakesideStaff)).toBe(siteTimeZone())
      expect(await defaultOf('startsAt_tz', people.admin)).toBe(siteTimeZone())
      expect(await defaultOf('organization', people.admin)).toBeUndefined()
    } finally {
      await payload.update({ collection: 'organizations', id: org.northwind.id, data: { timeZone: null }, overrideAccess: true })
    }
  })

  it('keeps the time someone typed when they pick the zone afterwards', () => {
    // 17:00 typed on a Berlin clock, then Chicago picked: 17:00 in Chicago, winter (CST) and summer (CDT).
    expect(keepWallClock('2029-12-03T16:00:00.000Z', 'Europe/Berlin', 'America/Chicago')).toBe('2029-12-03T23:00:00.000Z')
    expect(keepWallClock('2029-07-03T15:00:00.000Z', 'Europe/Berlin', 'America/Chicago')).toBe('2029-07-03T22:00:00.000Z')
    // On the day Chicago moves its clocks forward, 17:00 is already daylight time.
    expect(keepWallClock('2029-03-11T17:00:00.000Z', 'UTC', 'America/Chicago')).toBe('2029-03-11T22:00:00.000Z')
    expect(keepWallClock('2029-03-11T22:00:00.000Z', 'America/Chicago', 'America/Chicago')).toBe('2029-03-11T22:00:00.000Z')
  })
})

describe('plans gate publishing and the public lists', () => {
  it('refuses publishing without an active plan, with the reason, and keeps nothing', async () => {
    const title = stamp('Lapsed job')
    const refused = await refusal(() => payload.create({ collection: 'opportunities', data: jobData(title), ...as(people.lapsedRep) }))

    expect(refused.status).toBe(403)
    expect(refused.message).toContain('Posting jobs and internships needs an active partnership plan.')
    expect(refused.message).toContain('expired on')
    expect(await payload.count({ collection: 'opportunities', where: { title: { equals: title } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })

    const eventRefused = await refusal(() => payload.create({ collection: 'events', data: eventData(stamp('Lapsed event')), ...as(people.lapsedRep) }))
    expect(eventRefused.message).toContain('Posting events needs an active partnership plan.')
  })

  it('still lets an organisation without a plan keep drafts and take postings down', async () => {
    const draft = await payload.create({ collection: 'events', data: eventData(stamp('Prepared'), { _status: 'draft' }), draft: true, ...as(people.lapsedRep) })
    expect(draft._status).toBe('draft')
    const publish = await refusal(() => payload.update({ collection: 'events', id: draft.id, data: { _status: 'published' }, ...as(people.lapsedRep) }))
    expect(publish.status).toBe(403)
  })

  it('takes postings off the public lists the day a plan expires, and back when it is renewed', async () => {
    const company = await payload.create({
      collection: 'organizations',
      data: { name: stamp('Expiring Co'), kind: 'company', slug: '', plan: activePlan },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const rep = await createUser(payload, ['company-representative'], { organization: company.id, organizationRole: 'representative' })
    const job = stamp('Expiring job')
    const event = stamp('Expiring event')
    await payload.create({ collection: 'opportunities', data: jobData(job), ...as(rep) })
    await payload.create({ collection: 'events', data: eventData(event), ...as(rep) })
    expect(await titlesOf('opportunities')).toContain(job)

    // The renewal date passes; nobody changes the status.
    await payload.update({
      collection: 'organizations',
      id: company.id,
      data: { plan: { status: 'active', startDate: inDays(-400), renewalDate: inDays(-1) } },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await titlesOf('opportunities')).not.toContain(job)
    expect(await titlesOf('events', people.student)).not.toContain(event)
    expect(await titlesOf('opportunities', rep)).toContain(job)
    const edit = await refusal(() =>
      payload.update({ collection: 'opportunities', where: { title: { equals: job } }, data: { summary: 'Still hiring.' }, ...as(rep) }).then((result) => {
        if (result.errors.length) throw Object.assign(new Error(result.errors[0].message), { status: 403 })
        return result
      }),
    )
    expect(edit.message).toContain('needs an active partnership plan')

    await payload.update({
      collection: 'organizations',
      id: company.id,
      data: { plan: activePlan },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await titlesOf('opportunities')).toContain(job)
  })
})

describe('jobs leave the board at their deadline', () => {
  it('closes applications at the end of the deadline’s day', async () => {
    const job = await payload.create({
      collection: 'opportunities',
      data: jobData(stamp('Deadline day'), { deadline: '2030-03-14T12:00:00.000Z' }),
      ...as(people.northwindRep),
    })
    expect(job.deadline).toBe('2030-03-14T23:59:59.999Z')
  })

  it('hides a job from the public once its deadline passes, and keeps it for its company', async () => {
    const title = stamp('Closing job')
    const job = await payload.create({ collection: 'opportunities', data: jobData(title), ...as(people.northwindRep) })
    expect(await titlesOf('opportunities')).toContain(title)

    await payload.update({
      collection: 'opportunities',
      id: job.id,
      data: { deadline: inDays(-1) },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })

    expect(await titlesOf('opportunities')).not.toContain(title)
    expect(await titlesOf('opportunities', people.student)).not.toContain(title)
    expect(await titlesOf('opportunities', people.northwindRep)).toContain(title)
    const lookup = await refusal(() => payload.findByID({ collection: 'opportunities', id: job.id, ...as(undefined) }))
    expect(lookup.status).toBe(404)
  })

  it('queues a job for the deadline that refreshes the cached board', async () => {
    const job = await payload.create({ collection: 'opportunities', data: jobData(stamp('Queued closing')), ...as(people.northwindRep) })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'close-opportunity' } },
      overrideAccess: true,
      pagination: false,
    })
    const queued = docs.find((entry) => (entry.input as { opportunityId?: string })?.opportunityId === String(job.id))
    expect(queued?.waitUntil).toBe(job.deadline)
  })
})

describe('when an organisation is removed', () => {
  it('removes what it posted instead of leaving it as the platform’s own', async () => {
    const company = await payload.create({
      collection: 'organizations',
      data: { name: stamp('Leaving Co'), kind: 'company', slug: '', plan: activePlan },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const rep = await createUser(payload, ['company-representative'], { organization: company.id, organizationRole: 'representative' })
    const event = stamp('Farewell event')
    const job = stamp('Last job')
    await payload.create({ collection: 'events', data: eventData(event), ...as(rep) })
    await payload.create({ collection: 'opportunities', data: jobData(job), ...as(rep) })

    await payload.delete({ collection: 'organizations', id: company.id, overrideAccess: true, context: { disableRevalidate: true } })

    expect(await titlesOf('events', people.admin)).not.toContain(event)
    expect(await titlesOf('opportunities', people.admin)).not.toContain(job)
  })
})
