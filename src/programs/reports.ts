import { createLocalReq, type Payload, type Where } from 'payload'

import { hasRole, staffOrganizationOf } from '@/access'
import { isProgramStaff } from '@/access/programs'

import type { Program, User } from '../../payload-types'
import { labelOf, membershipStatuses, programSides, type MembershipStatus, type ProgramSide } from './options'

/*
 * Reports for a programme's staff: how many members each side has in each status week by week,
 * what happened to the requests sent within the programme, how quickly mentors first answered,
 * mentorships, the approval queue and the people who left. Only counts and dates: never a
 * message, a reason, an address, an answer, an identity field or a name.
 */

const day = 24 * 60 * 60 * 1000
const hour = 60 * 60 * 1000

/** With no dates chosen a report covers the last 90 days, today included. */
export const defaultPeriodDays = 90
/** Two years, a leap day included. */
export const maxPeriodDays = 731

export type ReportRefusal = { ok: false; status: 400 | 401 | 403 | 404; message: string }
export type ReportPeriod = { from: string; to: string; start: Date; end: Date }

type Viewer = (Pick<User, 'id' | 'roles'> & Partial<User>) | null | undefined
type Id = number | string

const refuse = (status: ReportRefusal['status'], message: string): ReportRefusal => ({ ok: false, status, message })
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

function parseDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T00:00:00.000Z`)
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? null : date
}

/**
 * The period a report covers, from the form's `from` and `to` (both days, both included, in UTC).
 * Either may be left out: `to` is then today and `from` 90 days before `to`.
 */
export function resolvePeriod(input: { from?: string | null; to?: string | null }, now: Date = new Date()): { ok: true; period: ReportPeriod } | ReportRefusal {
  const fromText = input.from?.trim() || ''
  const toText = input.to?.trim() || ''
  const to = toText ? parseDay(toText) : parseDay(isoDay(now))
  if (!to) return refuse(400, `The “to” date “${toText.slice(0, 40)}” is not a date: write it as YYYY-MM-DD, for example ${isoDay(now)}.`)
  const from = fromText ? parseDay(fromText) : new Date(to.getTime() - (defaultPeriodDays - 1) * day)
  if (!from)
    return refuse(
      400,
      `The “from” date “${fromText.slice(0, 40)}” is not a date: write it as YYYY-MM-DD, for example ${isoDay(new Date(to.getTime() - 89 * day))}.`,
    )
  if (from.getTime() > to.getTime())
    return refuse(400, `The period starts on ${isoDay(from)}, after it ends on ${isoDay(to)}: choose a “from” date on or before the “to” date.`)
  const days = (to.getTime() - from.getTime()) / day + 1
  if (days > maxPeriodDays) {
    const earliest = isoDay(new Date(to.getTime() - (maxPeriodDays - 1) * day))
    return refuse(400, `A report covers at most two years (${maxPeriodDays} days); this period has ${days}. Choose a “from” date on or after ${earliest}.`)
  }
  return { ok: true, period: { from: isoDay(from), to: isoDay(to), start: from, end: new Date(to.getTime() + day) } }
}

type SideCounts<T> = Record<ProgramSide, T>
type StatusCounts = Record<MembershipStatus, number>

export type MemberWeek = { weekEnding: string; side: ProgramSide; counts: StatusCounts }
export type RequestWeek = {
  weekEnding: string
  sent: number
  answered: number
  accepted: number
  declined: number
  expired: number
  withdrawn: number
  open: number
}

export type ProgramReport = {
  program: { id: Id; name: string; slug: string; matching?: Program['matching'] }
  period: { from: string; to: string }
  generatedAt: string
  members: {
    weeks: MemberWeek[]
    /** Where each side stands at the end of the period. */
    atEnd: SideCounts<StatusCounts>
    joinedInPeriod: SideCounts<number>
  }
  requests: Omit<RequestWeek, 'weekEnding'> & { weeks: RequestWeek[] }
  firstAnswers: { answered: number; medianHours: number | null; buckets: { label: string; count: number }[] }
  mentorships: { activeNow: number; startedFromPeriod: number; endedInPeriod: number }
  waiting: {
    total: number
    oldestSince: string | null
    oldestWaitedDays: number | null
    bySide: SideCounts<{ count: number; oldestSince: string | null; oldestWaitedDays: number | null }>
  }
  leavers: { bySide: SideCounts<{ left: number; removed: number }>; total: number }
}

const statuses = membershipStatuses.map(([status]) => status)
const sides = programSides.map(([side]) => side)
const emptyStatusCounts = (): StatusCounts => Object.fromEntries(statuses.map((status) => [status, 0])) as StatusCounts
const bySide = <T>(make: () => T): SideCounts<T> => ({ mentor: make(), mentee: make() })

type MembershipDates = {
  side: ProgramSide
  status: MembershipStatus
  createdAt: string
  updatedAt: string
  emailConfirmedAt?: string | null
  joinedAt?: string | null
  decidedAt?: string | null
  leftAt?: string | null
}

const time = (value: string | null | undefined): number | null => (value ? new Date(value).getTime() : null)

/** When a member who left or was removed stopped being one. */
const exitTime = (membership: MembershipDates): number | null =>
  membership.status === 'left' || membership.status === 'removed' ? (time(membership.leftAt) ?? time(membership.decidedAt) ?? time(membership.updatedAt)) : null

/**
 * Where a membership stood at `at`, told from its dates: it is created confirming an address (when
 * its side asks for one) or waiting for approval, in from `joinedAt`, declined at `decidedAt`, out
 * at `leftAt`. Its status today is the last of these.
 */
export function statusAt(membership: MembershipDates, at: number, confirmsEmail: boolean): MembershipStatus | null {
  const created = time(membership.createdAt)!
  if (created >= at) return null
  const exited = exitTime(membership)
  if (exited != null && exited < at) return membership.status
  if (membership.status === 'declined' && (time(membership.decidedAt) ?? time(membership.updatedAt)!) < at) return 'declined'
  const joined = time(membership.joinedAt)
  if (joined != null && joined < at) return 'active'
  if (membership.status === 'active' && joined == null) return 'active'
  if (membership.status === 'confirming-email') return 'confirming-email'
  const confirmed = time(membership.emailConfirmedAt)
  if (confirmed != null) return confirmed < at ? 'awaiting-approval' : 'confirming-email'
  return confirmsEmail ? 'confirming-email' : 'awaiting-approval'
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const answerBuckets: { label: string; below: number }[] = [
  { label: 'Within a day', below: 24 * hour },
  { label: '1 to 3 days', below: 3 * day },
  { label: '3 to 7 days', below: 7 * day },
  { label: 'More than 7 days', below: Infinity },
]

/** The weeks of a period: each ends 7 days after the last, the final one with the period. */
function weeksOf(period: ReportPeriod): { start: number; end: number; weekEnding: string }[] {
  const weeks: { start: number; end: number; weekEnding: string }[] = []
  for (let start = period.start.getTime(); start < period.end.getTime(); start += 7 * day) {
    const end = Math.min(start + 7 * day, period.end.getTime())
    weeks.push({ start, end, weekEnding: isoDay(new Date(end - day)) })
  }
  return weeks
}

const inPeriod = (value: number | null, period: ReportPeriod) => value != null && value >= period.start.getTime() && value < period.end.getTime()
const sameProgram = (programId: Id): Where => ({ program: { equals: programId } })

/** Whether the viewer may read this programme's reports: 401 for visitors, 403 for everyone but its staff and admins. */
export async function mayReadProgramReport(payload: Payload, viewer: Viewer, programId: Id): Promise<true | ReportRefusal> {
  if (!viewer) return refuse(401, 'Sign in as a member of the programme’s staff to read its reports.')
  const req = await createLocalReq({ user: { ...viewer, collection: 'users' } as never }, payload)
  if (!(await isProgramStaff(req, programId)))
    return refuse(403, 'Only the staff of the organisation that runs this programme, and platform admins, read its reports.')
  return true
}

async function loadProgram(
  payload: Payload,
  programId: Id,
): Promise<Pick<Program, 'id' | 'name' | 'slug' | 'matching' | 'mentorRules' | 'menteeRules'> | null> {
  try {
    const { docs } = await payload.find({
      collection: 'programs',
      where: { id: { equals: programId } },
      select: { name: true, slug: true, matching: true, mentorRules: { emailDomains: true }, menteeRules: { emailDomains: true } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    return docs[0] ?? null
  } catch {
    return null // an id of the wrong shape for this database names no programme
  }
}

/** The programmes whose reports the viewer may read: all for admins, their organisation's for staff. */
export async function reportablePrograms(payload: Payload, viewer: Viewer): Promise<{ id: Id; name: string; status: Program['status'] }[]> {
  if (!viewer) return []
  const organization = staffOrganizationOf(viewer)
  if (!hasRole(viewer, 'admin') && organization == null) return []
  const { docs } = await payload.find({
    collection: 'programs',
    where: hasRole(viewer, 'admin') ? {} : { organization: { equals: organization } },
    select: { name: true, status: true },
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map(({ id, name, status }) => ({ id, name, status }))
}

/**
 * A programme's report for a period (`from`/`to` as the form sends them), for its staff and
 * admins only. The platform reads the records itself once the viewer is known to be staff,
 * and only the fields a count or a date needs.
 */
export async function programReport(
  payload: Payload,
  programId: Id,
  { from, to, viewer, now = new Date() }: { from?: string | null; to?: string | null; viewer: Viewer; now?: Date },
): Promise<{ ok: true; report: ProgramReport } | ReportRefusal> {
  const allowed = await mayReadProgramReport(payload, viewer, programId)
  if (allowed !== true) return allowed
  const program = await loadProgram(payload, programId)
  if (!program) return refuse(404, 'There is no programme with this id.')
  const resolved = resolvePeriod({ from, to }, now)
  if (!resolved.ok) return resolved
  const { period } = resolved
  const startISO = period.start.toISOString()
  const endISO = period.end.toISOString()

  const [memberships, requests, activeNow, endedInPeriod, waiting] = await Promise.all([
    payload.find({
      collection: 'program-memberships',
      where: { and: [sameProgram(program.id), { createdAt: { less_than: endISO } }] },
      select: { side: true, status: true, createdAt: true, updatedAt: true, emailConfirmedAt: true, joinedAt: true, decidedAt: true, leftAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'mentorship-requests',
      where: { and: [sameProgram(program.id), { createdAt: { greater_than_equal: startISO } }, { createdAt: { less_than: endISO } }] },
      select: { status: true, createdAt: true, respondedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.count({ collection: 'mentorship-requests', where: { and: [sameProgram(program.id), { status: { equals: 'accepted' } }] }, overrideAccess: true }),
    payload.count({
      collection: 'mentorship-requests',
      where: {
        and: [sameProgram(program.id), { status: { equals: 'ended' } }, { closedAt: { greater_than_equal: startISO } }, { closedAt: { less_than: endISO } }],
      },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'program-memberships',
      where: { and: [sameProgram(program.id), { status: { equals: 'awaiting-approval' } }] },
      select: { side: true, createdAt: true, emailConfirmedAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])

  const confirmsEmail: SideCounts<boolean> = {
    mentor: (program.mentorRules?.emailDomains ?? []).length > 0,
    mentee: (program.menteeRules?.emailDomains ?? []).length > 0,
  }
  const members = memberships.docs as unknown as MembershipDates[]
  const weeks = weeksOf(period)
  const nowTime = now.getTime()

  const memberWeeks: MemberWeek[] = weeks.flatMap((week) => {
    // A week still under way is counted as it stands now.
    const at = Math.min(week.end, nowTime)
    return sides.map((side) => {
      const counts = emptyStatusCounts()
      for (const membership of members) {
        if (membership.side !== side) continue
        const status = statusAt(membership, at, confirmsEmail[side])
        if (status) counts[status] += 1
      }
      return { weekEnding: week.weekEnding, side, counts }
    })
  })
  const atEnd = bySide(emptyStatusCounts)
  for (const row of memberWeeks.slice(-2)) atEnd[row.side] = row.counts

  const joinedInPeriod = bySide(() => 0)
  const leavers = bySide(() => ({ left: 0, removed: 0 }))
  for (const membership of members) {
    if (inPeriod(time(membership.joinedAt), period)) joinedInPeriod[membership.side] += 1
    if ((membership.status === 'left' || membership.status === 'removed') && inPeriod(exitTime(membership), period))
      leavers[membership.side][membership.status] += 1
  }

  const tally = (rows: typeof requests.docs): Omit<RequestWeek, 'weekEnding'> => ({
    sent: rows.length,
    answered: rows.filter((request) => request.respondedAt).length,
    accepted: rows.filter((request) => request.status === 'accepted' || request.status === 'ended').length,
    declined: rows.filter((request) => request.status === 'declined').length,
    expired: rows.filter((request) => request.status === 'expired').length,
    withdrawn: rows.filter((request) => request.status === 'withdrawn').length,
    open: rows.filter((request) => request.status === 'pending' || request.status === 'more-info').length,
  })
  const requestWeeks: RequestWeek[] = weeks.map((week) => ({
    weekEnding: week.weekEnding,
    ...tally(requests.docs.filter((request) => time(request.createdAt)! >= week.start && time(request.createdAt)! < week.end)),
  }))
  const totals = tally(requests.docs)

  const answerTimes = requests.docs.filter((request) => request.respondedAt).map((request) => time(request.respondedAt)! - time(request.createdAt)!)
  const medianMs = median(answerTimes)
  const buckets = answerBuckets.map((bucket, index) => ({
    label: bucket.label,
    count: answerTimes.filter((ms) => ms < bucket.below && ms >= (index === 0 ? -Infinity : answerBuckets[index - 1].below)).length,
  }))

  // A member waits for approval from when they confirmed their institution address, or joined.
  const queue = waiting.docs.map((membership) => ({
    side: membership.side as ProgramSide,
    since: time(membership.emailConfirmedAt) ?? time(membership.createdAt)!,
  }))
  const oldestOf = (entries: typeof queue) => {
    const oldest = entries.length > 0 ? Math.min(...entries.map((entry) => entry.since)) : null
    return {
      count: entries.length,
      oldestSince: oldest == null ? null : new Date(oldest).toISOString(),
      oldestWaitedDays: oldest == null ? null : Math.floor((nowTime - oldest) / day),
    }
  }
  const everyone = oldestOf(queue)

  return {
    ok: true,
    report: {
      program: { id: program.id, name: program.name, slug: program.slug ?? String(program.id), matching: program.matching },
      period: { from: period.from, to: period.to },
      generatedAt: now.toISOString(),
      members: { weeks: memberWeeks, atEnd, joinedInPeriod },
      requests: { ...totals, weeks: requestWeeks },
      firstAnswers: { answered: answerTimes.length, medianHours: medianMs == null ? null : Math.round((medianMs / hour) * 10) / 10, buckets },
      mentorships: { activeNow: activeNow.totalDocs, startedFromPeriod: totals.accepted, endedInPeriod: endedInPeriod.totalDocs },
      waiting: {
        total: everyone.count,
        oldestSince: everyone.oldestSince,
        oldestWaitedDays: everyone.oldestWaitedDays,
        bySide: { mentor: oldestOf(queue.filter((entry) => entry.side === 'mentor')), mentee: oldestOf(queue.filter((entry) => entry.side === 'mentee')) },
      },
      leavers: { bySide: leavers, total: sides.reduce((sum, side) => sum + leavers[side].left + leavers[side].removed, 0) },
    },
  }
}

/* The tables of a report: the page draws them and the CSV exports are made from them. */

export const reportTableNames = ['members', 'requests', 'first-answers', 'mentorships', 'waiting', 'leavers'] as const
export type ReportTableName = (typeof reportTableNames)[number]
export type ReportTable = { name: ReportTableName; title: string; columns: string[]; rows: (string | number)[][] }

const sideLabel = (side: ProgramSide) => labelOf(programSides, side)
const dayOf = (iso: string | null) => (iso ? iso.slice(0, 10) : '')

export function reportTables(report: ProgramReport): Record<ReportTableName, ReportTable> {
  const { members, requests, firstAnswers, mentorships, waiting, leavers } = report
  return {
    members: {
      name: 'members',
      title: 'Members by side and status, at the end of each week',
      columns: ['Week ending', 'Side', ...membershipStatuses.map(([, label]) => label)],
      rows: members.weeks.map((week) => [week.weekEnding, sideLabel(week.side), ...statuses.map((status) => week.counts[status])]),
    },
    requests: {
      name: 'requests',
      title: 'Requests sent within the programme, by the week they were sent',
      columns: ['Week ending', 'Sent', 'Answered', 'Accepted', 'Declined', 'Expired', 'Withdrawn', 'Still open'],
      rows: requests.weeks.map((week) => [week.weekEnding, week.sent, week.answered, week.accepted, week.declined, week.expired, week.withdrawn, week.open]),
    },
    'first-answers': {
      name: 'first-answers',
      title: 'Time from a request to the mentor’s first answer',
      columns: ['Time to first answer', 'Requests'],
      rows: [
        ...firstAnswers.buckets.map((bucket) => [bucket.label, bucket.count]),
        ['All answered requests', firstAnswers.answered],
        ['Median, in hours', firstAnswers.medianHours ?? ''],
      ],
    },
    mentorships: {
      name: 'mentorships',
      title: 'Mentorships',
      columns: ['Measure', 'Mentorships'],
      rows: [
        ['Active now (accepted, not ended)', mentorships.activeNow],
        ['Accepted, from requests sent in the period', mentorships.startedFromPeriod],
        ['Ended in the period', mentorships.endedInPeriod],
      ],
    },
    waiting: {
      name: 'waiting',
      title: 'Members waiting for approval now',
      columns: ['Side', 'Waiting', 'Oldest waiting since', 'Days the oldest has waited'],
      rows: [
        ...sides.map((side) => [
          sideLabel(side),
          waiting.bySide[side].count,
          dayOf(waiting.bySide[side].oldestSince),
          waiting.bySide[side].oldestWaitedDays ?? '',
        ]),
        ['Both sides', waiting.total, dayOf(waiting.oldestSince), waiting.oldestWaitedDays ?? ''],
      ],
    },
    leavers: {
      name: 'leavers',
      title: 'People who left or were removed in the period',
      columns: ['Side', 'Left', 'Removed by staff'],
      rows: [
        ...sides.map((side) => [sideLabel(side), leavers.bySide[side].left, leavers.bySide[side].removed]),
        ['Both sides', leavers.bySide.mentor.left + leavers.bySide.mentee.left, leavers.bySide.mentor.removed + leavers.bySide.mentee.removed],
      ],
    },
  }
}
