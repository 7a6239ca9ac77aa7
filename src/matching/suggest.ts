import type { Payload } from 'payload'

import { canSeeIdentity, hasRole, idOf, type RelationValue } from '@/access'
import type { IdentityVisibility } from '@/access/visibility'
import { accountsBlockedWith } from '@/blocks/lookup'
import { typicalResponseHoursOf } from '@/mentorship/stats'
import { availabilityOf, directoryNames, listedMentorsOf, readCards, type MentorCard } from '@/queries/mentors'

import type { User } from '../../payload-types'
import { candidateFor, experiencesFor, type MatchingOptIns, type ProfileForMatching } from './candidates'
import { isSharedExperience, type ExperienceMatching } from './options'
import { readWishes } from './preferences'
import { indexCandidates, isSuggestible, rankIndexed, rankMentors, setResponseHours, type CandidateMentor, type RankIndex, type SeekerWishes } from './rank'

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

/**
 * A pooled profile and what every student may learn of it: `base` is its candidate as the ranking
 * sees it for a student who may see nothing hidden and with no block, built once per change of
 * the profile (src/matching/candidates.ts decides what goes in, so it holds no shared experience).
 */
type Pooled = { profile: PooledProfile; base: CandidateMentor; updatedAt: string }

type Pool = {
  /** By profile id. */
  profiles: Map<string, Pooled>
  /** Profile id by account. */
  profileOfAccount: Map<string, string>
  /** The bases of the profiles open to new students, laid out for ranking, rebuilt only after a change. */
  open: RankIndex | null
  /** Profiles paused until a date: they open again by themselves when it passes. */
  pausedUntil: Map<string, number>
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

/*
 * Kept on the process, not the module: Next bundles the API routes and the pages apart, and each
 * bundle would otherwise have its own pool.
 */
const poolsKey = Symbol.for('pride-career-network.matching-pools')
const pools: WeakMap<Payload, Pool> =
  ((globalThis as Record<symbol, unknown>)[poolsKey] as WeakMap<Payload, Pool> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[poolsKey] = new WeakMap<Payload, Pool>())

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

const noOptIn: MatchingOptIns = { matchOn: 'off', sharedExperience: [] }
const noBlocks: ReadonlySet<string> = new Set()

/** The candidate every student starts from: nothing hidden may show, no block, no programme. */
function baseCandidate(profile: PooledProfile, typicalResponseHours: number | null, now: Date): CandidateMentor {
  return candidateFor('', profile, noOptIn, { identityVisible: false, blockedWith: noBlocks, typicalResponseHours, now })
}

/** Puts a profile in the pool, or back in it after a change, with its base candidate. */
function addToPool(into: Pool, profile: PooledProfile, updatedAt: string, now: Date): void {
  const id = String(profile.id)
  const account = String(profile.user)
  into.profiles.set(id, { profile, base: baseCandidate(profile, into.responseHours.get(account)?.hours ?? null, now), updatedAt })
  into.profileOfAccount.set(account, id)
  // Only a pause still to end is watched; one that ended is already open in its base candidate.
  const until = profile.paused && profile.pausedUntil ? new Date(profile.pausedUntil).getTime() : null
  if (until !== null && until > now.getTime()) into.pausedUntil.set(id, until)
  else into.pausedUntil.delete(id)
  into.open = null
}

async function syncProfiles(payload: Payload, pool: Pool, now: Date): Promise<void> {
  const { docs } = await payload.find({
    collection: 'mentor-profiles',
    where: pool.profilesSeen ? { updatedAt: { greater_than_equal: pool.profilesSeen } } : {},
    select: profileSelect,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  // Names and slugs of industries and skills from the directory's own lookup (kept a minute),
  // read afresh when a changed profile names one it does not know yet.
  // The profiles last seen are read again each time (updatedAt is compared with ≥); those unchanged stay as they are.
  const changed = docs.filter((doc) => pool.profiles.get(String(doc.id))?.updatedAt !== doc.updatedAt)
  if (changed.length === 0) return
  let names = await directoryNames(payload)
  const known = (ids: unknown[] | null | undefined, table: Map<string, unknown>) => (ids ?? []).every((id) => table.has(String(idOf(id as RelationValue))))
  if (!changed.every((doc) => known(doc.skills, names.skills) && known(doc.industries, names.industries))) names = await directoryNames(payload, true)
  for (const doc of changed) {
    addToPool(
      pool,
      {
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
      },
      doc.updatedAt,
      now,
    )
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

/** The pool's index of the profiles open to new students, laid out again after a change. */
function openIndexOf(pool: Pool): RankIndex {
  return (pool.open ??= indexCandidates([...pool.profiles.values()].map((entry) => entry.base).filter((candidate) => isSuggestible(candidate))))
}

/** The process's pool for this Payload, brought up to date if it is older than `syncEveryMs`. */
async function currentPool(payload: Payload): Promise<Pool> {
  let pool = pools.get(payload)
  if (!pool) {
    pool = {
      profiles: new Map(),
      profileOfAccount: new Map(),
      open: null,
      pausedUntil: new Map(),
      optIns: new Map(),
      profilesSeen: null,
      optInsSeen: null,
      syncedAt: 0,
      syncing: null,
      responseHours: new Map(),
    }
    pools.set(payload, pool)
  }
  if (Date.now() - pool.syncedAt >= syncEveryMs) {
    const current = pool
    current.syncing ??= (async () => {
      try {
        const now = new Date()
        await Promise.all([syncProfiles(payload, current, now), syncOptIns(payload, current)])
        // A pause with an end date ends by itself, without a write to the profile.
        for (const [id, until] of current.pausedUntil) {
          const entry = current.profiles.get(id)
          if (until <= now.getTime() && entry) addToPool(current, entry.profile, entry.updatedAt, now)
        }
        current.syncedAt = Date.now()
      } finally {
        current.syncing = null
      }
    })()
    await current.syncing
  }
  openIndexOf(pool)
  return pool
}

/** Loads the process's pool ahead of the first suggestion (payload.config.ts, as a web server's Payload starts). */
export async function warmMatchingPool(payload: Payload): Promise<void> {
  await currentPool(payload)
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
    for (const [account, hours] of await typicalResponseHoursOf(payload, stale, now)) {
      pool.responseHours.set(account, { hours, at: Date.now() })
      // The base candidates are the pool's own: the next ranking uses the new time without a rebuild.
      const entry = pool.profiles.get(pool.profileOfAccount.get(account) ?? '')
      if (entry) {
        ;(entry.base as { typicalResponseHours: number | null }).typicalResponseHours = hours
        if (pool.open) setResponseHours(pool.open, entry.base.id, hours)
      }
    }
  }
  return new Map(accounts.map((account) => [account, pool.responseHours.get(account)?.hours ?? null]))
}

/** A student's wishes as the ranking reads them, or null while they have not said. */
export async function wishesOf(payload: Payload, student: Id): Promise<SeekerWishes | null> {
  const wishes = await readWishes(payload, student)
  const anything = wishes.helpTopics.length + wishes.industries.length + wishes.languages.length + wishes.sharedExperience.length > 0
  return anything || wishes.timeZone || wishes.region || wishes.meetingFrequency ? wishes : null
}

/**
 * The mentors this student has asked, from one query: `contacts` accepted a request from them (now
 * or before), the "contacts" identity audience; `asked` have one waiting or accepted, so are not
 * suggested again.
 */
async function mentorsOfStudent(payload: Payload, student: Id): Promise<{ contacts: Set<string>; asked: Set<string> }> {
  const { docs } = await payload.find({
    collection: 'mentorship-requests',
    where: { student: { equals: student }, status: { in: ['pending', 'more-info', 'accepted', 'ended'] } },
    select: { mentor: true, status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const contacts = new Set<string>()
  const asked = new Set<string>()
  for (const request of docs) {
    const mentor = String(idOf(request.mentor as RelationValue))
    if (request.status === 'accepted' || request.status === 'ended') contacts.add(mentor)
    if (request.status !== 'ended') asked.add(mentor)
  }
  return { contacts, asked }
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

/** What the platform knows of one student before ranking: the pool, and who is on the other side of a block, asked or a contact. */
type StudentContext = {
  pool: Pool
  blocked: Array<number | string>
  contacts: Set<string>
  asked: Set<string>
  programmeAccounts: Array<number | string> | null
}

async function studentContext(payload: Payload, student: Viewer, program: Id | null | undefined): Promise<StudentContext> {
  const [pool, blocked, { contacts, asked }, programmeAccounts] = await Promise.all([
    currentPool(payload),
    accountsBlockedWith(payload, student.id),
    mentorsOfStudent(payload, student.id),
    program != null ? listedMentorsOf(payload, program) : Promise.resolve(null),
  ])
  return { pool, blocked, contacts, asked, programmeAccounts }
}

/**
 * The candidates one student is ranked against, as the ranking may see them: the pool's index of
 * open profiles, shared by every student, and `replacing`, the few candidates that differ for this
 * student, built again through candidateFor, which alone decides what a student may learn of a
 * mentor. Those are the mentors on either side of a block or already asked (and the student's own
 * profile), and, when the student asked for a shared experience, the mentors who chose to be
 * matched on theirs. Inside a programme, its listed mentors alone, with nothing left to replace.
 */
export type StudentCandidates = { index: RankIndex; replacing: Map<string, CandidateMentor>; pool: Pool }

function candidatesFrom(
  context: StudentContext,
  student: Viewer,
  options: { program?: Id | null; now: Date; wishes?: SeekerWishes | null },
): StudentCandidates {
  const { pool, contacts } = context
  const blockedWith = new Set([...context.blocked.map(String), ...context.asked, String(student.id)])
  const programmeMentors = context.programmeAccounts
    ? new Set(context.programmeAccounts.map((account) => pool.profileOfAccount.get(String(account))).filter((id): id is string => id !== undefined))
    : undefined
  // Only a mentor sharing one of the experiences the student asked for can score or be explained
  // by it; every other opt-in leaves the mentor's candidate as it is. (No wishes given: all.)
  const wished = options.wishes ? new Set(options.wishes.sharedExperience) : null
  const mayShare = (optIns: MatchingOptIns) => wished === null || optIns.sharedExperience.some((experience) => wished.has(experience))
  const replacing = new Map<string, CandidateMentor>()
  const entryOf = (account: string) => pool.profiles.get(pool.profileOfAccount.get(account) ?? '')
  const identityVisibleTo = (profile: PooledProfile, account: string) =>
    canSeeIdentity(student, profile.user, profile.identitiesVisibility) || (profile.identitiesVisibility === 'contacts' && contacts.has(account))
  // The few on the other side of a block or already asked: built again, so the ranking leaves them out.
  for (const account of blockedWith) {
    const entry = entryOf(account)
    if (!entry) continue
    const { profile, base } = entry
    const optIns = pool.optIns.get(account) ?? noOptIn
    replacing.set(
      base.id,
      candidateFor(student.id, profile, optIns, {
        identityVisible: identityVisibleTo(profile, account),
        blockedWith,
        programmeMentors,
        typicalResponseHours: base.typicalResponseHours,
        now: options.now,
      }),
    )
  }
  // Mentors matched on a shared experience the student asked for, as far as each one's choice and
  // the visibility of their identity field allow it (experiencesFor, the rule candidateFor applies).
  if (wished === null || wished.size > 0) {
    for (const [account, optIns] of pool.optIns) {
      if (blockedWith.has(account) || !mayShare(optIns)) continue
      const entry = entryOf(account)
      if (!entry) continue
      const sharedExperience = experiencesFor(optIns, identityVisibleTo(entry.profile, account))
      if (sharedExperience.length > 0) replacing.set(entry.base.id, { ...entry.base, sharedExperience })
    }
  }

  if (programmeMentors) {
    const candidates = [...programmeMentors].flatMap((id) => {
      const own = replacing.get(id) ?? pool.profiles.get(id)?.base
      return own ? [{ ...own, inProgramme: true }] : []
    })
    return { index: indexCandidates(candidates), replacing: new Map(), pool }
  }
  // Laid out again here when another request's sync changed the pool since this one's.
  return { index: openIndexOf(pool), replacing, pool }
}

export async function candidatesForStudent(
  payload: Payload,
  student: Viewer,
  options: { program?: Id | null; now: Date; wishes?: SeekerWishes | null },
): Promise<StudentCandidates> {
  return candidatesFrom(await studentContext(payload, student, options.program), student, options)
}

/** The candidate with this id as this student's ranking saw it. */
export function candidateIn(set: StudentCandidates, id: string): CandidateMentor | undefined {
  const at = set.index.positionOf.get(id)
  return set.replacing.get(id) ?? (at === undefined ? undefined : set.index.candidates[at])
}

/** How many cards are read at first beyond those shown: enough for a profile or two changed since the pool's last sync. */
const cardsToSpare = 2

/**
 * Suggested Mentors and Connectors for a Career Candidate, best first, each with its reasons in
 * plain words. Mentors already asked (a request waiting or accepted) are left out, as are those
 * paused, full or on either side of a block with the student.
 */
export async function suggestMentorsFor(payload: Payload, student: Viewer, options: SuggestOptions = {}): Promise<Suggestions> {
  if (!hasRole(student, 'career-candidate')) return { state: 'no-wishes' }
  const now = options.now ?? new Date()
  const limit = options.limit ?? 10
  // The wishes are read while the pool syncs (when due) and the student's blocks and requests are read.
  const [wishes, context] = await Promise.all([wishesOf(payload, student.id), studentContext(payload, student, options.program)])
  if (!wishes) return { state: 'no-wishes' }
  const set = candidatesFrom(context, student, { program: options.program, now, wishes })
  const { pool } = set
  const rankOptions = { now, programmeOnly: options.program != null }

  // Rank once with the answer times already known, then read the shortlist's answer times and
  // rank it again, so a mentor's speed counts without a query per mentor in the pool.
  const first = rankIndexed(wishes, set.index, { ...rankOptions, limit: limit * shortlistFactor + 5, replacing: set.replacing })
  const shortlist = first.map((suggestion) => candidateIn(set, suggestion.id)!)
  const accountOf = new Map(shortlist.map((candidate) => [candidate.id, String(pool.profiles.get(candidate.id)!.profile.user)]))
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

  if (ranked.length === 0) return { state: 'ready', wishes, suggestions: [] }

  // The second read, with the student's access: what the cards show, and a last check that each
  // is still open (a profile paused, filled or removed since the pool's last sync drops out). The
  // first few are read at once; the rest of the shortlist only when too many of those dropped.
  const fullInProgramme =
    options.program != null
      ? fullInProgrammeOf(
          payload,
          options.program,
          ranked.map((suggestion) => ({ profile: suggestion.id, account: accountOf.get(suggestion.id)! })),
        )
      : Promise.resolve(new Set<string>())
  const suggestions: SuggestedMentor[] = []
  for (const batch of [ranked.slice(0, limit + cardsToSpare), ranked.slice(limit + cardsToSpare)]) {
    if (batch.length === 0 || suggestions.length === limit) break
    const [cards, full] = await Promise.all([
      readCards(
        payload,
        batch.map((suggestion) => suggestion.id),
        student,
      ),
      fullInProgramme,
    ])
    const cardOf = new Map(cards.map((card) => [String(card.id), card]))
    for (const suggestion of batch) {
      const card = cardOf.get(suggestion.id)
      if (!card || availabilityOf(card, now) !== 'open' || full.has(String(card.id))) continue
      suggestions.push({ card, score: suggestion.score, reasons: suggestion.reasons })
      if (suggestions.length === limit) break
    }
  }
  return { state: 'ready', wishes, suggestions }
}
