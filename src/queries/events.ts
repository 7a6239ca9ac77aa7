import { cache } from 'react'

import type { Where } from 'payload'

import { idOf } from '@/access'
import type { CalendarEvent } from '@/events/calendar'
import { eventFormats, type EventFormat } from '@/events/options'
import { knownZone, startOfDayIn } from '@/events/times'
import { getPayloadClient } from '@/lib/payload'

import type { Event, Organization } from '../../payload-types'

/**
 * Events as the public sees them. Every read goes through Payload as an anonymous visitor
 * (`overrideAccess: false`, no user), so the collection's read rule alone decides what is public:
 * published, and hosted by the platform or an organisation whose plan is active.
 */

export const eventsPerPage = 20
/** Calendar feeds carry the next events only; no calendar app needs more than this at once. */
export const feedLimit = 500

export const eventWhens = ['upcoming', 'past'] as const
export type EventWhen = (typeof eventWhens)[number]

/** `host` is an organisation's slug, or "platform" for the platform's own events. */
export type EventSearch = { when: EventWhen; host?: string; format?: EventFormat; from?: string; to?: string; page: number }

export type EventHost = Pick<Organization, 'id' | 'name' | 'slug'>

export type EventCard = Pick<Event, 'id' | 'title' | 'slug' | 'summary' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'format'> & {
  host: EventHost | null
}

export type EventPage = Event & { host: EventHost | null }

type SearchParams = Record<string, string | string[] | undefined>

const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const dayLike = /^(\d{4})-(\d{2})-(\d{2})$/
const maxPage = 10_000

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/** A real calendar day written YYYY-MM-DD (not 2026-02-30), or null. */
export function parseDay(value: string): string | null {
  const match = dayLike.exec(value)
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null
}

/**
 * Reads the events list's choices from the address. Malformed choices are dropped; dates the
 * visitor typed come back as `problems` to show, since a silently ignored date would mislead.
 */
export function parseEventSearch(params: SearchParams): { search: EventSearch; problems: string[] } {
  const problems: string[] = []
  const format = one(params.format)
  const host = one(params.host)
  const page = Number.parseInt(one(params.page), 10)
  const day = (name: 'from' | 'to', label: string) => {
    const value = one(params[name])
    if (!value) return undefined
    const parsed = parseDay(value)
    if (!parsed) problems.push(`“${value.slice(0, 20)}” is not a date, so the ${label} date was left out. Use the form YYYY-MM-DD, for example 2026-12-04.`)
    return parsed ?? undefined
  }
  let from = day('from', '“from”')
  let to = day('to', '“to”')
  if (from && to && from > to) {
    problems.push('The “from” date is after the “to” date, so both were left out.')
    from = undefined
    to = undefined
  }
  return {
    search: {
      when: one(params.when) === 'past' ? 'past' : 'upcoming',
      host: slugLike.test(host) ? host : undefined,
      format: eventFormats.some(([code]) => code === format) ? (format as EventFormat) : undefined,
      from,
      to,
      page: Number.isFinite(page) && page > 1 ? Math.min(page, maxPage) : 1,
    },
    problems,
  }
}

/** The address of an events search, leaving out defaults so shared links stay short. */
export function eventsHref(search: EventSearch, changes: Partial<EventSearch> = {}): string {
  const next = { ...search, ...changes }
  const query = new URLSearchParams()
  if (next.when === 'past') query.set('when', 'past')
  if (next.host) query.set('host', next.host)
  if (next.format) query.set('format', next.format)
  if (next.from) query.set('from', next.from)
  if (next.to) query.set('to', next.to)
  if (next.page > 1) query.set('page', String(next.page))
  const text = query.toString()
  return `/events${text ? `?${text}` : ''}`
}

const hostSelect = { name: true, slug: true } as const

/** An organisation by its slug, as the public sees it. */
export const findHost = cache(async (slug: string): Promise<EventHost | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { slug: { equals: slug } },
    select: hostSelect,
    overrideAccess: false,
    depth: 0,
    limit: 1,
  })
  return (docs[0] as EventHost | undefined) ?? null
})

const hostOf = (organization: Event['organization']): EventHost | null =>
  organization && typeof organization === 'object' ? { id: organization.id, name: organization.name, slug: organization.slug } : null

