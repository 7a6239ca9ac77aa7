/**
 * The database half of `npm run bench:matching`: Career Candidates with what they look for (their
 * match-preferences), and among the directory's synthetic Mentors and Connectors
 * (./synthetic-profiles.ts) a planted ideal mentor for each of them and near misses of it, as the
 * rows Payload's SQLite schema stores them in (see src/migrations). The same seed gives the same data.
 */
import { offsetAt, HOUR } from '../src/meetings/zone'
import type { LanguageCode } from '../src/lib/languages'
import { sharedExperiences, skillsForTopic, type ExperienceMatching, type MeetingFrequency, type SharedExperience } from '../src/matching/options'
import { helpTopics, type HelpTopic } from '../src/mentorship/topics'
import { cityTimeZones, type DirectoryLists, type NamedEntry, type Random, type SyntheticProfile } from './synthetic-profiles'

type Row = Record<string, string | number | null>

export type StudentWishes = {
  helpTopics: HelpTopic[]
  industries: NamedEntry[]
  languages: LanguageCode[]
  timeZone: string
  meetingFrequency: MeetingFrequency
  sharedExperience: SharedExperience[]
}

/** A Mentor's or Connector's shared experiences and whether they may be matched on them. */
export type OptIn = { sharedExperience: SharedExperience[]; matchOn: Exclude<ExperienceMatching, 'off'> }

/** What a planted mentor (ideal or near miss) is for: its student, and its own matching choices. */
export type Planted = { student: number; role: 'ideal' | 'decoy'; optIn: OptIn | null; responseHours: number }

/** The rows for match-preferences, requests and blocks, in Payload's SQLite tables. */
export type MatchingTables = {
  users: Row[]
  users_roles: Row[]
  match_preferences: Row[]
  match_preferences_help_topics: Row[]
  match_preferences_languages: Row[]
  match_preferences_shared_experience: Row[]
  match_preferences_rels: Row[]
  mentorship_requests: Row[]
  blocks: Row[]
}

export const emptyMatchingTables = (): MatchingTables => ({
  users: [],
  users_roles: [],
  match_preferences: [],
  match_preferences_help_topics: [],
  match_preferences_languages: [],
  match_preferences_shared_experience: [],
  match_preferences_rels: [],
  mentorship_requests: [],
  blocks: [],
})

const topics = helpTopics.map(([value]) => value).filter((topic) => topic !== 'other')
const frequencies: MeetingFrequency[] = ['weekly', 'fortnightly', 'monthly', 'once']
const experiences = sharedExperiences.map((option) => option.value)
const secondLanguages: LanguageCode[] = ['es', 'fr', 'zh', 'pt', 'de', 'hi', 'ar', 'ko', 'tl']

/** What one student says they look for: 1–3 topics, 1–2 industries, English (and half the time another language), a zone, sometimes shared experiences. */
export function syntheticWishes(random: Random, lists: DirectoryLists): StudentWishes {
  return {
    helpTopics: random.sample(topics, random.int(1, 3)),
    industries: random.sample(lists.industries, random.int(1, 2)),
    languages: random.chance(0.5) ? ['en', random.pick(secondLanguages)] : ['en'],
    timeZone: random.pick(cityTimeZones),
    meetingFrequency: random.pick(frequencies),
    sharedExperience: random.chance(0.4) ? random.sample(experiences, random.int(1, 2)) : [],
  }
}

/** The skills answering each of the student's topics, one per topic, from those the lists have. */
function skillsFor(random: Random, wishes: StudentWishes, lists: DirectoryLists): NamedEntry[] {
  const chosen = new Map<number, NamedEntry>()
  for (const topic of wishes.helpTopics) {
    const answering = lists.skills.filter((skill) => skillsForTopic[topic].includes(skill.slug))
    if (answering.length === 0) continue
    // A skill already chosen may answer this topic too.
    if ([...chosen.values()].some((skill) => answering.includes(skill))) continue
    const skill = random.pick(answering)
    chosen.set(skill.id, skill)
  }
  return [...chosen.values()]
}

