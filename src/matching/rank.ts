import { describeResponseTime } from '@/mentorship/stats'
import { helpTopicLabel, helpTopics, type HelpTopic } from '@/mentorship/topics'
import { isKnownTimeZone, offsetAt, HOUR, MINUTE } from '@/meetings/zone'
import { languageName, languages as languageList } from '@/lib/languages'

import { sharedExperienceAs, sharedExperiences, skillsForTopic, zoneOfRegion, type MeetingFrequency, type Region, type SharedExperience } from './options'

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

const experienceBit = new Map<string, number>(sharedExperiences.map(({ value }, index) => [value, 1 << index]))
const experienceMaskOf = (experiences: readonly string[]) => experiences.reduce((mask, experience) => mask | (experienceBit.get(experience) ?? 0), 0)

/**
 * Candidates laid out for ranking tens of thousands at a time: each field the score reads in a
 * typed array, industries and time zones as small numbers, so scoring one is a few array reads
 * and bit tests. Built once per set of candidates (the matching pool builds one per change).
 */
export interface RankIndex {
  readonly candidates: readonly CandidateMentor[]
  /** Position by candidate id. */
  readonly positionOf: ReadonlyMap<string, number>
  readonly suggestible: Uint8Array
  readonly inProgramme: Uint8Array
  readonly topicMask: Int32Array
  readonly languageMask: Int32Array
  readonly experienceMask: Int32Array
  /** Candidate i's industries are industryList[industryStart[i] … industryStart[i + 1]), as positions in `industryIds`. */
  readonly industryStart: Int32Array
  readonly industryList: Int32Array
  readonly industryIds: readonly string[]
  /** A position in `zones`, or -1 without a time zone. */
  readonly zone: Int32Array
  readonly zones: readonly string[]
  /** The response time's points (responseFactor), kept current by setResponseHours. */
  readonly responsePoints: Float64Array
}

export function indexCandidates(candidates: readonly CandidateMentor[]): RankIndex {
  const count = candidates.length
  const industryPosition = new Map<string, number>()
  const zonePosition = new Map<string, number>()
  const positionOf = new Map<string, number>()
  const index = {
    candidates,
    positionOf,
    suggestible: new Uint8Array(count),
    inProgramme: new Uint8Array(count),
    topicMask: new Int32Array(count),
    languageMask: new Int32Array(count),
    experienceMask: new Int32Array(count),
    industryStart: new Int32Array(count + 1),
    industryList: new Int32Array(candidates.reduce((total, candidate) => total + candidate.industries.length, 0)),
    industryIds: [] as string[],
    zone: new Int32Array(count),
    zones: [] as string[],
    responsePoints: new Float64Array(count),
  }
  let industryAt = 0
  candidates.forEach((candidate, at) => {
    positionOf.set(candidate.id, at)
    index.suggestible[at] = isSuggestible(candidate) ? 1 : 0
    index.inProgramme[at] = candidate.inProgramme ? 1 : 0
    index.topicMask[at] = candidate.topicMask ?? topicMaskOf(candidate.skills)
    index.languageMask[at] = candidate.languageMask ?? languageMaskOf(candidate.languages)
    index.experienceMask[at] = experienceMaskOf(candidate.sharedExperience)
    index.industryStart[at] = industryAt
    for (const industry of candidate.industries) {
      let position = industryPosition.get(industry.id)
      if (position === undefined) industryPosition.set(industry.id, (position = index.industryIds.push(industry.id) - 1))
      index.industryList[industryAt++] = position
    }
    let zone = -1
    if (candidate.timeZone) {
      zone = zonePosition.get(candidate.timeZone) ?? -1
      if (zone === -1) zonePosition.set(candidate.timeZone, (zone = index.zones.push(candidate.timeZone) - 1))
    }
    index.zone[at] = zone
    index.responsePoints[at] = matchWeights.response * responseFactor(candidate.typicalResponseHours)
  })
  index.industryStart[count] = industryAt
  return index
}

/*
 * Offsets by zone and quarter hour, shared by every ranking: asking a zone is slow, and clocks
 * change only on a quarter hour of UTC (Lord Howe's half-hour shift at 15:30, Chatham's at 14:00).
 */
