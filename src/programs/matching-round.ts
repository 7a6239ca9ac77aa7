import { munkres } from 'munkres'
import type { Payload, PayloadRequest } from 'payload'

import { hasRole, idOf, isSameId, staffOrganizationOf } from '@/access'
import { claimRow } from '@/db/claim'
import { queueEmail } from '@/email/outbox'
import * as emails from '@/email/templates/program-matching'
import { inTransaction } from '@/lib/transaction'
import { candidateFor, type ProfileForMatching } from '@/matching/candidates'
import type { ExperienceMatching, SharedExperience } from '@/matching/options'
import { isSuggestible, scoreEach, type CandidateMentor, type SeekerWishes } from '@/matching/rank'
import { chosenNames, emailAddressOf, refreshMentorLoad } from '@/mentorship/requests'
import { typicalResponseHoursOf } from '@/mentorship/stats'
import { openStatuses } from '@/mentorship/topics'
import { isDocumentId } from '@/server/api-input'

import type { MatchRound, Program, User } from '../../payload-types'
import { mentoringHasEnded } from './requests'

/*
 * Programme staff's matching round, for programmes whose staff propose the pairs: the platform
 * scores every waiting mentee against every mentor with room (src/matching/rank.ts), assigns
 * them all at once so the total fit is best (the Hungarian algorithm, `munkres`), staff review
 * and adjust the proposal, then send the introductions, which start each mentorship as an
 * accepted request within the programme and email both people.
 *
 * A mentee's wishes are their match-preferences record only: the programme's registration
 * answers are free text in each programme's own words, so they are not compared. Staff see the
 * scores and the reasons `forStaff` gives, which never name a student's shared-experience wish.
 */

type Id = number | string
export type Viewer = Pick<User, 'id' | 'roles'> & Partial<Pick<User, 'organization'>>
export type RoundRefusal = { ok: false; status: 400 | 401 | 403 | 404 | 409; message: string }
export type RoundOutcome<T = object> = ({ ok: true } & T) | RoundRefusal

export type RoundProgram = Pick<Program, 'id' | 'name' | 'slug' | 'status' | 'matching' | 'capacityPerMentor' | 'period' | 'organization'>

/** One mentor of the programme who may be proposed, as staff see them. */
export type PoolMentor = {
  profileId: string
  /** The profile's id as the database gives it (a number on SQLite). */
  profileRef: Id
  userId: Id
  name: string
  /** Places left in this programme: their own capacity and the programme's mentees per mentor, whichever is fewer. */
  placesLeft: number
}

type PoolMentee = { userId: Id; name: string; wishes: SeekerWishes }

/** Everything a round is computed from, read once. */
type Pool = {
  program: RoundProgram
  mentees: PoolMentee[]
  mentors: PoolMentor[]
  /** For each mentee (by user id), a candidate built for them from each mentor that may be proposed at all. */
  candidatesOf: Map<string, CandidateMentor[]>
}

const refuse = (status: RoundRefusal['status'], message: string): RoundRefusal => ({ ok: false, status, message })
const notYours = () => refuse(404, 'This programme does not exist, or it is not one your organisation runs.')
const roundNotFound = () => refuse(404, 'This matching round does not exist, or it is not one of your programmes’.')
/** A claim on a round is never taken over: a send that stopped half-way is for staff to look at, not to repeat. */
const neverStale = 100 * 365 * 24 * 60 * 60 * 1000

const emptyWishes: SeekerWishes = { helpTopics: [], industries: [], languages: [], sharedExperience: [] }