/** Turns a synthetic profile into one meeting every wish: open with places, the topics' skills, the industries, the languages, the zone. */
export function plantIdeal(random: Random, profile: SyntheticProfile, wishes: StudentWishes, lists: DirectoryLists): void {
  const skills = skillsFor(random, wishes, lists)
  Object.assign(profile, {
    industries: [...wishes.industries],
    // Something to show on the card when the topics need no skill (learning about an industry).
    skills: skills.length > 0 ? skills : [random.pick(lists.skills)],
    languages: [...wishes.languages],
    timeZone: wishes.timeZone,
    availability: 'open',
    capacity: random.int(2, 5),
    activeMentees: random.int(0, 1),
    paused: false,
    pausedUntil: null,
  } satisfies Partial<SyntheticProfile>)
}

/**
 * The ideal's shared experiences as this student may be matched on them: either the mentor lets
 * any student, or only those who can see their identity field, which then is visible to members.
 */
export function idealOptIn(random: Random, profile: SyntheticProfile, wishes: StudentWishes): OptIn | null {
  if (wishes.sharedExperience.length === 0)
    return random.chance(0.3) ? { sharedExperience: random.sample(experiences, random.int(1, 2)), matchOn: 'any-student' } : null
  if (random.chance(0.5)) {
    profile.identitiesVisibility = random.pick(['public', 'members'] as const)
    return { sharedExperience: [...wishes.sharedExperience], matchOn: 'when-visible' }
  }
  // Matched on it although the student cannot read how they describe themselves.
  profile.identitiesVisibility = random.pick(['hidden', 'contacts'] as const)
  return { sharedExperience: [...wishes.sharedExperience], matchOn: 'any-student' }
}

const hoursApart = (left: string, right: string, instant: number) => {
  const hours = Math.abs(offsetAt(left, instant) - offsetAt(right, instant)) / HOUR
  return Math.min(hours, 24 - hours)
}

/**
 * A copy of the ideal (already planted in `profile`) with one or two wishes taken away. Only
 * spoilers that take away something this student asked for: a near miss must miss. One of them
 * keeps the shared experience but hides it from this student (identity hidden, matched only when
 * visible), so a leak of hidden fields into the ranking would put the near miss first.
 */
export function spoilNearMiss(
  random: Random,
  profile: SyntheticProfile,
  optIn: OptIn | null,
  wishes: StudentWishes,
  lists: DirectoryLists,
  now: Date,
): OptIn | null {
  let spoiledOptIn = optIn
  const spoilers: Array<[boolean, () => void]> = [
    [wishes.helpTopics.some((topic) => skillsForTopic[topic].length > 0), () => (profile.skills = profile.skills.slice(1))],
    [
      true,
      () =>
        (profile.industries =
          profile.industries.length > 1
            ? profile.industries.slice(1)
            : [random.pick(lists.industries.filter((industry) => !wishes.industries.includes(industry)))]),
    ],
    [wishes.languages.length > 1, () => (profile.languages = ['en'])],
    [true, () => (profile.timeZone = random.pick(cityTimeZones.filter((zone) => hoursApart(zone, wishes.timeZone, now.getTime()) >= 5)))],
    [
      wishes.sharedExperience.length > 0,
      () => {
        if (random.chance(0.5)) spoiledOptIn = null
        else {
          profile.identitiesVisibility = 'hidden'
          spoiledOptIn = { sharedExperience: [...wishes.sharedExperience], matchOn: 'when-visible' }
        }
      },
    ],
  ]
  const applicable = spoilers.filter(([applies]) => applies).map(([, spoil]) => spoil)
  for (const spoil of random.sample(applicable, random.int(1, 2))) spoil()
  // Near misses without a skill left still show one.
  if (profile.skills.length === 0)
    profile.skills = [random.pick(lists.skills.filter((skill) => !wishes.helpTopics.some((topic) => skillsForTopic[topic].includes(skill.slug))))]
  return spoiledOptIn
}

/** Most mentors never opt in; some do, a few of them only where their (often hidden) identity is visible. */
export function randomOptIn(random: Random): OptIn | null {
  if (!random.chance(0.12)) return null
  return { sharedExperience: random.sample(experiences, random.int(1, 2)), matchOn: random.chance(0.5) ? 'when-visible' : 'any-student' }
}

