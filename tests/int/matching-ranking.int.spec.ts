import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { candidateFor, type MatchingOptIns, type ProfileForMatching, type SeekerView } from '@/matching/candidates'
import { experienceMatching, sharedExperiences, type SharedExperience } from '@/matching/options'
import { indexCandidates, rankIndexed, rankMentors, scoreEach, setResponseHours, type CandidateMentor, type SeekerWishes } from '@/matching/rank'
import { helpTopics } from '@/mentorship/topics'

/*
 * A student says what they look for and sees a short list of suggested Mentors and Connectors,
 * each with its reasons. These tests hold what that list promises: the best match comes first,
 * nobody who cannot take them is suggested, the reasons say true things in plain words, the
 * order never wobbles, and a mentor's hidden identity can never be learnt from it.
 */

// A Wednesday in January: New York is UTC-5, London UTC+0, Berlin UTC+1, Kolkata UTC+5:30.
const now = new Date('2026-01-14T12:00:00Z')

const industry = {
  tech: { id: '1', name: 'Technology' },
  health: { id: '2', name: 'Public health' },
  law: { id: '3', name: 'Law' },
  education: { id: '4', name: 'Education' },
}

const mentor = (id: string, overrides: Partial<CandidateMentor> = {}): CandidateMentor => ({
  id,
  kind: 'mentor',
  industries: [],
  skills: [],
  languages: ['en'],
  timeZone: 'Europe/London',
  capacityLeft: 2,
  status: 'open',
  blockedWithSeeker: false,
  inProgramme: false,
  typicalResponseHours: null,
  sharedExperience: [],
  ...overrides,
})

const seeker = (overrides: Partial<SeekerWishes> = {}): SeekerWishes => ({
  helpTopics: [],
  industries: [],
  languages: ['en'],
  timeZone: 'Europe/London',
  meetingFrequency: 'fortnightly',
  sharedExperience: [],
  ...overrides,
})

const idsOf = (list: { id: string }[]) => list.map((suggestion) => suggestion.id)
const reasonsOf = (list: { id: string; reasons: string[] }[], id: string) => list.find((suggestion) => suggestion.id === id)?.reasons

