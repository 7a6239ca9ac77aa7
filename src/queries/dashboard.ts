import type { Payload } from 'payload'

import { idOf, staffOrganizationOf } from '@/access'
import { isPaused } from '@/accounts/involvement'
import { chosenNames } from '@/mentorship/requests'
import { openStatuses, type RequestStatus } from '@/mentorship/topics'
import { planState, planSummary } from '@/organizations/plan'
import { listRequests, type RequestSummary } from '@/queries/requests'
import { resumeOf } from '@/resumes/manage'

import type { Event, Opportunity, Organization, Resource, User } from '../../payload-types'

/**
 * What each role's home dashboard (/dashboard) shows. Everything is read with the member's own
 * access (`overrideAccess: false`, `user: member`), so a dashboard never shows more than the
 * pages it links to would.
 */

export const dashboardListLength = 5

const asMember = (member: User) => ({ overrideAccess: false, user: member }) as const

export type UpcomingEvent = Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'format'> & { hostName: string | null }
export type NewJob = Pick<Opportunity, 'id' | 'title' | 'slug' | 'kind' | 'workplace' | 'location' | 'deadline'> & { companyName: string | null }

export type CandidateDashboard = {
  requests: RequestSummary[]
  totalRequests: number
  waitingRequests: number
  events: UpcomingEvent[]
  jobs: NewJob[]
  hasResume: boolean
}

/** A Career Candidate's home: their requests and where each stands, the next events, the newest jobs. */
export async function candidateDashboard(payload: Payload, member: User, now = new Date()): Promise<CandidateDashboard> {
  const [sent, events, jobs, resume] = await Promise.all([
    listRequests(payload, member, 'sent'),
    upcomingEvents(payload, member, now),
    newJobs(payload, member, now),
    resumeOf(payload, member),
  ])
  return {
    requests: sent.requests.slice(0, dashboardListLength),
    totalRequests: sent.totalDocs,
    waitingRequests: sent.requests.filter((request) => openStatuses.includes(request.status)).length,
    events,
    jobs,
    hasResume: resume != null,
  }
}

async function upcomingEvents(payload: Payload, member: User, now: Date): Promise<UpcomingEvent[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ _status: { equals: 'published' } }, { startsAt: { greater_than_equal: now.toISOString() } }] },
    select: { title: true, slug: true, startsAt: true, startsAt_tz: true, endsAt: true, format: true, organization: true },
    populate: { organizations: { name: true } },
    sort: 'startsAt',
    depth: 1,
    limit: 3,
    ...asMember(member),
  })
  return docs.map(({ organization, ...event }) => ({
    ...(event as Omit<UpcomingEvent, 'hostName'>),
    hostName: organization && typeof organization === 'object' ? organization.name : null,
  }))
}

async function newJobs(payload: Payload, member: User, now: Date): Promise<NewJob[]> {
  const { docs } = await payload.find({
    collection: 'opportunities',
    where: { and: [{ _status: { equals: 'published' } }, { deadline: { greater_than_equal: now.toISOString() } }] },
    select: { title: true, slug: true, kind: true, workplace: true, location: true, deadline: true, organization: true },
    populate: { organizations: { name: true } },
    sort: '-createdAt',
    depth: 1,
    limit: 3,
    ...asMember(member),
  })
  return docs.map(({ organization, ...job }) => ({
    ...(job as Omit<NewJob, 'companyName'>),
    companyName: organization && typeof organization === 'object' ? organization.name : null,
  }))
}

export type WaitingRequest = { id: number | string; status: RequestStatus; helpWith: string; studentName: string; createdAt: string; expiresAt: string | null }

export type ProfileState = {
  slug: string
  /** Shown in the directory and open to new students, full, or paused. */
  availability: 'open' | 'full' | 'paused'
  pausedUntil: string | null
  activeMentees: number
  capacity: number
  pronounsVisibility: string
  identitiesVisibility: string
  hasPhoto: boolean
}

export type MentorDashboard = { waiting: WaitingRequest[]; totalWaiting: number; activeMentorships: number; profile: ProfileState | null }

/** A Mentor's or Connector's home: the requests waiting for their answer, soonest due first, and how their profile shows. */
export async function mentorDashboard(payload: Payload, member: User, now = new Date()): Promise<MentorDashboard> {
  const [waiting, active, profiles] = await Promise.all([
    payload.find({
      collection: 'mentorship-requests',
      where: { mentor: { equals: member.id }, status: { in: openStatuses } },
      select: { status: true, helpWith: true, student: true, createdAt: true, expiresAt: true },
      sort: 'expiresAt',
      depth: 0,
      limit: dashboardListLength,
      ...asMember(member),
    }),
    payload.count({ collection: 'mentorship-requests', where: { mentor: { equals: member.id }, status: { equals: 'accepted' } }, ...asMember(member) }),
    payload.find({
      collection: 'mentor-profiles',
      where: { user: { equals: member.id } },
      select: {
        slug: true,
        availability: true,
        capacity: true,
        activeMentees: true,
        pronounsVisibility: true,
        identitiesVisibility: true,
        photo: true,
      },
      depth: 0,
      limit: 1,
      // Their own profile, found by the account behind it, which only the platform may query.
      overrideAccess: true,
    }),
  ])
  const names = await chosenNames(
    payload,
    waiting.docs.map((request) => idOf(request.student)!),
  )
  const profile = profiles.docs[0]
  return {
    waiting: waiting.docs.map((request) => ({
      id: request.id,
      status: request.status,
      helpWith: request.helpWith,
      studentName: names.get(String(idOf(request.student))) ?? 'A former member',
      createdAt: request.createdAt,
      expiresAt: request.expiresAt ?? null,
    })),
    totalWaiting: waiting.totalDocs,
    activeMentorships: active.totalDocs,
    profile: profile
      ? {
          slug: profile.slug,
          // The account's pause is the one members set; the profile follows it.
          availability: isPaused(member, now) ? 'paused' : profile.availability === 'full' ? 'full' : 'open',
          pausedUntil: isPaused(member, now) ? (member.pausedUntil ?? null) : null,
          activeMentees: profile.activeMentees ?? 0,
          capacity: profile.capacity,
          pronounsVisibility: profile.pronounsVisibility ?? 'members',
          identitiesVisibility: profile.identitiesVisibility ?? 'hidden',
          hasPhoto: profile.photo != null,
        }
      : null,
  }
}