let preferenceId = 0
let requestId = 0
let blockId = 0
const iso = (ms: number) => new Date(ms).toISOString()

/** A member's match-preferences record: a student's wishes, or a mentor's opt-in. */
export function addPreferenceRows(tables: MatchingTables, user: number, record: { wishes?: StudentWishes; optIn?: OptIn }, updatedAt: string): void {
  const id = ++preferenceId
  const { wishes, optIn } = record
  tables.match_preferences.push({
    id,
    user_id: user,
    time_zone: wishes?.timeZone ?? null,
    region: null,
    meeting_frequency: wishes?.meetingFrequency ?? null,
    match_on: optIn?.matchOn ?? null,
    updated_at: updatedAt,
    created_at: updatedAt,
  })
  wishes?.helpTopics.forEach((value, i) => tables.match_preferences_help_topics.push({ order: i + 1, parent_id: id, value }))
  wishes?.languages.forEach((value, i) => tables.match_preferences_languages.push({ order: i + 1, parent_id: id, value }))
  wishes?.industries.forEach((industry, i) =>
    tables.match_preferences_rels.push({ order: i + 1, parent_id: id, path: 'industries', industries_id: industry.id }),
  )
  ;(wishes?.sharedExperience ?? optIn?.sharedExperience ?? []).forEach((value, i) =>
    tables.match_preferences_shared_experience.push({ order: i + 1, parent_id: id, value }),
  )
}

/** A Career Candidate's account (never signs in). */
export function addStudentRows(tables: MatchingTables, user: number, index: number, createdAt: string): void {
  tables.users.push({
    id: user,
    chosen_name: `Bench Student ${index + 1}`,
    email: `bench-student-${index}@matching.example`,
    salt: 'bench-matching-no-sign-in',
    hash: 'bench-matching-no-sign-in',
    _verified: 1,
    login_attempts: 0,
    created_at: createdAt,
    updated_at: createdAt,
  })
  tables.users_roles.push({ order: 1, parent_id: user, value: 'career-candidate' })
}

export type RequestRow = { student: number; mentor: number; profile: number; status: string; createdAt: number; respondedAfterHours: number | null }

export function addRequestRow(tables: MatchingTables, request: RequestRow): void {
  const responded = request.respondedAfterHours == null ? null : iso(request.createdAt + request.respondedAfterHours * HOUR)
  const closed = request.status === 'ended' || request.status === 'declined' ? (responded ?? iso(request.createdAt + 14 * 24 * HOUR)) : null
  tables.mentorship_requests.push({
    id: ++requestId,
    student_id: request.student,
    mentor_id: request.mentor,
    profile_id: request.profile,
    program_id: null,
    help_with: 'interviews',
    message: 'Could we talk about preparing for interviews?',
    status: request.status,
    responded_at: responded,
    closed_at: closed,
    closed_by: closed ? (request.status === 'ended' ? 'student' : 'mentor') : null,
    updated_at: responded ?? iso(request.createdAt),
    created_at: iso(request.createdAt),
  })
}

/**
 * A mentor's past requests from other students, all answered, around `typicalHours` (the median
 * the stats compute), enough of them (3–6) for the answer time to count.
 */
export function addHistoryRows(
  tables: MatchingTables,
  random: Random,
  mentor: { user: number; profile: number },
  typicalHours: number,
  pastStudents: number[],
  now: Date,
): void {
  const count = random.int(3, 6)
  for (let i = 0; i < count; i += 1) {
    addRequestRow(tables, {
      student: random.pick(pastStudents),
      mentor: mentor.user,
      profile: mentor.profile,
      status: random.chance(0.7) ? 'ended' : 'declined',
      createdAt: now.getTime() - random.int(20, 300) * 24 * HOUR,
      respondedAfterHours: typicalHours * (0.7 + random.next() * 0.6),
    })
  }
}

export function addBlockRow(tables: MatchingTables, blocker: number, blocked: number, at: string): void {
  tables.blocks.push({ id: ++blockId, blocker_id: blocker, blocked_id: blocked, updated_at: at, created_at: at })
}