describe('the best match comes first', () => {
  // A student in New York who wants interview practice and résumé help in public health, in Spanish.
  const wishes = seeker({
    helpTopics: ['interviews', 'applications'],
    industries: [industry.health.id],
    languages: ['en', 'es'],
    timeZone: 'America/New_York',
  })

  it('ranks the mentor who fits every wish above mentors who share one or two of them', () => {
    const planted = mentor('17', {
      industries: [industry.health],
      skills: ['interview-practice', 'resume-review'],
      languages: ['en', 'es'],
      timeZone: 'America/Chicago',
      typicalResponseHours: 30,
    })
    const decoys = [
      // Same industry and language, nothing for the topics.
      mentor('1', { industries: [industry.health], skills: ['networking'], languages: ['en', 'es'], timeZone: 'America/New_York', typicalResponseHours: 2 }),
      // Both topics, wrong industry, far away.
      mentor('2', { industries: [industry.law], skills: ['interview-practice', 'resume-review'], timeZone: 'Asia/Tokyo', typicalResponseHours: 2 }),
      // One topic and the language, next door.
      mentor('3', { industries: [industry.tech], skills: ['interview-practice'], languages: ['es'], timeZone: 'America/New_York' }),
      // Industry and both topics, but no Spanish and a continent away.
      mentor('4', { industries: [industry.health], skills: ['interview-practice', 'resume-review'], timeZone: 'Europe/Berlin' }),
      mentor('5'),
    ]
    for (const order of [
      [planted, ...decoys],
      [...decoys, planted],
      [decoys[2], planted, decoys[0], decoys[4], decoys[1], decoys[3]],
    ]) {
      expect(idsOf(rankMentors(wishes, order, { now }))[0]).toBe('17')
    }
    // The points, worked out by hand from matchWeights: both topics 30, the industry 20, a language
    // 15 and Spanish 5, Chicago an hour from New York 15 × 0.8 (fortnightly) × 7/8 = 10.5, answers
    // in 30 hours 10 × 0.8 = 8. Mentor 3: one topic of two 15, Spanish 15 + 5, the same clock
    // 12, too new to judge 5. Mentor 5: English 15, London 5 hours away 12 × 3/8 = 4.5, new 5.
    const expected = { '17': 88.5, '3': 52, '5': 24.5 }
    const scores = Object.fromEntries(rankMentors(wishes, [planted, ...decoys], { now }).map(({ id, score }) => [id, score]))
    expect({ '17': scores['17'], '3': scores['3'], '5': scores['5'] }).toEqual(expected)
    const each = Object.fromEntries(scoreEach(wishes, [planted, ...decoys], { now }).map(({ id, score }) => [id, score]))
    expect({ '17': each['17'], '3': each['3'], '5': each['5'] }).toEqual(expected)
  })

  it('lets a shared experience the mentor allows decide between two otherwise equal mentors', () => {
    const wishesWithExperience = { ...wishes, sharedExperience: ['first-generation'] as SharedExperience[] }
    const alike = { industries: [industry.health], skills: ['interview-practice'], timeZone: 'America/New_York' }
    const list = rankMentors(wishesWithExperience, [mentor('1', alike), mentor('2', { ...alike, sharedExperience: ['first-generation'] })], { now })
    expect(idsOf(list)).toEqual(['2', '1'])
  })

  it('weighs the time zone more for a student meeting every week than for one meeting once', () => {
    // Near but without the industry, against far with it.
    const near = mentor('1', { skills: ['interview-practice'], timeZone: 'America/New_York' })
    const far = mentor('2', { skills: ['interview-practice'], industries: [industry.tech], timeZone: 'Asia/Kolkata' })
    const base = seeker({ helpTopics: ['interviews'], industries: [industry.tech.id, industry.law.id, industry.education.id], timeZone: 'America/New_York' })
    const weekly = rankMentors({ ...base, meetingFrequency: 'weekly' }, [near, far], { now })
    const once = rankMentors({ ...base, meetingFrequency: 'once' }, [near, far], { now })
    expect(weekly[0].score - weekly[1].score).toBeGreaterThan(once[0].score - once[1].score)
    expect(weekly.find((suggestion) => suggestion.id === '1')!.score).toBeGreaterThan(once.find((suggestion) => suggestion.id === '1')!.score)
  })

  it('takes a region for the time zone when the student gives no zone', () => {
    const list = rankMentors(
      seeker({ timeZone: null, region: 'south-asia' }),
      [mentor('1', { timeZone: 'America/Denver' }), mentor('2', { timeZone: 'Asia/Kolkata' })],
      {
        now,
      },
    )
    expect(idsOf(list)).toEqual(['2', '1'])
    expect(reasonsOf(list, '2')).toContain('In your time zone')
  })
})

describe('nobody who cannot take the student is suggested', () => {
  const wishes = seeker({ helpTopics: ['interviews'] })
  const ideal = { skills: ['interview-practice'], typicalResponseHours: 1 }

  it('leaves out paused mentors, full mentors, mentors with no capacity left and mentors blocked with the student', () => {
    const list = rankMentors(
      wishes,
      [
        mentor('1', { ...ideal, status: 'paused' }),
        mentor('2', { ...ideal, status: 'full' }),
        mentor('3', { ...ideal, capacityLeft: 0 }),
        mentor('4', { ...ideal, capacityLeft: -1 }),
        mentor('5', { ...ideal, blockedWithSeeker: true }),
        mentor('6'),
      ],
      { now },
    )
    expect(idsOf(list)).toEqual(['6'])
  })

  it('inside a programme, suggests only the programme’s mentors', () => {
    const candidates = [mentor('1', ideal), mentor('2', { inProgramme: true })]
    expect(idsOf(rankMentors(wishes, candidates, { now, programmeOnly: true }))).toEqual(['2'])
    expect(idsOf(rankMentors(wishes, candidates, { now }))).toEqual(['1', '2'])
  })

  it('returns at most `limit` suggestions, ten unless told', () => {
    const many = Array.from({ length: 30 }, (_, index) => mentor(String(index + 1)))
    expect(rankMentors(wishes, many, { now })).toHaveLength(10)
    expect(rankMentors(wishes, many, { now, limit: 3 })).toHaveLength(3)
    expect(rankMentors(wishes, many, { now, limit: 0 })).toEqual([])
    expect(rankMentors(wishes, [], { now })).toEqual([])
  })
})