/** Upcoming events have not ended yet; an event under way still counts. */
const timeFilter = (when: EventWhen, now: Date): Where =>
  when === 'upcoming' ? { endsAt: { greater_than_equal: now.toISOString() } } : { endsAt: { less_than: now.toISOString() } }

/**
 * Events starting on the days from `from` to `to`, each day as the event's own zone counts it
 * (the day its card shows). One condition per zone in use, so the database does the matching.
 */
async function dayRangeFilter(from: string | undefined, to: string | undefined): Promise<Where | null> {
  if (!from && !to) return null
  const payload = await getPayloadClient()
  const { values } = await payload.findDistinct({ collection: 'events', field: 'startsAt_tz', overrideAccess: false })
  const zones = [...new Set(values.map((value) => value.startsAt_tz as string | null))]
  const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
  return {
    or: zones.map((zone) => {
      const name = knownZone(zone)
      const conditions: Where[] = [zone ? { startsAt_tz: { equals: zone } } : { startsAt_tz: { exists: false } }]
      if (from) conditions.push({ startsAt: { greater_than_equal: startOfDayIn(from, name).toISOString() } })
      if (to) conditions.push({ startsAt: { less_than: startOfDayIn(dayAfter(to), name).toISOString() } })
      return { and: conditions }
    }),
  }
}

const emptyPage = (page: number) => ({ docs: [] as EventCard[], totalDocs: 0, totalPages: 1, page })

/** The public list of events: upcoming soonest first, or the archive most recent first. */
export async function listEvents(search: EventSearch, now = new Date()) {
  const payload = await getPayloadClient()
  const where: Where[] = [timeFilter(search.when, now)]
  if (search.host === 'platform') {
    where.push({ organization: { exists: false } })
  } else if (search.host) {
    const host = await findHost(search.host)
    if (!host) return emptyPage(search.page)
    where.push({ organization: { equals: host.id } })
  }
  if (search.format) where.push({ format: { equals: search.format } })
  const days = await dayRangeFilter(search.from, search.to)
  if (days) {
    if (!days.or?.length) return emptyPage(search.page)
    where.push(days)
  }
  const result = await payload.find({
    collection: 'events',
    where: { and: where },
    select: { title: true, slug: true, summary: true, startsAt: true, startsAt_tz: true, endsAt: true, format: true, organization: true },
    populate: { organizations: hostSelect },
    overrideAccess: false,
    draft: false,
    depth: 1,
    limit: eventsPerPage,
    page: search.page,
    sort: search.when === 'upcoming' ? ['startsAt', 'id'] : ['-startsAt', '-id'],
  })
  return {
    docs: result.docs.map(({ organization, ...event }): EventCard => ({ ...(event as Omit<EventCard, 'host'>), host: hostOf(organization) })),
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
    page: result.page ?? search.page,
  }
}

/** One published event's page, with its host's name and address. */
export const getEvent = cache(async (slug: string): Promise<EventPage | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    populate: { organizations: hostSelect },
    overrideAccess: false,
    draft: false,
    depth: 1,
    limit: 1,
  })
  const event = docs[0]
  return event ? { ...event, host: hostOf(event.organization) } : null
})

/** Who hosts published events, for the list's filter; `platform` says whether the platform does. */
export async function listHosts(): Promise<{ organizations: EventHost[]; platform: boolean }> {
  const payload = await getPayloadClient()
  const { values } = await payload.findDistinct({ collection: 'events', field: 'organization', overrideAccess: false, depth: 0 })
  const ids = values.map((value) => idOf(value.organization)).filter((id) => id != null)
  const platform = ids.length < values.length
  if (ids.length === 0) return { organizations: [], platform }
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { id: { in: ids } },
    select: hostSelect,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'name',
  })
  return { organizations: docs as EventHost[], platform }
}

/** The next events for a calendar feed: all of them, or one host's. */
export async function upcomingEventsForFeed({ organization }: { organization?: number | string } = {}, now = new Date()): Promise<CalendarEvent[]> {
  const payload = await getPayloadClient()
  const where: Where[] = [timeFilter('upcoming', now)]
  if (organization != null) where.push({ organization: { equals: organization } })
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: where },
    select: { title: true, slug: true, summary: true, startsAt: true, endsAt: true, format: true, place: true, joiningLink: true },
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: feedLimit,
    sort: ['startsAt', 'id'],
  })
  return docs as CalendarEvent[]
}
