import { describeResponseTime } from '@/mentorship/stats'
import { helpTopicLabel, helpTopics, type HelpTopic } from '@/mentorship/topics'
import { isKnownTimeZone, offsetAt, HOUR } from '@/meetings/zone'
import { languageName, languages as languageList } from '@/lib/languages'

import { sharedExperienceAs, skillsForTopic, zoneOfRegion, type MeetingFrequency, type Region, type SharedExperience } from './options'

/** What a Career Candidate said they look for. Private to them; read only here, to rank. */
export interface SeekerWishes {
  helpTopics: readonly HelpTopic[]
  /** Industry ids, as strings. */
  industries: readonly string[]
  /** Language codes (src/lib/languages.ts) the student can talk in. */
  languages: readonly string[]
  /** An IANA zone; when missing, `region` stands in for it. */
  timeZone?: string | null
  region?: Region | null
  meetingFrequency?: MeetingFrequency | null
  sharedExperience: readonly SharedExperience[]
}

/**
 * One Mentor or Connector as the ranking sees them for one student. Built by candidateFor
 * (./candidates.ts), which alone decides what goes in: `sharedExperience` holds only what this
 * mentor lets this student be matched on, so nothing hidden ever reaches the ranking or its reasons.
 */
export interface CandidateMentor {
  id: string
  kind: 'mentor' | 'connector'
  industries: ReadonlyArray<{ id: string; name: string }>
  /** Skill slugs. */
  skills: readonly string[]
  languages: readonly string[]
  timeZone: string | null
  /** Capacity minus active mentees. */
  capacityLeft: number
  status: 'open' | 'paused' | 'full'
  blockedWithSeeker: boolean
  /** In the programme the suggestions are for (false when there is none). */
  inProgramme: boolean
  /** Median hours to a first answer (src/mentorship/stats.ts), or null while too new to tell. */
  typicalResponseHours: number | null
  sharedExperience: readonly SharedExperience[]
  /**
   * `skills` and `languages` as bit masks (topicMaskOf, languageMaskOf), so a ranking over tens of
   * thousands tests them with one AND each. Worked out from the lists when absent.
   */
  topicMask?: number
  languageMask?: number
}

export interface Suggestion {
  id: string
  score: number
  reasons: string[]
}

export interface RankOptions {
  now: Date
  /** How many suggestions to return; 10 unless told. */
  limit?: number
  /** Only mentors in the programme (suggestions inside a programme). */
  programmeOnly?: boolean
}

/*
 * Points for each part of a match, adding up to 110 for a perfect one. Topics weigh most because
 * they are why the student is asking; the industry next, since "someone who works where I want to
 * work" is the commonest request; shared experience and language matter a lot to those who ask
 * for them (and score nothing for those who don't, so they never push others down); the time zone
 * decides whether regular calls are practical, so it counts less for students meeting rarely;
 * response time is a small nudge towards mentors who answer, new mentors sitting in the middle.
 */
export const matchWeights = {
  topics: 30,
  industries: 20,
  sharedExperience: 15,
  /** Any language in common. */
  language: 15,
  /** A language in common besides English: a student who lists one usually wants it. */
  otherLanguage: 5,
  timeZone: 15,
  response: 10,
} as const

/** How much the time zone counts, by how often the two would meet. */
const timeZoneFactor: Record<MeetingFrequency, number> = { weekly: 1, fortnightly: 0.8, monthly: 0.6, once: 0.4 }

/** Beyond this many hours apart the time zone adds nothing. */
const farApartHours = 8

function responseFactor(hours: number | null): number {
  if (hours === null) return 0.5
  if (hours <= 24) return 1
  if (hours <= 72) return 0.8
  if (hours <= 168) return 0.5
  return 0.2
}

/** Hours between two offsets on a 24-hour clock: UTC+12 and UTC-11 are an hour apart. */
function hoursApart(left: number, right: number): number {
  const hours = Math.abs(left - right) / HOUR
  return Math.min(hours, 24 - hours)
}

const topicBit = (topic: HelpTopic) => 1 << helpTopics.findIndex(([value]) => value === topic)
const languageBit = new Map<string, number>(languageList.map(([code], index) => [code, 1 << index]))
const englishBit = languageBit.get('en')!

/** Each skill slug → the help topics it answers, as bits. */
const topicsOfSkill = new Map<string, number>()
for (const [topic, skills] of Object.entries(skillsForTopic) as [HelpTopic, readonly string[]][]) {
  for (const skill of skills) topicsOfSkill.set(skill, (topicsOfSkill.get(skill) ?? 0) | topicBit(topic))
}

/** The help topics a mentor's skills answer, as bits of `helpTopics`. */
export function topicMaskOf(skills: readonly string[]): number {
  let mask = 0
  for (const skill of skills) mask |= topicsOfSkill.get(skill) ?? 0
  return mask
}