const quarterHour = 15 * MINUTE
const offsetsByQuarter = new Map<string, { quarter: number; offset: number | null }>()
function offsetOf(zone: string, instant: number): number | null {
  const quarter = Math.floor(instant / quarterHour)
  const known = offsetsByQuarter.get(zone)
  if (known && known.quarter === quarter) return known.offset
  const offset = isKnownTimeZone(zone) ? offsetAt(zone, quarter * quarterHour) : null
  if (offsetsByQuarter.size > 2_000) offsetsByQuarter.clear()
  offsetsByQuarter.set(zone, { quarter, offset })
  return offset
}

/** The seeker's wishes turned into look-ups, once per ranking, so each candidate costs a few bit tests and array reads. */
function prepare(seeker: SeekerWishes, now: Date) {
  const topics = seeker.helpTopics.filter((topic) => topic !== 'other')
  const topicMask = topics.reduce((mask, topic) => mask | topicBit(topic), 0)
  // "Learning about an industry" is answered by a shared industry, not a skill.
  const industryTopicBit = topics.includes('industry') ? topicBit('industry') : 0
  const zone = seeker.timeZone && isKnownTimeZone(seeker.timeZone) ? seeker.timeZone : seeker.region ? zoneOfRegion(seeker.region) : null
  const instant = now.getTime()
  const experiences = new Set(seeker.sharedExperience)
  return {
    topics,
    topicMask,
    industryTopicBit,
    industries: new Set(seeker.industries),
    industriesForFull: Math.min(seeker.industries.length, 2),
    languageMask: languageMaskOf(seeker.languages),
    experiences,
    experienceMask: experienceMaskOf([...experiences]),
    zone,
    seekerOffset: zone ? offsetOf(zone, instant) : null,
    instant,
    timeZoneWeight: matchWeights.timeZone * timeZoneFactor[seeker.meetingFrequency ?? 'fortnightly'],
  }
}

type Prepared = ReturnType<typeof prepare>

function bitCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest; rest &= rest - 1) count++
  return count
}

function hoursApartIn(prepared: Prepared, zone: string | null): number | null {
  if (prepared.seekerOffset === null || !zone) return null
  const offset = offsetOf(zone, prepared.instant)
  return offset === null ? null : hoursApart(prepared.seekerOffset, offset)
}

/** The seeker's look-ups for one index: which of its industries they named, and the points of each of its time zones. */
function prepareFor(prepared: Prepared, index: RankIndex) {
  const industries = new Uint8Array(index.industryIds.length)
  index.industryIds.forEach((id, position) => (industries[position] = prepared.industries.has(id) ? 1 : 0))
  const zonePoints = new Float64Array(index.zones.length)
  index.zones.forEach((zone, position) => {
    const apart = hoursApartIn(prepared, zone)
    zonePoints[position] = apart === null ? 0 : prepared.timeZoneWeight * Math.max(0, 1 - apart / farApartHours)
  })
  return { industries, zonePoints }
}

/** The score of the candidate at `at`; the one formula every ranking and every matching round uses. */
function scoreAt(prepared: Prepared, index: RankIndex, named: ReturnType<typeof prepareFor>, at: number): number {
  let industriesShared = 0
  for (let position = index.industryStart[at], end = index.industryStart[at + 1]; position < end; position++) {
    industriesShared += named.industries[index.industryList[position]]
  }
  let score = 0
  if (prepared.topics.length > 0) {
    const bits = (index.topicMask[at] | (industriesShared > 0 ? prepared.industryTopicBit : 0)) & prepared.topicMask
    score += (matchWeights.topics * bitCount(bits)) / prepared.topics.length
  }
  if (prepared.industriesForFull > 0) score += matchWeights.industries * Math.min(1, industriesShared / prepared.industriesForFull)
  if (prepared.experiences.size > 0) {
    score += (matchWeights.sharedExperience * bitCount(index.experienceMask[at] & prepared.experienceMask)) / prepared.experiences.size
  }
  const languages = index.languageMask[at] & prepared.languageMask
  if (languages !== 0) score += matchWeights.language
  if ((languages & ~englishBit) !== 0) score += matchWeights.otherLanguage
  const zone = index.zone[at]
  if (zone >= 0) score += named.zonePoints[zone]
  score += index.responsePoints[at]
  return score
}