describe('the reasons, in plain words', () => {
  it('names the topics, the industry, the shared experience, the languages, the clock and the response time', () => {
    const wishes = seeker({
      helpTopics: ['interviews', 'applications', 'introductions'],
      industries: [industry.health.id],
      languages: ['en', 'es'],
      timeZone: 'America/New_York',
      sharedExperience: ['first-generation'],
    })
    const list = rankMentors(
      wishes,
      [
        mentor('1', {
          industries: [industry.health, industry.law],
          skills: ['interview-practice', 'networking'],
          languages: ['en', 'es', 'fr'],
          timeZone: 'America/Chicago',
          typicalResponseHours: 50,
          sharedExperience: ['first-generation'],
        }),
      ],
      { now },
    )
    expect(list[0].reasons).toEqual([
      '2 of your topics',
      'Works in public health',
      'Shares your experience as a first-generation professional',
      'Also speaks Spanish',
      'Only 1 hour apart from you',
      'Usually answers within 3 days',
    ])
  })

  it('says which topic when only one matches, and "all" when every one does', () => {
    const one = rankMentors(seeker({ helpTopics: ['interviews', 'applications'] }), [mentor('1', { skills: ['interview-practice'] })], { now })
    expect(one[0].reasons).toContain('Helps with preparing for interviews')
    const all = rankMentors(
      seeker({ helpTopics: ['interviews', 'industry'], industries: ['1'] }),
      [mentor('1', { skills: ['salary-negotiation'], industries: [industry.tech] })],
      {
        now,
      },
    )
    expect(all[0].reasons.slice(0, 2)).toEqual(['All 2 of your topics', 'Works in technology'])
  })

  it('says "Speaks" for a language in common other than English, and nothing for English alone', () => {
    const spanishOnly = rankMentors(seeker({ languages: ['es', 'en'] }), [mentor('1', { languages: ['es'] }), mentor('2', { languages: ['en'] })], { now })
    expect(reasonsOf(spanishOnly, '1')).toContain('Speaks Spanish')
    expect(reasonsOf(spanishOnly, '2')!.some((reason) => reason.includes('peaks'))).toBe(false)
  })

  it('counts half-hour zones in half hours', () => {
    const list = rankMentors(seeker({ timeZone: 'Asia/Dubai' }), [mentor('1', { timeZone: 'Asia/Kolkata' })], { now })
    expect(list[0].reasons).toContain('Only 1½ hours apart from you')
  })

  it('follows the clocks through daylight saving: London and New York are 4 hours apart for a few weeks in March', () => {
    const wishes = seeker({ timeZone: 'Europe/London' })
    const candidates = [mentor('1', { timeZone: 'America/New_York' })]
    // 20 March 2026: New York has moved its clocks, London not yet.
    expect(rankMentors(wishes, candidates, { now: new Date('2026-03-20T12:00:00Z') })[0].score).toBeGreaterThan(
      rankMentors(wishes, candidates, { now })[0].score,
    )
  })

  it('never mentions a shared experience the mentor did not allow, however much the student wishes for it', () => {
    const wishes = seeker({ sharedExperience: sharedExperiences.map((option) => option.value) })
    const list = rankMentors(wishes, [mentor('1', { sharedExperience: ['out-at-work'] }), mentor('2')], { now })
    expect(reasonsOf(list, '1')).toEqual(['Shares your experience as someone out at work', 'In your time zone'])
    expect(reasonsOf(list, '2')).toEqual(['In your time zone'])
  })

  it('leaves out slow answers and says nothing about a mentor too new to judge', () => {
    const list = rankMentors(
      seeker(),
      [mentor('1', { typicalResponseHours: 400 }), mentor('2', { typicalResponseHours: null }), mentor('3', { typicalResponseHours: 3 })],
      { now },
    )
    expect(reasonsOf(list, '1')).toEqual(['In your time zone'])
    expect(reasonsOf(list, '2')).toEqual(['In your time zone'])
    expect(reasonsOf(list, '3')).toContain('Usually answers within a few hours')
  })
})

