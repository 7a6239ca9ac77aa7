import type { Payload } from 'payload'

import { canSeeIdentity, hasRole, idOf, type RelationValue } from '@/access'
import type { IdentityVisibility } from '@/access/visibility'
import { accountsBlockedWith } from '@/blocks/lookup'
import { statsFromRequests, statsWindowMs } from '@/mentorship/stats'
import { availabilityOf, directoryNames, listedMentorsOf, readCards, type MentorCard } from '@/queries/mentors'

import type { User } from '../../payload-types'
import { candidateFor, type MatchingOptIns, type ProfileForMatching } from './candidates'
import { isSharedExperience, type ExperienceMatching } from './options'
import { readPreferences } from './preferences'
import { rankMentors, type CandidateMentor, type SeekerWishes } from './rank'

/*
 * Suggested mentors for one Career Candidate: the platform's profiles ranked against what the
 * student said they look for (src/matching/rank.ts), filtered by capacity, pause, blocks and
 * programme, then read with the student's own access so each card shows only what its owner
 * allows.
 *
 * Ranking needs every open profile's few matching fields. Reading 50,000 of them through the
 * database for each suggestion would cost far more than ranking them, so each server process
 * keeps those fields in memory (the pool below), loaded once and brought up to date from the
 * profiles and opt-ins changed since (by `updatedAt`) at most every few seconds. The pool is only
 * a shortlist: the suggestions are read again from the database with access applied, and a
 * profile that became full, paused, blocked or removed in between drops out there.
 */

type Id = number | string
type Viewer = Pick<User, 'id' | 'roles'>

export type SuggestedMentor = { card: MentorCard; score: number; reasons: string[] }

export type Suggestions =
  /** The student has not said what they look for yet. */
  { state: 'no-wishes' } | { state: 'ready'; wishes: SeekerWishes; suggestions: SuggestedMentor[] }

type PooledProfile = ProfileForMatching & { identitiesVisibility: IdentityVisibility | null }
type ResponseHours = { hours: number | null; at: number }

type Pool = {
  profiles: Map<string, PooledProfile>
  optIns: Map<string, MatchingOptIns>
  /** The newest `updatedAt` seen, per collection: the next sync reads from there. */
  profilesSeen: string | null
  optInsSeen: string | null
  syncedAt: number
  syncing: Promise<void> | null
  responseHours: Map<string, ResponseHours>
}

/** How often a process looks for changed profiles at most; a change shows in suggestions within this. */
const syncEveryMs = 3_000
/** Response times change slowly: each mentor's is read again after this. */
const responseHoursForMs = 10 * 60_000
/** How many more than asked the ranking shortlists, for those that drop out on the second read. */
const shortlistFactor = 2

const pools = new WeakMap<Payload, Pool>()

const profileSelect = {
  user: true,
  kind: true,
  industries: true,
  skills: true,
  languages: true,
  timeZone: true,
  availability: true,
  capacity: true,
  activeMentees: true,
  paused: true,
  pausedUntil: true,
  // Only the visibility: whether this student may see the identity field. Never the field itself.
  identitiesVisibility: true,
  updatedAt: true,
} as const

const later = (left: string | null, right: string) => (left === null || right > left ? right : left)

type Names = Awaited<ReturnType<typeof directoryNames>>

async function syncProfiles(payload: Payload, pool: Pool, names: Names): Promise<void> {
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: pool.profilesSeen ? { updatedAt: { greater_than_equal: pool.profilesSeen } } : {},
    select: profileSelect,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) {
    pool.profiles.set(String(doc.id), {
      id: doc.id,
      user: idOf(doc.user as RelationValue) ?? '',
      kind: doc.kind,
      industries: (doc.industries ?? []).map((industry) => {
        const id = String(idOf(industry as RelationValue))
        return { id, name: names.industries.get(id)?.name ?? '' }
      }),
      skills: (doc.skills ?? []).map((skill) => ({ slug: names.skills.get(String(idOf(skill as RelationValue)))?.slug ?? '' })),
      languages: doc.languages ?? [],
      timeZone: doc.timeZone ?? null,
      availability: doc.availability,
      capacity: doc.capacity,
      activeMentees: doc.activeMentees ?? 0,
      paused: doc.paused ?? false,
      pausedUntil: doc.pausedUntil ?? null,
      identitiesVisibility: (doc.identitiesVisibility as IdentityVisibility | undefined) ?? null,
    })
    pool.profilesSeen = later(pool.profilesSeen, doc.updatedAt)
  }
}