export type PostingKind = 'event' | 'job' | 'resource'

export type StaffPosting = {
  kind: PostingKind
  id: number | string
  title: string
  slug: string | null
  /** Draft, published, or past its date (an event that happened, a job whose deadline passed). */
  state: 'draft' | 'published' | 'ended'
  updatedAt: string
}

export type StaffDashboard = {
  organization: Pick<Organization, 'id' | 'name' | 'slug' | 'kind'> & { planActive: boolean; planSummary: string; tier: string | null }
  postings: StaffPosting[]
  counts: Record<PostingKind, number>
} | null

/**
 * Organisation staff's home: their organisation's plan and what it has posted, newest change
 * first (drafts included: staff read their own).
 */
export async function staffDashboard(payload: Payload, member: User, now = new Date()): Promise<StaffDashboard> {
  const organizationId = staffOrganizationOf(member)
  if (organizationId == null) return null
  const organization = await payload.findByID({
    collection: 'organizations',
    id: organizationId,
    select: { name: true, slug: true, kind: true, plan: true },
    depth: 0,
    disableErrors: true,
    ...asMember(member),
  })
  if (!organization) return null
  const own = { organization: { equals: organization.id } }
  const common = { where: own, depth: 0, limit: dashboardListLength, sort: '-updatedAt', draft: true, ...asMember(member) } as const
  const [events, jobs, resources] = await Promise.all([
    payload.find({ collection: 'events', ...common, select: { title: true, slug: true, _status: true, startsAt: true, updatedAt: true } }),
    organization.kind === 'company'
      ? payload.find({ collection: 'opportunities', ...common, select: { title: true, slug: true, _status: true, deadline: true, updatedAt: true } })
      : null,
    payload.find({ collection: 'resources', ...common, select: { title: true, slug: true, _status: true, updatedAt: true } }),
  ])
  const stateOf = (status: string | null | undefined, endsAt?: string | null): StaffPosting['state'] =>
    status !== 'published' ? 'draft' : endsAt && new Date(endsAt) < now ? 'ended' : 'published'
  const postings: StaffPosting[] = [
    ...events.docs.map((event) => ({
      kind: 'event' as const,
      id: event.id,
      title: event.title,
      slug: event.slug ?? null,
      state: stateOf(event._status, event.startsAt),
      updatedAt: event.updatedAt,
    })),
    ...(jobs?.docs ?? []).map((job) => ({
      kind: 'job' as const,
      id: job.id,
      title: job.title,
      slug: job.slug ?? null,
      state: stateOf(job._status, job.deadline),
      updatedAt: job.updatedAt,
    })),
    ...resources.docs.map((resource: Pick<Resource, 'id' | 'title' | 'slug' | '_status' | 'updatedAt'>) => ({
      kind: 'resource' as const,
      id: resource.id,
      title: resource.title,
      slug: resource.slug ?? null,
      state: stateOf(resource._status),
      updatedAt: resource.updatedAt,
    })),
  ].sort((left, right) => right.updatedAt.localeCompare(left.updatedAt))
  const holder = { name: organization.name, kind: organization.kind, plan: organization.plan }
  return {
    organization: {
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      kind: organization.kind,
      planActive: planState(holder, now).active,
      planSummary: planSummary(holder, now),
      tier: organization.plan?.tier ?? null,
    },
    postings: postings.slice(0, dashboardListLength * 2),
    counts: { event: events.totalDocs, job: jobs?.totalDocs ?? 0, resource: resources.totalDocs },
  }
}

export type AdminOverview = { newReports: number; newContactMessages: number; members: number; waitingRequests: number }

/** An admin's short overview: what waits for the team in /admin. */
export async function adminOverview(payload: Payload, member: User): Promise<AdminOverview> {
  const [reports, contact, members, requests] = await Promise.all([
    payload.count({ collection: 'conduct-reports', where: { status: { equals: 'new' } }, ...asMember(member) }),
    payload.count({ collection: 'contact-messages', where: { status: { equals: 'new' } }, ...asMember(member) }),
    payload.count({ collection: 'users', ...asMember(member) }),
    payload.count({ collection: 'mentorship-requests', where: { status: { equals: 'pending' } }, ...asMember(member) }),
  ])
  return { newReports: reports.totalDocs, newContactMessages: contact.totalDocs, members: members.totalDocs, waitingRequests: requests.totalDocs }
}