/** Languages as bits of the platform's list (src/lib/languages.ts); an unknown code counts for none. */
export function languageMaskOf(codes: readonly string[]): number {
  let mask = 0
  for (const code of codes) mask |= languageBit.get(code) ?? 0
  return mask
}

/** The seeker's wishes turned into look-ups, once per ranking, so each candidate costs a few bit tests and set probes. */
function prepare(seeker: SeekerWishes, now: Date) {
  const topics = seeker.helpTopics.filter((topic) => topic !== 'other')
  const topicMask = topics.reduce((mask, topic) => mask | topicBit(topic), 0)
  // "Learning about an industry" is answered by a shared industry, not a skill.
  const industryTopicBit = topics.includes('industry') ? topicBit('industry') : 0
  const zone = seeker.timeZone && isKnownTimeZone(seeker.timeZone) ? seeker.timeZone : seeker.region ? zoneOfRegion(seeker.region) : null
  const instant = now.getTime()
  const offsets = new Map<string, number | null>()
  const offsetOf = (candidateZone: string): number | null => {
    let offset = offsets.get(candidateZone)
    if (offset === undefined) {
      offset = isKnownTimeZone(candidateZone) ? offsetAt(candidateZone, instant) : null
      offsets.set(candidateZone, offset)
    }
    return offset
  }
  return {
    topics,
    topicMask,
    industryTopicBit,
    industries: new Set(seeker.industries),
    industriesForFull: Math.min(seeker.industries.length, 2),
    languageMask: languageMaskOf(seeker.languages),
    experiences: new Set(seeker.sharedExperience),
    zone,
    seekerOffset: zone ? offsetOf(zone) : null,
    offsetOf,
    timeZoneWeight: matchWeights.timeZone * timeZoneFactor[seeker.meetingFrequency ?? 'fortnightly'],
  }
}

type Prepared = ReturnType<typeof prepare>

function bitCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest; rest &= rest - 1) count++
  return count
}

function sharedIndustries(prepared: Prepared, candidate: CandidateMentor) {
  return candidate.industries.filter((industry) => prepared.industries.has(industry.id))
}

/** The seeker's topics this candidate answers, as bits. */
function topicBits(prepared: Prepared, candidate: CandidateMentor, industryShared: boolean): number {
  const mask = candidate.topicMask ?? topicMaskOf(candidate.skills)
  return (mask | (industryShared ? prepared.industryTopicBit : 0)) & prepared.topicMask
}

function candidateHoursApart(prepared: Prepared, candidate: CandidateMentor): number | null {
  if (prepared.seekerOffset === null || !candidate.timeZone) return null
  const offset = prepared.offsetOf(candidate.timeZone)
  return offset === null ? null : hoursApart(prepared.seekerOffset, offset)
}

function scoreOf(prepared: Prepared, candidate: CandidateMentor): number {
  let industriesShared = 0
  for (const industry of candidate.industries) if (prepared.industries.has(industry.id)) industriesShared++
  let score = 0
  if (prepared.topics.length > 0) {
    score += (matchWeights.topics * bitCount(topicBits(prepared, candidate, industriesShared > 0))) / prepared.topics.length
  }
  if (prepared.industriesForFull > 0) score += matchWeights.industries * Math.min(1, industriesShared / prepared.industriesForFull)
  if (prepared.experiences.size > 0) {
    let shared = 0
    for (const experience of candidate.sharedExperience) if (prepared.experiences.has(experience)) shared++
    score += (matchWeights.sharedExperience * shared) / prepared.experiences.size
  }
  const languages = (candidate.languageMask ?? languageMaskOf(candidate.languages)) & prepared.languageMask
  if (languages !== 0) score += matchWeights.language
  if ((languages & ~englishBit) !== 0) score += matchWeights.otherLanguage
  const apart = candidateHoursApart(prepared, candidate)
  if (apart !== null) score += prepared.timeZoneWeight * Math.max(0, 1 - apart / farApartHours)
  score += matchWeights.response * responseFactor(candidate.typicalResponseHours)
  return score
}

const lowerFirst = (text: string) => (/^.[A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1))

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const hoursInWords = (hours: number) => {
  const whole = Math.floor(hours)
  const text = hours === whole ? String(whole) : whole === 0 ? '½' : `${whole}½`
  return `${text} ${hours <= 1 ? 'hour' : 'hours'}`
}