describe('the order never wobbles', () => {
  it('gives the same list whatever order the candidates come in, equal scores ordered by id', () => {
    const candidates = ['10', '9', '100', '2', '1'].map((id) => mentor(id))
    const expected = ['1', '2', '9', '10', '100']
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: candidates.length }), (shuffled) => {
        expect(idsOf(rankMentors(seeker(), shuffled, { now }))).toEqual(expected)
      }),
    )
  })

  it('gives the same suggestions, scores and reasons on every call', () => {
    const wishes = seeker({ helpTopics: ['interviews'], industries: ['1', '2'], languages: ['en', 'es'] })
    const candidates = Array.from({ length: 200 }, (_, index) =>
      mentor(String(index + 1), {
        industries: [[industry.tech], [industry.health], [industry.law]][index % 3],
        skills: index % 4 === 0 ? ['interview-practice'] : [],
        languages: index % 5 === 0 ? ['en', 'es'] : ['en'],
        timeZone: ['Europe/London', 'America/New_York', 'Asia/Tokyo'][index % 3],
        typicalResponseHours: index % 7 === 0 ? null : index,
      }),
    )
    const first = rankMentors(wishes, candidates, { now, limit: 20 })
    expect(rankMentors(wishes, [...candidates].reverse(), { now, limit: 20 })).toEqual(first)
    expect(rankMentors(wishes, candidates, { now, limit: 20 })).toEqual(first)
  })
})