function sharedIndustries(prepared: Prepared, candidate: CandidateMentor) {
  return candidate.industries.filter((industry) => prepared.industries.has(industry.id))
}

/** The seeker's topics this candidate answers, as bits. */
function topicBits(prepared: Prepared, candidate: CandidateMentor, industryShared: boolean): number {
  const mask = candidate.topicMask ?? topicMaskOf(candidate.skills)
  return (mask | (industryShared ? prepared.industryTopicBit : 0)) & prepared.topicMask
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
  const apart = hoursApartIn(prepared, candidate.timeZone)
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

/** The top `limit` so far, best first, as one scan after another offers them. */
function keepBest(best: Scored[], limit: number, candidate: CandidateMentor, score: number): void {
  // Most candidates fall short of the last kept: compared before anything is allocated for them.
  if (best.length === limit) {
    const last = best[limit - 1]
    if (score < last.score || (score === last.score && !idBefore(candidate.id, last.candidate.id))) return
  }
  const scored = { candidate, score }
  let at = best.length
  while (at > 0 && ranksAbove(scored, best[at - 1])) at--
  best.splice(at, 0, scored)
  if (best.length > limit) best.pop()
}

/** A new answer time for the candidate with this id, for the index's next ranking (its candidate is the caller's to update). */
export function setResponseHours(index: RankIndex, id: string, hours: number | null): void {
  const at = index.positionOf.get(id)
  if (at !== undefined) index.responsePoints[at] = matchWeights.response * responseFactor(hours)
}

/** Offers every suggestible candidate of the index to `best`, but those at a `skipped` position. */
function scan(prepared: Prepared, index: RankIndex, options: RankOptions, best: Scored[], limit: number, skipped?: Uint8Array): void {
  const named = prepareFor(prepared, index)
  const programmeOnly = Boolean(options.programmeOnly)
  for (let at = 0; at < index.candidates.length; at++) {
    if (index.suggestible[at] === 0 || (programmeOnly && index.inProgramme[at] === 0) || (skipped && skipped[at] === 1)) continue
    keepBest(best, limit, index.candidates[at], scoreAt(prepared, index, named, at))
  }
}

export interface RankIndexedOptions extends RankOptions {
  /**
   * Candidates that stand in for the index's own with the same id, for this seeker only (built by
   * candidateFor: a mentor on the other side of a block, or one matched on a shared experience).
   * One without a namesake in the index is left out.
   */
  replacing?: ReadonlyMap<string, CandidateMentor>
}

/**
 * The Mentors and Connectors best suited to what a student looks for, best first, with the reasons
 * in plain words. Pure: the same wishes, candidates and `now` give the same list; equal scores
 * are ordered by id. Only the top `limit` are kept while scanning, and only they get reasons.
 */
export function rankIndexed(seeker: SeekerWishes, index: RankIndex, options: RankIndexedOptions): Suggestion[] {
  const limit = options.limit ?? 10
  if (limit <= 0) return []
  const prepared = prepare(seeker, options.now)
  const best: Scored[] = []
  const replacements = [...(options.replacing?.values() ?? [])].filter((candidate) => index.positionOf.has(candidate.id))
  if (replacements.length === 0) scan(prepared, index, options, best, limit)
  else {
    const skipped = new Uint8Array(index.candidates.length)
    for (const candidate of replacements) skipped[index.positionOf.get(candidate.id)!] = 1
    scan(prepared, index, options, best, limit, skipped)
    scan(prepared, indexCandidates(replacements), options, best, limit)
  }
  return best.map(({ candidate, score }) => ({
    id: candidate.id,
    score: Math.round(score * 10) / 10,
    reasons: reasonsFor(prepared, candidate),
  }))
}

/** rankIndexed over a list of candidates. */
export function rankMentors(seeker: SeekerWishes, candidates: readonly CandidateMentor[], options: RankOptions): Suggestion[] {
  return rankIndexed(seeker, indexCandidates(candidates), options)
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
  const index = indexCandidates(candidates.filter((candidate) => isSuggestible(candidate, options)))
  const named = prepareFor(prepared, index)
  return index.candidates.map((candidate, at) => ({
    id: candidate.id,
    score: Math.round(scoreAt(prepared, index, named, at) * 10) / 10,
    reasons: reasonsFor(prepared, candidate, options.forStaff),
  }))
}