/** The reasons in plain words, strongest first. Each names only what is on the candidate. */
function reasonsFor(prepared: Prepared, candidate: CandidateMentor, forStaff = false): string[] {
  const reasons: string[] = []
  const industries = sharedIndustries(prepared, candidate)
  const bits = topicBits(prepared, candidate, industries.length > 0)
  const topicsMet = prepared.topics.filter((topic) => bits & topicBit(topic))
  if (topicsMet.length === 1) reasons.push(`Helps with ${lowerFirst(helpTopicLabel(topicsMet[0]))}`)
  else if (topicsMet.length > 1)
    reasons.push(topicsMet.length === prepared.topics.length ? `All ${topicsMet.length} of your topics` : `${topicsMet.length} of your topics`)
  if (industries.length > 0) reasons.push(`Works in ${listInWords(industries.map((industry) => lowerFirst(industry.name)))}`)
  // The student's wishes are theirs: programme staff reading a proposed pair never see this reason.
  for (const experience of forStaff ? [] : candidate.sharedExperience) {
    if (prepared.experiences.has(experience)) reasons.push(`Shares your experience as ${sharedExperienceAs(experience)}`)
  }
  const shared = candidate.languages.filter((language) => (languageBit.get(language) ?? 0) & prepared.languageMask)
  const others = shared.filter((language) => language !== 'en').map(languageName)
  if (others.length > 0) reasons.push(`${shared.length > others.length ? 'Also speaks' : 'Speaks'} ${listInWords(others)}`)
  const apart = candidateHoursApart(prepared, candidate)
  if (apart === 0) reasons.push(candidate.timeZone === prepared.zone ? 'In your time zone' : 'Same time of day as you')
  else if (apart !== null && apart <= 3) reasons.push(`Only ${hoursInWords(apart)} apart from you`)
  const hours = candidate.typicalResponseHours
  if (hours !== null && hours <= 168) reasons.push(`Usually answers ${describeResponseTime(hours)}`)
  return reasons
}

/**
 * Ids in a fixed order whatever the runtime's locale: shorter first, so numeric ids (SQLite)
 * sort as numbers, then character by character (MongoDB's ObjectIds, all one length).
 */
const idBefore = (left: string, right: string) => left.length < right.length || (left.length === right.length && left < right)

type Scored = { candidate: CandidateMentor; score: number }
const ranksAbove = (left: Scored, right: Scored) => left.score > right.score || (left.score === right.score && idBefore(left.candidate.id, right.candidate.id))

/** Whether a mentor may be suggested at all: taking students, not blocked, in the programme when asked. */
export function isSuggestible(candidate: CandidateMentor, options: Pick<RankOptions, 'programmeOnly'> = {}): boolean {
  if (candidate.status !== 'open' || candidate.capacityLeft <= 0 || candidate.blockedWithSeeker) return false
  return !options.programmeOnly || candidate.inProgramme
}

/**
 * The Mentors and Connectors best suited to what a student looks for, best first, with the reasons
 * in plain words. Pure: the same wishes, candidates and `now` give the same list; equal scores
 * are ordered by id. Only the top `limit` are kept while scanning, and only they get reasons.
 */
export function rankMentors(seeker: SeekerWishes, candidates: readonly CandidateMentor[], options: RankOptions): Suggestion[] {
  const limit = options.limit ?? 10
  if (limit <= 0) return []
  const prepared = prepare(seeker, options.now)
  // The best so far, best first; candidates that cannot beat the last are dropped at once.
  const best: Scored[] = []
  for (const candidate of candidates) {
    if (!isSuggestible(candidate, options)) continue
    const score = scoreOf(prepared, candidate)
    // Most candidates fall short of the last kept: compared before anything is allocated for them.
    if (best.length === limit) {
      const last = best[limit - 1]
      if (score < last.score || (score === last.score && !idBefore(candidate.id, last.candidate.id))) continue
    }
    const scored = { candidate, score }
    let at = best.length
    while (at > 0 && ranksAbove(scored, best[at - 1])) at--
    best.splice(at, 0, scored)
    if (best.length > limit) best.pop()
  }
  return best.map(({ candidate, score }) => ({
    id: candidate.id,
    score: Math.round(score * 10) / 10,
    reasons: reasonsFor(prepared, candidate),
  }))
}

/**
 * Every candidate this seeker could be matched with and how well, with the reasons: the whole row
 * of a score matrix, for programme staff's matching round (src/programs/matching-round.ts), which
 * assigns all waiting mentees at once instead of taking each one's top choice. With `forStaff`
 * shared experience counts for nothing, in the score as in the reasons: staff read both, and may
 * not learn what a student wished for.
 */
export function scoreEach(
  seeker: SeekerWishes,
  candidates: readonly CandidateMentor[],
  options: Pick<RankOptions, 'now' | 'programmeOnly'> & { forStaff?: boolean },
): Suggestion[] {
  // For staff the shared-experience wishes do not count at all: a score they cannot explain would tell them of one.
  const prepared = prepare(options.forStaff ? { ...seeker, sharedExperience: [] } : seeker, options.now)
  return candidates
    .filter((candidate) => isSuggestible(candidate, options))
    .map((candidate) => ({
      id: candidate.id,
      score: Math.round(scoreOf(prepared, candidate) * 10) / 10,
      reasons: reasonsFor(prepared, candidate, options.forStaff),
    }))
}