describe('one index shared by every student', () => {
  // The matching pool lays its open profiles out once and ranks each student against that, with
  // the few candidates that differ for the student (blocked, asked, matched on an experience) in
  // their place: that must give exactly the list a ranking of the replaced candidates gives.
  const zones = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney']
  const pool = Array.from({ length: 120 }, (_, index) =>
    mentor(String(index + 1), {
      industries: [[industry.tech], [industry.health, industry.law], [], [industry.education]][index % 4],
      skills: [['interview-practice'], ['resume-review', 'networking'], [], ['career-planning']][index % 4],
      languages: index % 6 === 0 ? ['en', 'es'] : index % 9 === 0 ? ['fr'] : ['en'],
      timeZone: index % 11 === 0 ? null : zones[index % zones.length],
      typicalResponseHours: index % 5 === 0 ? null : (index * 7) % 200,
      capacityLeft: index % 13 === 0 ? 0 : 2,
    }),
  )
  const index = indexCandidates(pool)
  const wishesOf = fc.record({
    helpTopics: fc.subarray(['interviews', 'applications', 'introductions', 'industry', 'career-direction'] as const),
    industries: fc.subarray(['1', '2', '3', '4']),
    languages: fc.subarray(['en', 'es', 'fr']),
    timeZone: fc.constantFrom(...zones),
    meetingFrequency: fc.constantFrom('weekly' as const, 'monthly' as const),
    sharedExperience: fc.subarray(sharedExperiences.map((option) => option.value)),
  })

  it('ranks like a list with the replaced candidates in place, whatever is replaced', () => {
    fc.assert(
      fc.property(
        wishesOf,
        fc.uniqueArray(fc.nat({ max: pool.length - 1 }), { maxLength: 30 }),
        fc.subarray(
          sharedExperiences.map((option) => option.value),
          { minLength: 1 },
        ),
        (wishes, positions, experiences) => {
          const replacing = new Map(
            positions.map((at, turn) => {
              const own = pool[at]
              // Every other one is blocked with the student; the rest are matched on a shared experience.
              return [own.id, turn % 2 === 0 ? { ...own, blockedWithSeeker: true } : { ...own, sharedExperience: experiences }]
            }),
          )
          const asList = pool.map((candidate) => replacing.get(candidate.id) ?? candidate)
          expect(rankIndexed(wishes, index, { now, limit: 15, replacing })).toEqual(rankMentors(wishes, asList, { now, limit: 15 }))
        },
      ),
      { numRuns: 150 },
    )
  })

  it('leaves out a replacement with no namesake in the index', () => {
    const stranger = mentor('999', { skills: ['interview-practice'], industries: [industry.tech], typicalResponseHours: 1 })
    const wishes = seeker({ helpTopics: ['interviews'], industries: ['1'] })
    const ranked = rankIndexed(wishes, index, { now, limit: 200, replacing: new Map([[stranger.id, stranger]]) })
    expect(idsOf(ranked)).not.toContain('999')
    expect(ranked).toEqual(rankMentors(wishes, pool, { now, limit: 200 }))
  })

  it('takes a new answer time at the next ranking, as a fresh index would', () => {
    const own = [mentor('1', { typicalResponseHours: 2 }), mentor('2', { typicalResponseHours: 150 })]
    const shared = indexCandidates(own)
    expect(idsOf(rankIndexed(seeker(), shared, { now }))).toEqual(['1', '2'])
    setResponseHours(shared, '2', 3)
    setResponseHours(shared, '1', 400)
    const fresh = rankMentors(
      seeker(),
      [
        { ...own[0], typicalResponseHours: 400 },
        { ...own[1], typicalResponseHours: 3 },
      ],
      { now },
    )
    expect(rankIndexed(seeker(), shared, { now }).map(({ id, score }) => ({ id, score }))).toEqual(fresh.map(({ id, score }) => ({ id, score })))
    expect(idsOf(fresh)).toEqual(['2', '1'])
  })
})

