import type { Payload, PayloadRequest } from 'payload'

import { idOf, type RelationValue } from '@/access'

const hour = 60 * 60 * 1000

/** Below this many requests to judge by, a mentor shows as new rather than with a rate. */
export const requestsBeforeStats = 3

export type ResponseStats = { kind: 'new' } | { kind: 'known'; answered: number; received: number; rate: number; typicalHours: number | null }

/** Requests of the last year count towards a response record. */
export const statsWindowMs = 365 * 24 * hour

type JudgedRequest = { status: string; createdAt: string; respondedAt?: string | null; closedBy?: string | null }

/** The record from one mentor's requests of the last year (see responseStats). */
export function statsFromRequests(requests: readonly JudgedRequest[]): ResponseStats {
  const judged = requests.filter((request) => {
    if (request.respondedAt) return true
    if (request.status === 'pending' || request.status === 'withdrawn') return false
    if (request.status === 'declined' && request.closedBy === 'platform') return false
    return true
  })
  if (judged.length < requestsBeforeStats) return { kind: 'new' }
  const times = judged
    .filter((request) => request.respondedAt)
    .map((request) => new Date(request.respondedAt!).getTime() - new Date(request.createdAt).getTime())
    .sort((left, right) => left - right)
  const median = times.length === 0 ? null : times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2
  return {
    kind: 'known',
    answered: times.length,
    received: judged.length,
    rate: times.length / judged.length,
    typicalHours: median == null ? null : median / hour,
  }
}

/**
 * How reliably a Mentor or Connector answers, from their requests of the last year: the share
 * answered (accepted, declined or a question asked) and the median time to that first answer.
 * Requests still inside their 14 days, withdrawn before an answer, or closed by the platform
 * because the mentor paused are left out: they say nothing about the mentor yet.
 */
export async function responseStats(payload: Payload, mentorId: number | string, now: Date = new Date()): Promise<ResponseStats> {
  const { docs } = await payload.find({
    collection: 'mentorship-requests',
    where: { mentor: { equals: mentorId }, createdAt: { greater_than: new Date(now.getTime() - statsWindowMs).toISOString() } },
    select: { status: true, createdAt: true, respondedAt: true, closedBy: true },
    sort: '-createdAt',
    limit: requestsJudged,
    depth: 0,
    overrideAccess: true,
  })
  return statsFromRequests(docs)
}

/** How many of a mentor's newest requests their record is taken from. */
const requestsJudged = 200

/**
 * Many mentors' median hours to a first answer (null while too new to tell), as responseStats
 * works them out, from one query of their requests of the last year.
 */
export async function typicalResponseHoursOf(
  payload: Payload,
  mentors: readonly string[],
  now: Date = new Date(),
  req?: PayloadRequest,
): Promise<Map<string, number | null>> {
  if (mentors.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'mentorship-requests',
    where: { and: [{ mentor: { in: [...mentors] } }, { createdAt: { greater_than: new Date(now.getTime() - statsWindowMs).toISOString() } }] },
    select: { mentor: true, status: true, createdAt: true, respondedAt: true, closedBy: true },
    sort: '-createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byMentor = new Map<string, typeof docs>(mentors.map((mentor) => [mentor, []]))
  for (const request of docs) byMentor.get(String(idOf(request.mentor as RelationValue)))?.push(request)
  return new Map(
    mentors.map((mentor) => {
      const stats = statsFromRequests(byMentor.get(mentor)!.slice(0, requestsJudged))
      return [mentor, stats.kind === 'known' ? stats.typicalHours : null]
    }),
  )
}

/** "within a few hours", "within 2 days": a typical response time in words. */
export function describeResponseTime(hours: number): string {
  if (hours < 1) return 'within an hour'
  if (hours < 6) return 'within a few hours'
  if (hours < 24) return 'within a day'
  const days = Math.ceil(hours / 24)
  return `within ${days} days`
}