async function syncOptIns(payload: Payload, pool: Pool): Promise<void> {
  const { docs } = await payload.find({
    collection: 'match-preferences',
    where: pool.optInsSeen ? { updatedAt: { greater_than_equal: pool.optInsSeen } } : {},
    select: { user: true, sharedExperience: true, matchOn: true, updatedAt: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const doc of docs) {
    const user = String(idOf(doc.user as RelationValue))
    const matchOn = (doc.matchOn ?? 'off') as ExperienceMatching
    if (matchOn === 'off') pool.optIns.delete(user)
    else pool.optIns.set(user, { matchOn, sharedExperience: (doc.sharedExperience ?? []).filter(isSharedExperience) })
    pool.optInsSeen = later(pool.optInsSeen, doc.updatedAt)
  }
}

/** The process's pool for this Payload, brought up to date if it is older than `syncEveryMs`. */
async function currentPool(payload: Payload): Promise<Pool> {
  let pool = pools.get(payload)
  if (!pool) {
    pool = { profiles: new Map(), optIns: new Map(), profilesSeen: null, optInsSeen: null, syncedAt: 0, syncing: null, responseHours: new Map() }
    pools.set(payload, pool)
  }
  if (Date.now() - pool.syncedAt >= syncEveryMs) {
    const current = pool
    current.syncing ??= (async () => {
      try {
        // Names and slugs of industries and skills from the directory's own lookup (kept a minute; a new one reloads it).
        let names = await directoryNames(payload)
        const { totalDocs } = await payload.count({ collection: 'skills', overrideAccess: true })
        if (totalDocs !== names.skills.size) names = await directoryNames(payload, true)
        await Promise.all([syncProfiles(payload, current, names), syncOptIns(payload, current)])
        current.syncedAt = Date.now()
      } finally {
        current.syncing = null
      }
    })()
    await current.syncing
  }
  return pool
}

/** Forgets the process's pool (tests that rewrite the database under one Payload). */
export function forgetMatchingPool(payload: Payload): void {
  pools.delete(payload)
}

/** Median hours to a first answer for these mentors, from one query, kept a while per mentor. */
async function responseHoursOf(payload: Payload, pool: Pool, accounts: string[], now: Date): Promise<Map<string, number | null>> {
  const stale = accounts.filter((account) => {
    const known = pool.responseHours.get(account)
    return !known || Date.now() - known.at > responseHoursForMs
  })
  if (stale.length > 0) {
    const { docs } = await payload.find({
      collection: 'mentorship-requests',
      where: { mentor: { in: stale }, createdAt: { greater_than: new Date(now.getTime() - statsWindowMs).toISOString() } },
      select: { mentor: true, status: true, createdAt: true, respondedAt: true, closedBy: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const byMentor = new Map<string, typeof docs>(stale.map((account) => [account, []]))
    for (const request of docs) byMentor.get(String(idOf(request.mentor as RelationValue)))?.push(request)
    for (const [account, requests] of byMentor) {
      const stats = statsFromRequests(requests)
      pool.responseHours.set(account, { hours: stats.kind === 'known' ? stats.typicalHours : null, at: Date.now() })
    }
  }
  return new Map(accounts.map((account) => [account, pool.responseHours.get(account)?.hours ?? null]))
}

/** A student's wishes as the ranking reads them, or null while they have not said. */
export async function wishesOf(payload: Payload, student: Id): Promise<SeekerWishes | null> {
  const said = await readPreferences(payload, student)
  const wishes: SeekerWishes = { ...said, industries: said.industries.map((industry) => industry.id) }
  const anything = wishes.helpTopics.length + wishes.industries.length + wishes.languages.length + wishes.sharedExperience.length > 0
  return anything || wishes.timeZone || wishes.region || wishes.meetingFrequency ? wishes : null
}

/** The Mentors and Connectors who accepted a request from this student (now or before): the "contacts" identity audience. */
async function mentorsWhoAcceptedStudent(payload: Payload, student: Id): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'mentorship-requests',
    where: { student: { equals: student }, status: { in: ['accepted', 'ended'] } },
    select: { mentor: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((request) => String(idOf(request.mentor as RelationValue))))
}

/** The mentors and connectors with an open request from this student: already asked, so not suggested again. */
async function mentorsAskedBy(payload: Payload, student: Id): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'mentorship-requests',
    where: { student: { equals: student }, status: { in: ['pending', 'more-info', 'accepted'] } },
    select: { mentor: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((request) => String(idOf(request.mentor as RelationValue))))
}

/**
 * Of these profiles, those whose mentor has no place left in the programme: its mentees-per-mentor
 * limit (else their own), counted over their active mentorships in it, in one query.
 */
async function fullInProgrammeOf(payload: Payload, program: Id, shortlist: { profile: string; account: string }[]): Promise<Set<string>> {
  if (shortlist.length === 0) return new Set()
  const [programme, { docs }] = await Promise.all([
    payload.findByID({ collection: 'programs', id: program, select: { capacityPerMentor: true }, depth: 0, overrideAccess: true, disableErrors: true }),
    payload.find({
      collection: 'mentorship-requests',
      where: { program: { equals: program }, status: { equals: 'accepted' }, mentor: { in: shortlist.map(({ account }) => account) } },
      select: { mentor: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const limit = programme?.capacityPerMentor
  if (!limit) return new Set()
  const active = new Map<string, number>()
  for (const request of docs) {
    const mentor = String(idOf(request.mentor as RelationValue))
    active.set(mentor, (active.get(mentor) ?? 0) + 1)
  }
  return new Set(shortlist.filter(({ account }) => (active.get(account) ?? 0) >= limit).map(({ profile }) => profile))
}

export type SuggestOptions = {
  /** Suggestions inside this programme: only its listed mentors. */
  program?: Id | null
  limit?: number
  now?: Date
}

/**
 * The candidates one student is ranked against, as the ranking may see them: for each pooled
 * profile, what this student may learn of it (src/matching/candidates.ts decides), with the
 * student's blocks, the programme's mentors and the mentors' answer times.
 */
export async function candidatesForStudent(
  payload: Payload,
  student: Viewer,
  options: { program?: Id | null; now: Date },
): Promise<{ candidates: CandidateMentor[]; pool: Pool }> {
  const [pool, blocked, contacts, asked, programmeAccounts] = await Promise.all([
    currentPool(payload),
    accountsBlockedWith(payload, student.id),
    mentorsWhoAcceptedStudent(payload, student.id),
    mentorsAskedBy(payload, student.id),
    options.program != null ? listedMentorsOf(payload, options.program) : Promise.resolve(null),
  ])
  const blockedWith = new Set([...blocked.map(String), ...asked])
  const inProgramme = programmeAccounts ? new Set(programmeAccounts.map(String)) : null
  const programmeMentors = new Set<string>()
  const candidates: CandidateMentor[] = []
  const off: MatchingOptIns = { matchOn: 'off', sharedExperience: [] }
  for (const profile of pool.profiles.values()) {
    const account = String(profile.user)
    if (inProgramme && !inProgramme.has(account)) continue
    if (inProgramme) programmeMentors.add(String(profile.id))
    const identityVisible =
      canSeeIdentity(student, profile.user, profile.identitiesVisibility) || (profile.identitiesVisibility === 'contacts' && contacts.has(account))
    candidates.push(
      candidateFor(student.id, profile, pool.optIns.get(account) ?? off, {
        identityVisible,
        blockedWith,
        programmeMentors: inProgramme ? programmeMentors : undefined,
        typicalResponseHours: pool.responseHours.get(account)?.hours ?? null,
        now: options.now,
      }),
    )
  }
  return { candidates, pool }
}

/**
 * Suggested Mentors and Connectors for a Career Candidate, best first, each with its reasons in
 * plain words. Mentors already asked (a request waiting or accepted) are left out, as are those
 * paused, full or on either side of a block with the student.
 */
export async function suggestMentorsFor(payload: Payload, student: Viewer, options: SuggestOptions = {}): Promise<Suggestions> {
  if (!hasRole(student, 'career-candidate')) return { state: 'no-wishes' }
  const now = options.now ?? new Date()
  const limit = options.limit ?? 10
  const wishes = await wishesOf(payload, student.id)
  if (!wishes) return { state: 'no-wishes' }
  const { candidates, pool } = await candidatesForStudent(payload, student, { program: options.program, now })
  const rankOptions = { now, programmeOnly: options.program != null }
  const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]))

  // Rank once with the answer times already known, then read the shortlist's answer times and
  // rank it again, so a mentor's speed counts without a query per mentor in the pool.
  const first = rankMentors(wishes, candidates, { ...rankOptions, limit: limit * shortlistFactor + 5 })
  const shortlist = first.map((suggestion) => byId.get(suggestion.id)!)
  const accountOf = new Map(
    [...pool.profiles.values()].filter((profile) => byId.has(String(profile.id))).map((profile) => [String(profile.id), String(profile.user)]),
  )
  const hours = await responseHoursOf(
    payload,
    pool,
    shortlist.map((candidate) => accountOf.get(candidate.id)!),
    now,
  )
  const ranked = rankMentors(
    wishes,
    shortlist.map((candidate) => ({ ...candidate, typicalResponseHours: hours.get(accountOf.get(candidate.id)!) ?? null })),
    { ...rankOptions, limit: limit * shortlistFactor },
  )

  // The second read, with the student's access: what the cards show, and a last check that each
  // is still open (a profile paused, filled or removed since the pool's last sync drops out).
  const cards = await readCards(
    payload,
    ranked.map((suggestion) => suggestion.id),
    student,
  )
  const cardOf = new Map(cards.map((card) => [String(card.id), card]))
  const fullInProgramme =
    options.program != null
      ? await fullInProgrammeOf(
          payload,
          options.program,
          ranked.map((suggestion) => ({ profile: suggestion.id, account: accountOf.get(suggestion.id)! })),
        )
      : new Set<string>()
  const suggestions: SuggestedMentor[] = []
  for (const suggestion of ranked) {
    const card = cardOf.get(suggestion.id)
    if (!card || availabilityOf(card, now) !== 'open' || fullInProgramme.has(String(card.id))) continue
    suggestions.push({ card, score: suggestion.score, reasons: suggestion.reasons })
    if (suggestions.length === limit) break
  }
  return { state: 'ready', wishes, suggestions }
}