describe('a candidate from a profile', () => {
  const profile = (overrides: Partial<ProfileForMatching> = {}): ProfileForMatching => ({
    id: 7,
    user: 70,
    kind: 'mentor',
    industries: [{ id: 2, name: 'Public health' }],
    skills: [{ slug: 'interview-practice' }],
    languages: ['en', 'es'],
    timeZone: 'America/Chicago',
    availability: 'open',
    capacity: 3,
    activeMentees: 1,
    paused: false,
    pausedUntil: null,
    identities: 'First in my family to go to university',
    identitiesVisibility: 'contacts',
    ...overrides,
  })
  const view = (overrides: Partial<SeekerView> = {}): SeekerView => ({
    identityVisible: false,
    blockedWith: new Set(),
    typicalResponseHours: 20,
    now,
    ...overrides,
  })
  const optIns = (overrides: Partial<MatchingOptIns> = {}): MatchingOptIns => ({
    sharedExperience: ['first-generation'],
    matchOn: 'when-visible',
    ...overrides,
  })

  it('carries what the directory shows, as strings, and the capacity left', () => {
    expect(candidateFor(5, profile(), optIns(), view())).toEqual({
      id: '7',
      kind: 'mentor',
      industries: [{ id: '2', name: 'Public health' }],
      skills: ['interview-practice'],
      languages: ['en', 'es'],
      timeZone: 'America/Chicago',
      capacityLeft: 2,
      status: 'open',
      blockedWithSeeker: false,
      inProgramme: false,
      typicalResponseHours: 20,
      sharedExperience: [],
      // Interview practice answers "Preparing for interviews", the third help topic; English and Spanish are the first two languages.
      topicMask: 0b100,
      languageMask: 0b11,
    })
  })

  it('is paused until the pause’s end date, and full when marked full or at capacity', () => {
    expect(candidateFor(5, profile({ paused: true }), optIns(), view()).status).toBe('paused')
    expect(candidateFor(5, profile({ paused: true, pausedUntil: '2026-02-01T00:00:00Z' }), optIns(), view()).status).toBe('paused')
    expect(candidateFor(5, profile({ paused: true, pausedUntil: '2026-01-01T00:00:00Z' }), optIns(), view()).status).toBe('open')
    expect(candidateFor(5, profile({ availability: 'full' }), optIns(), view()).status).toBe('full')
    expect(candidateFor(5, profile({ activeMentees: 3 }), optIns(), view()).status).toBe('full')
  })

  it('marks a block either way, and the seeker’s own profile, as not to be suggested', () => {
    expect(candidateFor(5, profile(), optIns(), view({ blockedWith: new Set(['70']) })).blockedWithSeeker).toBe(true)
    expect(candidateFor(70, profile(), optIns(), view()).blockedWithSeeker).toBe(true)
    expect(candidateFor(5, profile(), optIns(), view({ blockedWith: new Set(['71']) })).blockedWithSeeker).toBe(false)
  })

  it('knows whether the mentor is in the programme the suggestions are for', () => {
    expect(candidateFor(5, profile(), optIns(), view({ programmeMentors: new Set(['7']) })).inProgramme).toBe(true)
    expect(candidateFor(5, profile(), optIns(), view({ programmeMentors: new Set(['8']) })).inProgramme).toBe(false)
  })

  it('matches on shared experiences only as the mentor chose: never when off, when visible only to those who can see, or for any student', () => {
    const tags = (matchOn: MatchingOptIns['matchOn'], identityVisible: boolean) =>
      candidateFor(5, profile(), optIns({ matchOn, sharedExperience: ['out-at-work', 'first-generation'] }), view({ identityVisible })).sharedExperience
    expect(tags('off', true)).toEqual([])
    expect(tags('off', false)).toEqual([])
    expect(tags('when-visible', false)).toEqual([])
    expect(tags('when-visible', true)).toEqual(['first-generation', 'out-at-work'])
    expect(tags('any-student', false)).toEqual(['first-generation', 'out-at-work'])
  })
})