/** The programme, when the viewer may match its mentees: its staff or an admin, and its staff match centrally. */
export async function programForMatching(
  payload: Payload,
  viewer: Viewer | null,
  programId: Id,
  now: Date = new Date(),
): Promise<RoundOutcome<{ program: RoundProgram }>> {
  if (!viewer) return refuse(401, 'Sign in as a member of the programme’s staff to match its mentees.')
  if (!isDocumentId(String(programId))) return notYours()
  const program = (await payload.findByID({
    collection: 'programs',
    id: programId,
    select: { name: true, slug: true, status: true, matching: true, capacityPerMentor: true, period: true, organization: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as RoundProgram | null
  if (!program) return notYours()
  const organization = staffOrganizationOf(viewer)
  if (!hasRole(viewer, 'admin') && (organization == null || !isSameId(organization, program.organization))) {
    return refuse(403, 'Only the staff of the organisation that runs this programme, and platform admins, match its mentees.')
  }
  if (program.matching !== 'staff') {
    return refuse(
      409,
      `In ${program.name} mentees choose their own mentor. To propose the pairs yourselves, set its matching to “Programme staff propose the pairs”.`,
    )
  }
  if (program.status === 'draft') return refuse(409, `${program.name} is still a draft. Open it before matching its mentees.`)
  if (mentoringHasEnded(program, now)) return refuse(409, `Mentoring in ${program.name} has ended, so it takes no new pairs.`)
  return { ok: true, program }
}

const str = (id: Id | null | undefined) => String(id)

/** Reads who is waiting, who may mentor and how much room each has, and builds each mentee's candidates. */
async function loadPool(payload: Payload, program: RoundProgram, now: Date, req?: PayloadRequest): Promise<Pool> {
  const memberships = await payload.find({
    collection: 'program-memberships',
    where: { and: [{ program: { equals: program.id } }, { status: { equals: 'active' } }] },
    select: { user: true, side: true, hiddenFromListings: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const requests = await payload.find({
    collection: 'mentorship-requests',
    where: { and: [{ program: { equals: program.id } }, { status: { in: [...openStatuses, 'accepted'] } }] },
    select: { student: true, mentor: true, status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // Mentees with a mentorship, or a request still waiting, in the programme are not waiting for a match.
  const taken = new Set(requests.docs.map((request) => str(idOf(request.student))))
  const acceptedIn = new Map<string, number>()
  for (const request of requests.docs) {
    if (request.status !== 'accepted') continue
    const mentor = str(idOf(request.mentor))
    acceptedIn.set(mentor, (acceptedIn.get(mentor) ?? 0) + 1)
  }
  // Ids as the database gives them (numbers on SQLite), by their text.
  const userRef = new Map(memberships.docs.map((membership) => [str(idOf(membership.user)), idOf(membership.user)!]))
  const menteeIds = [...new Set(memberships.docs.filter((membership) => membership.side === 'mentee').map((membership) => str(idOf(membership.user))))].filter(
    (id) => !taken.has(id),
  )
  // A mentor who took themselves off the programme's pages is not proposed either.
  const mentorIds = [
    ...new Set(
      memberships.docs.filter((membership) => membership.side === 'mentor' && !membership.hiddenFromListings).map((membership) => str(idOf(membership.user))),
    ),
  ]

  const [profiles, preferences, blocks, names] = await Promise.all([
    mentorIds.length === 0
      ? Promise.resolve({ docs: [] })
      : payload.find({
          collection: 'mentor-profiles',
          where: { user: { in: mentorIds } },
          select: {
            user: true,
            kind: true,
            displayName: true,
            industries: true,
            skills: true,
            languages: true,
            timeZone: true,
            availability: true,
            capacity: true,
            activeMentees: true,
            paused: true,
            pausedUntil: true,
            identitiesVisibility: true,
          },
          populate: { industries: { name: true }, skills: { slug: true } },
          depth: 1,
          pagination: false,
          overrideAccess: true,
          req,
        }),
    menteeIds.length + mentorIds.length === 0
      ? Promise.resolve({ docs: [] })
      : payload.find({
          collection: 'match-preferences',
          where: { user: { in: [...menteeIds, ...mentorIds] } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        }),
    menteeIds.length === 0
      ? Promise.resolve({ docs: [] })
      : payload.find({
          collection: 'blocks',
          where: { or: [{ blocker: { in: menteeIds } }, { blocked: { in: menteeIds } }] },
          select: { blocker: true, blocked: true },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        }),
    chosenNames(payload, [...menteeIds, ...mentorIds], req),
  ])
  const preferencesOf = new Map(preferences.docs.map((record) => [str(idOf(record.user)), record]))
  const blocked = new Set(
    blocks.docs.flatMap((block) => [`${str(idOf(block.blocker))}|${str(idOf(block.blocked))}`, `${str(idOf(block.blocked))}|${str(idOf(block.blocker))}`]),
  )
  const typicalHours = await typicalResponseHoursOf(payload, mentorIds, now, req)

  const byId = (left: { id: Id }, right: { id: Id }) => str(left.id).length - str(right.id).length || (str(left.id) < str(right.id) ? -1 : 1)
  const sortedProfiles = [...profiles.docs].sort(byId)
  const mentors: PoolMentor[] = sortedProfiles.map((profile) => {
    const userId = idOf(profile.user)!
    const ownLeft = profile.capacity - (profile.activeMentees ?? 0)
    const programmeLeft = program.capacityPerMentor == null ? ownLeft : program.capacityPerMentor - (acceptedIn.get(str(userId)) ?? 0)
    return {
      profileId: str(profile.id),
      profileRef: profile.id,
      userId,
      name: names.get(str(userId)) ?? profile.displayName,
      placesLeft: Math.max(0, Math.min(ownLeft, programmeLeft)),
    }
  })
  const programmeMentors = new Set(mentors.map((mentor) => mentor.profileId))

  const mentees: PoolMentee[] = menteeIds
    .map((id) => ({ id }))
    .sort(byId)
    .map(({ id }) => {
      const record = preferencesOf.get(id)
      const wishes: SeekerWishes = record
        ? {
            helpTopics: record.helpTopics ?? [],
            industries: (record.industries ?? []).map((industry) => str(idOf(industry))),
            languages: record.languages ?? [],
            timeZone: record.timeZone ?? null,
            region: record.region ?? null,
            meetingFrequency: record.meetingFrequency ?? null,
            sharedExperience: (record.sharedExperience ?? []) as SharedExperience[],
          }
        : emptyWishes
      return { userId: userRef.get(id)!, name: names.get(id) ?? 'A mentee', wishes }
    })

  const candidatesOf = new Map<string, CandidateMentor[]>()
  for (const mentee of mentees) {
    const blockedWith = new Set(mentors.map((mentor) => str(mentor.userId)).filter((mentor) => blocked.has(`${str(mentee.userId)}|${mentor}`)))
    candidatesOf.set(
      str(mentee.userId),
      sortedProfiles.map((profile) => {
        const optIns = preferencesOf.get(str(idOf(profile.user)))
        return candidateFor(
          mentee.userId,
          // Read at depth 1 for its industries and skills, the account comes populated too.
          { ...profile, user: idOf(profile.user)! } as unknown as ProfileForMatching,
          {
            sharedExperience: (optIns?.sharedExperience ?? []) as SharedExperience[],
            matchOn: (optIns?.matchOn ?? 'off') as ExperienceMatching,
          },
          {
            // A new mentee sees an identity field only when it is shown to all members.
            identityVisible: profile.identitiesVisibility === 'public' || profile.identitiesVisibility === 'members',
            blockedWith,
            programmeMentors,
            typicalResponseHours: typicalHours.get(str(idOf(profile.user))) ?? null,
            now,
          },
        )
      }),
    )
  }
  return { program, mentees, mentors, candidatesOf }
}

export type ProposedPair = { mentee: Id; menteeName: string; profile: string | null; score: number | null; reasons: string[] }

/**
 * The best assignment of mentees to mentors' places: the largest total score with each mentee
 * given at most one mentor and each mentor at most their places left. Pure. Each mentor's places
 * become that many columns (no more than there are mentees), and the Hungarian algorithm picks
 * one column for each row at the least total cost, the cost being the score negated. A pair that
 * scores nothing, or may not be proposed (paused, full, blocked), is left out: that mentee waits.
 */
export function assignPairs(
  mentees: readonly { userId: Id; name: string; wishes: SeekerWishes }[],
  mentors: readonly PoolMentor[],
  candidatesOf: ReadonlyMap<string, readonly CandidateMentor[]>,
  now: Date,
): ProposedPair[] {
  const rows = mentees.map((mentee) => {
    const scored = scoreEach(mentee.wishes, candidatesOf.get(str(mentee.userId)) ?? [], { now, programmeOnly: true, forStaff: true })
    return new Map(scored.map((suggestion) => [suggestion.id, suggestion]))
  })
  const columns = mentors.flatMap((mentor) => Array.from({ length: Math.min(mentor.placesLeft, mentees.length) }, () => mentor.profileId))
  const chosen = new Map<number, string>()
  if (columns.length > 0 && mentees.length > 0) {
    const costs = rows.map((row) => columns.map((profile) => -Math.max(0, row.get(profile)?.score ?? 0)))
    for (const [row, column] of munkres(costs)) {
      if ((rows[row].get(columns[column])?.score ?? 0) > 0) chosen.set(row, columns[column])
    }
  }
  return mentees.map((mentee, index) => {
    const profile = chosen.get(index) ?? null
    const suggestion = profile ? rows[index].get(profile)! : null
    return { mentee: mentee.userId, menteeName: mentee.name, profile, score: suggestion?.score ?? null, reasons: suggestion?.reasons ?? [] }
  })
}

/** Drafts older than `newer`: two staff proposing at once leave the later proposal, never neither. */
async function staleDrafts(payload: Payload, program: Id, newer: MatchRound) {
  const { docs } = await payload.find({
    collection: 'match-rounds',
    where: {
      and: [
        { program: { equals: program } },
        { status: { equals: 'draft' } },
        { id: { not_equals: newer.id } },
        { createdAt: { less_than_equal: newer.createdAt } },
      ],
    },
    select: { status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

/**
 * Proposes a pair for every mentee waiting in the programme and stores it as the programme's
 * draft round, replacing an older draft (which is kept as discarded).
 */
export async function proposeRound(
  payload: Payload,
  viewer: Viewer | null,
  programId: Id,
  now: Date = new Date(),
): Promise<RoundOutcome<{ round: MatchRound }>> {
  const checked = await programForMatching(payload, viewer, programId, now)
  if (!checked.ok) return checked
  const { program } = checked
  const pool = await loadPool(payload, program, now)
  if (pool.mentees.length === 0) return refuse(409, `No mentee in ${program.name} is waiting for a mentor: each has a mentorship or a request in it.`)
  const pairs = assignPairs(pool.mentees, pool.mentors, pool.candidatesOf, now)
  const round = await payload.create({
    collection: 'match-rounds',
    data: {
      program: program.id as number,
      status: 'draft',
      createdBy: viewer!.id as number,
      pairs: pairs.map((pair) => ({
        mentee: pair.mentee as number,
        menteeName: pair.menteeName,
        profile: (pool.mentors.find((mentor) => mentor.profileId === pair.profile)?.profileRef ?? null) as number | null,
        score: pair.score,
        reasons: pair.reasons.join('\n'),
        adjusted: false,
      })),
    },
    depth: 0,
    overrideAccess: true,
  })
  for (const older of await staleDrafts(payload, program.id, round)) {
    await payload.update({ collection: 'match-rounds', id: older.id, data: { status: 'discarded' }, overrideAccess: true })
  }
  return { ok: true, round }
}

async function loadRound(payload: Payload, roundId: Id): Promise<MatchRound | null> {
  if (!isDocumentId(String(roundId))) return null
  return payload.findByID({ collection: 'match-rounds', id: roundId, depth: 0, overrideAccess: true, disableErrors: true })
}

/** The round and its programme, when the viewer may change it. */
async function roundForStaff(
  payload: Payload,
  viewer: Viewer | null,
  roundId: Id,
  now: Date,
): Promise<RoundOutcome<{ round: MatchRound; program: RoundProgram }>> {
  if (!viewer) return refuse(401, 'Sign in as a member of the programme’s staff to match its mentees.')
  const round = await loadRound(payload, roundId)
  if (!round) return roundNotFound()
  const checked = await programForMatching(payload, viewer, idOf(round.program)!, now)
  if (!checked.ok) return checked.status === 403 ? roundNotFound() : checked
  return { ok: true, round, program: checked.program }
}

const sentAlready = (round: MatchRound) =>
  refuse(
    409,
    round.status === 'sent'
      ? 'The introductions of this round were already sent. Propose a new round for the mentees still waiting.'
      : 'This round was replaced by a newer proposal. Open the programme’s matching page for the current one.',
  )

type Placement = { ok: true; mentor: PoolMentor; candidate: CandidateMentor } | RoundRefusal

/** Whether `profileId` may mentor this mentee in the round: in the programme, taking mentees, not blocked, with a place left. */
function placementFor(pool: Pool, round: MatchRound, menteeId: Id, profileId: string): Placement {
  const mentor = pool.mentors.find((candidate) => candidate.profileId === profileId)
  if (!mentor) return refuse(409, `This mentor is not an active mentor listed in ${pool.program.name}, so they cannot be proposed.`)
  const candidate = pool.candidatesOf.get(str(menteeId))?.find((each) => each.id === profileId)
  if (!candidate) return refuse(409, 'This mentee is no longer waiting for a mentor in the programme.')
  if (candidate.blockedWithSeeker) return refuse(409, `${mentor.name} cannot be paired with this mentee. Choose another mentor.`)
  if (candidate.status === 'paused') return refuse(409, `${mentor.name} has paused their involvement and takes no mentees for now.`)
  const elsewhere = (round.pairs ?? []).filter((pair) => !isSameId(pair.mentee, menteeId) && str(idOf(pair.profile)) === profileId).length
  if (candidate.status === 'full' || mentor.placesLeft - elsewhere <= 0) {
    return refuse(
      409,
      `${mentor.name} has no place left${elsewhere > 0 ? `: this round already pairs them with ${elsewhere === 1 ? 'another mentee' : `${elsewhere} other mentees`}` : ''}. Choose another mentor, or no mentor this round.`,
    )
  }
  return { ok: true, mentor, candidate }
}

/** Staff change one mentee's proposed mentor, or leave them without one this round (`profileId` null). */
export async function adjustPair(
  payload: Payload,
  viewer: Viewer | null,
  roundId: Id,
  menteeId: Id,
  profileId: Id | null,
  now: Date = new Date(),
): Promise<RoundOutcome<{ round: MatchRound }>> {
  const found = await roundForStaff(payload, viewer, roundId, now)
  if (!found.ok) return found
  const { round, program } = found
  if (round.status !== 'draft') return sentAlready(round)
  const pairs = round.pairs ?? []
  const index = pairs.findIndex((pair) => isSameId(pair.mentee, menteeId))
  if (index < 0) return refuse(404, 'This mentee is not in the round. Propose a new round to include mentees who joined since.')
  if (profileId != null && !isDocumentId(String(profileId))) return refuse(400, 'Choose a mentor from the list, or “No mentor this round”.')

  let update: { profile: number | null; score: number | null; reasons: string }
  if (profileId == null) {
    update = { profile: null, score: null, reasons: '' }
  } else {
    const pool = await loadPool(payload, program, now)
    const placed = placementFor(pool, round, menteeId, String(profileId))
    if (!placed.ok) return placed
    const mentee = pool.mentees.find((each) => isSameId(each.userId, menteeId))!
    const [scored] = scoreEach(mentee.wishes, [placed.candidate], { now, programmeOnly: true, forStaff: true })
    update = { profile: placed.mentor.profileRef as number, score: scored?.score ?? 0, reasons: (scored?.reasons ?? []).join('\n') }
  }
  const updated = await payload.update({
    collection: 'match-rounds',
    id: round.id,
    data: { pairs: pairs.map((pair, at) => (at === index ? { ...pair, ...update, adjusted: true } : pair)) },
    depth: 0,
    overrideAccess: true,
  })
  return { ok: true, round: updated }
}

export type SendSummary = { introduced: number; skipped: { menteeName: string; why: string }[] }

/**
 * Sends the round's introductions: each pair becomes a mentorship, an accepted request within the
 * programme, and both people get an email naming the other (never their address). The round is
 * claimed in one conditional write first, so two clicks, or two staff, send it once. A pair
 * that no longer holds (the mentee found a mentor meanwhile, the mentor filled up or paused, a
 * block) is skipped and named in the summary.
 */
export async function sendIntroductions(payload: Payload, viewer: Viewer | null, roundId: Id, now: Date = new Date()): Promise<RoundOutcome<SendSummary>> {
  const found = await roundForStaff(payload, viewer, roundId, now)
  if (!found.ok) return found
  const { round, program } = found
  if (round.status !== 'draft') return sentAlready(round)
  const pairs = (round.pairs ?? []).filter((pair) => pair.profile != null)
  if (pairs.length === 0) return refuse(409, 'No mentee in this round has a mentor proposed. Choose a mentor for at least one before sending.')

  const claimed = await claimRow(payload, {
    collection: 'match-rounds',
    id: round.id,
    status: 'status',
    claimedAt: 'sentAt',
    from: ['draft'],
    to: 'sent',
    now,
    timeoutMs: neverStale,
  })
  if (!claimed) return sentAlready({ ...round, status: 'sent' })

  try {
    return await inTransaction(payload, async (req) => {
      const pool = await loadPool(payload, program, now, req)
      const skipped: SendSummary['skipped'] = []
      const requestOf = new Map<string, Id>()
      // Places are counted as the introductions go, so the pairs already sent in this round count too.
      const sentWith = new Map<string, number>()
      for (const pair of pairs) {
        const profileId = str(idOf(pair.profile))
        const menteeName = pair.menteeName ?? 'A mentee'
        const placed = placementFor(pool, { ...round, pairs: [] }, pair.mentee as Id, profileId)
        if (!placed.ok) {
          skipped.push({ menteeName, why: placed.message })
          continue
        }
        if ((sentWith.get(profileId) ?? 0) >= placed.mentor.placesLeft) {
          skipped.push({ menteeName, why: `${placed.mentor.name} has no place left.` })
          continue
        }
        sentWith.set(profileId, (sentWith.get(profileId) ?? 0) + 1)
        const mentee = pool.mentees.find((each) => isSameId(each.userId, idOf(pair.mentee)))!
        // Created accepted: the collection's own hook (followMentorshipShape) starts its agreement and check-ins in this transaction.
        const request = await payload.create({
          collection: 'mentorship-requests',
          data: {
            student: mentee.userId as number,
            mentor: placed.mentor.userId as number,
            profile: placed.mentor.profileRef as number,
            program: program.id,
            // The student's wishes stay theirs, so the request names no topic from them.
            helpWith: 'other',
            message: emails.introductionRequestText(program.name),
            status: 'accepted',
            createdAt: now.toISOString(),
            respondedAt: now.toISOString(),
          },
          overrideAccess: true,
          req,
        })
        requestOf.set(str(mentee.userId), request.id)
        await refreshMentorLoad(payload, placed.mentor.userId, req)
        // The reasons as the mentee may read them: their own wishes, in their own words.
        const [forMentee] = scoreEach(mentee.wishes, [placed.candidate], { now, programmeOnly: true })
        const [menteeAddress, mentorAddress] = await Promise.all([
          emailAddressOf(payload, mentee.userId, req),
          emailAddressOf(payload, placed.mentor.userId, req),
        ])
        const introduction = {
          programName: program.name,
          programSlug: program.slug,
          requestId: request.id,
          menteeName: mentee.name,
          mentorName: placed.mentor.name,
        }
        if (menteeAddress) {
          await queueEmail(
            payload,
            {
              to: menteeAddress,
              subject: emails.menteeIntroductionSubject(introduction),
              content: emails.menteeIntroductionMessage({ ...introduction, reasons: forMentee?.reasons ?? [] }),
              purpose: 'program-matching-introduction',
            },
            req,
          )
        }
        if (mentorAddress) {
          await queueEmail(
            payload,
            {
              to: mentorAddress,
              subject: emails.mentorIntroductionSubject(introduction),
              content: emails.mentorIntroductionMessage(introduction),
              purpose: 'program-matching-introduction',
            },
            req,
          )
        }
      }
      await payload.update({
        collection: 'match-rounds',
        id: round.id,
        data: {
          status: 'sent',
          sentAt: now.toISOString(),
          pairs: (round.pairs ?? []).map((pair) => ({ ...pair, request: (requestOf.get(str(idOf(pair.mentee))) ?? null) as number | null })),
        },
        overrideAccess: true,
        req,
      })
      return { ok: true as const, introduced: requestOf.size, skipped }
    })
  } catch (error) {
    // Nothing was stored: give the round back so staff can send it again.
    await payload.update({ collection: 'match-rounds', id: round.id, data: { status: 'draft', sentAt: null }, overrideAccess: true })
    throw error
  }
}

export type RoundView = {
  program: RoundProgram
  /** The round being reviewed, or the last one sent when none is. */
  round: MatchRound | null
  waiting: number
  mentors: PoolMentor[]
  /** For each mentee in the draft, the mentors staff may choose instead, with room counting the round's other pairs. */
  choicesOf: Map<string, { profileId: string; name: string; placesLeft: number; score: number }[]>
  /** The name of each mentor in the round, by profile id. */
  mentorNames: Map<string, string>
}

/** What the matching page shows: the current draft (or the last round sent), the pool's counts and each mentee's choices. */
export async function matchingPage(payload: Payload, viewer: Viewer | null, programId: Id, now: Date = new Date()): Promise<RoundOutcome<RoundView>> {
  const checked = await programForMatching(payload, viewer, programId, now)
  if (!checked.ok) return checked
  const { program } = checked
  const pool = await loadPool(payload, program, now)
  const { docs } = await payload.find({
    collection: 'match-rounds',
    where: { and: [{ program: { equals: program.id } }, { status: { in: ['draft', 'sent'] } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 5,
    overrideAccess: true,
  })
  const round = docs.find((each) => each.status === 'draft') ?? docs[0] ?? null
  const choicesOf = new Map<string, { profileId: string; name: string; placesLeft: number; score: number }[]>()
  if (round?.status === 'draft') {
    for (const pair of round.pairs ?? []) {
      const mentee = pool.mentees.find((each) => isSameId(each.userId, pair.mentee))
      if (!mentee) continue
      const candidates = (pool.candidatesOf.get(str(mentee.userId)) ?? []).filter((candidate) => isSuggestible(candidate, { programmeOnly: true }))
      const scores = new Map(scoreEach(mentee.wishes, candidates, { now, programmeOnly: true, forStaff: true }).map((each) => [each.id, each.score]))
      choicesOf.set(
        str(mentee.userId),
        candidates
          .map((candidate) => {
            const mentor = pool.mentors.find((each) => each.profileId === candidate.id)!
            const elsewhere = (round.pairs ?? []).filter((other) => !isSameId(other.mentee, pair.mentee) && str(idOf(other.profile)) === candidate.id).length
            return { profileId: candidate.id, name: mentor.name, placesLeft: mentor.placesLeft - elsewhere, score: scores.get(candidate.id) ?? 0 }
          })
          .filter((choice) => choice.placesLeft > 0 || choice.profileId === str(idOf(pair.profile)))
          .sort((left, right) => right.score - left.score || left.name.localeCompare(right.name)),
      )
    }
  }
  const mentorNames = new Map(pool.mentors.map((mentor) => [mentor.profileId, mentor.name]))
  const missing = [...new Set((round?.pairs ?? []).map((pair) => idOf(pair.profile)).filter((id): id is Id => id != null && !mentorNames.has(str(id))))]
  if (missing.length > 0) {
    const { docs: profiles } = await payload.find({
      collection: 'mentor-profiles',
      where: { id: { in: missing } },
      select: { user: true, displayName: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    const names = await chosenNames(
      payload,
      profiles.map((profile) => idOf(profile.user)!),
    )
    for (const profile of profiles) mentorNames.set(str(profile.id), names.get(str(idOf(profile.user))) ?? profile.displayName)
  }
  return { ok: true, program, round, waiting: pool.mentees.length, mentors: pool.mentors, choicesOf, mentorNames }
}