describe('a hidden identity cannot be learnt from suggestions', () => {
  /*
   * A student who may not see a mentor's identity field tries every wish they can make, to see
   * whether the mentor moves up the list or gains a reason. Two worlds differ only in what that
   * mentor says about themselves (the text and the experiences they named); for every seeker,
   * the candidates and the whole list, scores and reasons included, must be identical.
   */
  const seekerId = 500
  const others: CandidateMentor[] = [
    mentor('1', { sharedExperience: ['first-generation'], skills: ['interview-practice'] }),
    mentor('2', { sharedExperience: ['trans-or-nonbinary'], industries: [industry.health] }),
    mentor('3', { languages: ['en', 'es'], timeZone: 'America/New_York' }),
    mentor('4', { typicalResponseHours: 5 }),
  ]
  const secretProfile = (identities: string | null): ProfileForMatching => ({
    id: 9,
    user: 90,
    kind: 'mentor',
    industries: [{ id: 2, name: 'Public health' }],
    skills: [{ slug: 'interview-practice' }, { slug: 'coming-out-at-work' }],
    languages: ['en', 'es'],
    timeZone: 'America/Chicago',
    availability: 'open',
    capacity: 3,
    activeMentees: 0,
    identities,
    identitiesVisibility: 'contacts',
  })
  const view: SeekerView = { identityVisible: false, blockedWith: new Set(), typicalResponseHours: 40, now }

  const experience = fc.constantFrom(...sharedExperiences.map((option) => option.value))
  const hiddenIdentity = fc.record({
    identities: fc.option(fc.string({ maxLength: 60 }), { nil: null }),
    sharedExperience: fc.uniqueArray(experience, { maxLength: sharedExperiences.length }),
  })
  const wishes: fc.Arbitrary<SeekerWishes> = fc.record({
    helpTopics: fc.uniqueArray(fc.constantFrom(...helpTopics.map(([value]) => value))),
    industries: fc.uniqueArray(fc.constantFrom('1', '2', '3', '4')),
    languages: fc.uniqueArray(fc.constantFrom('en', 'es', 'fr')),
    timeZone: fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Tokyo', null),
    meetingFrequency: fc.constantFrom('weekly', 'fortnightly', 'monthly', 'once'),
    sharedExperience: fc.uniqueArray(experience),
  })
  // 'any-student' is the mentor opting in to being matched beyond the field's visibility.
  const withheld = fc.constantFrom(...experienceMatching.map(([value]) => value).filter((value) => value !== 'any-student'))

  it('gives identical candidates and identical suggestions, scores and reasons whatever the hidden identity', () => {
    fc.assert(
      fc.property(hiddenIdentity, hiddenIdentity, withheld, fc.array(wishes, { minLength: 1, maxLength: 8 }), (first, second, matchOn, attempts) => {
        const one = candidateFor(seekerId, secretProfile(first.identities), { matchOn, sharedExperience: first.sharedExperience }, view)
        const two = candidateFor(seekerId, secretProfile(second.identities), { matchOn, sharedExperience: second.sharedExperience }, view)
        expect(two).toEqual(one)
        expect(one.sharedExperience).toEqual([])
        expect(JSON.stringify(one)).not.toContain('identit')
        for (const attempt of attempts) {
          expect(rankMentors(attempt, [...others, two], { now, limit: 5 })).toEqual(rankMentors(attempt, [...others, one], { now, limit: 5 }))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('learns nothing from asking for each experience in turn', () => {
    const worlds = [[], ['trans-or-nonbinary'], ['first-generation', 'poc']] as SharedExperience[][]
    for (const single of sharedExperiences) {
      const attempt = seeker({ helpTopics: ['being-out-at-work'], sharedExperience: [single.value] })
      const lists = worlds.map((named) =>
        rankMentors(
          attempt,
          [...others, candidateFor(seekerId, secretProfile('Trans, first in my family'), { matchOn: 'when-visible', sharedExperience: named }, view)],
          {
            now,
          },
        ),
      )
      expect(lists[1]).toEqual(lists[0])
      expect(lists[2]).toEqual(lists[0])
      expect(lists[0].flatMap((suggestion) => (suggestion.id === '9' ? suggestion.reasons : [])).some((reason) => reason.startsWith('Shares'))).toBe(false)
    }
  })

  it('does use the experiences once the student may see the field', () => {
    const attempt = seeker({ sharedExperience: ['trans-or-nonbinary'] })
    const visible = candidateFor(
      seekerId,
      secretProfile(null),
      { matchOn: 'when-visible', sharedExperience: ['trans-or-nonbinary'] },
      { ...view, identityVisible: true },
    )
    expect(reasonsOf(rankMentors(attempt, [...others, visible], { now }), '9')).toContain('Shares your experience as a trans or non-binary person')
  })
})

describe('scores programme staff read', () => {
  it('are the same whether or not the student wished for a shared experience, and never explained by one', () => {
    const now = new Date('2026-06-01T12:00:00Z')
    const sharing = [mentor('1', { sharedExperience: ['trans-or-nonbinary'] }), mentor('2')]
    const wished = scoreEach(seeker({ sharedExperience: ['trans-or-nonbinary'] }), sharing, { now, forStaff: true })
    const notWished = scoreEach(seeker({ sharedExperience: [] }), sharing, { now, forStaff: true })
    expect(wished).toEqual(notWished)
    expect(JSON.stringify(wished)).not.toMatch(/experience/i)
    // The student's own ranking does count it: the test above could fail.
    const own = scoreEach(seeker({ sharedExperience: ['trans-or-nonbinary'] }), sharing, { now })
    expect(own.find((row) => row.id === '1')!.score).toBeGreaterThan(wished.find((row) => row.id === '1')!.score)
  })
})
