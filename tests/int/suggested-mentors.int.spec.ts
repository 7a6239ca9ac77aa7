import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { blockMember } from '@/blocks/manage'
import type { SharedExperience } from '@/matching/options'
import { forgetMatchingPool, suggestMentorsFor, wishesOf, type Suggestions } from '@/matching/suggest'
import { answerRequest, sendMentorshipRequest } from '@/mentorship/requests'
import { directoryNames } from '@/queries/mentors'

import type { MentorProfile, User } from '../../payload-types'
import { listMember, type ListedMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * Suggested mentors through the database (src/matching/suggest.ts): who is suggested, in what
 * order and why, and what a student can never learn from them.
 */

type Wishes = {
  helpTopics?: string[]
  industries?: string[]
  languages?: string[]
  timeZone?: string | null
  meetingFrequency?: string | null
  sharedExperience?: SharedExperience[]
}

describe('suggested mentors', () => {
  let payload: Payload
  let industryId: (slug: string) => number | string
  let address = 0
  const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })

  async function setWishes(user: Pick<User, 'id'>, wishes: Wishes) {
    const data = {
      helpTopics: wishes.helpTopics ?? [],
      industries: (wishes.industries ?? []).map(industryId),
      languages: wishes.languages ?? [],
      timeZone: wishes.timeZone ?? null,
      meetingFrequency: wishes.meetingFrequency ?? null,
      sharedExperience: wishes.sharedExperience ?? [],
    } as Record<string, unknown>
    const { docs } = await payload.find({ collection: 'match-preferences', where: { user: { equals: user.id } }, overrideAccess: true, depth: 0 })
    if (docs[0]) await payload.update({ collection: 'match-preferences', id: docs[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'match-preferences', data: { ...data, user: user.id } as never, overrideAccess: true })
  }

  async function setOptIn(user: Pick<User, 'id'>, sharedExperience: SharedExperience[], matchOn: 'off' | 'when-visible' | 'any-student') {
    const { docs } = await payload.find({ collection: 'match-preferences', where: { user: { equals: user.id } }, overrideAccess: true, depth: 0 })
    const data = { sharedExperience, matchOn }
    if (docs[0]) await payload.update({ collection: 'match-preferences', id: docs[0].id, data, overrideAccess: true })
    else await payload.create({ collection: 'match-preferences', data: { ...data, user: user.id }, overrideAccess: true })
  }

  const student = async (name: string) => (await createUser(payload, ['career-candidate'], { chosenName: name, _verified: true })) as User
  const mentor = (member: Partial<ListedMember> & { name: string }) =>
    listMember(payload, { lastActiveAt: new Date().toISOString(), languages: ['en'], ...member })
  const fresh = async (viewer: User, options: Parameters<typeof suggestMentorsFor>[2] = {}) => {
    forgetMatchingPool(payload)
    return suggestMentorsFor(payload, viewer, options)
  }
  const names = (result: Suggestions) => (result.state === 'ready' ? result.suggestions.map((suggestion) => suggestion.card.displayName) : [])
  const reasonsOf = (result: Suggestions, name: string) =>
    result.state === 'ready' ? (result.suggestions.find((suggestion) => suggestion.card.displayName === name)?.reasons ?? null) : null

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
    for (const name of ['Technology', 'Finance', 'Education'])
      await payload.create({ collection: 'industries', data: { name, slug: '' }, overrideAccess: true })
    for (const name of ['Interview practice', 'Portfolio feedback', 'Coming out at work']) {
      await payload.create({ collection: 'skills', data: { name, slug: '' }, overrideAccess: true })
    }
    const { docs } = await payload.find({ collection: 'industries', depth: 0, pagination: false, overrideAccess: true })
    industryId = (slug) => docs.find((industry) => industry.slug === slug)!.id
  })
  afterAll(() => stopTestPayload(payload))

  // Each test starts from an empty directory: what one suggests must not depend on another's people.
  beforeEach(async () => {
    for (const collection of ['match-preferences', 'mentorship-requests', 'blocks', 'program-memberships', 'programs'] as const) {
      await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
    }
    await payload.delete({ collection: 'users', where: { roles: { in: ['mentor', 'connector', 'career-candidate'] } }, overrideAccess: true })
  })

  it('asks a student who has not said what they look for, and suggests nothing to a mentor', async () => {
    const ash = await student('Ash')
    await mentor({ name: 'Kim', industries: ['technology'] })
    expect(await fresh(ash)).toEqual({ state: 'no-wishes' })
    const { user: kim } = await mentor({ name: 'Lee' })
    await setWishes(kim, { helpTopics: ['interviews'] })
    expect(await fresh(kim)).toEqual({ state: 'no-wishes' })
  })

  it('puts the mentor who meets every wish first and says why in plain words', async () => {
    const ash = await student('Ash')
    await setWishes(ash, {
      helpTopics: ['interviews', 'industry'],
      industries: ['technology'],
      languages: ['en', 'es'],
      timeZone: 'America/Chicago',
      meetingFrequency: 'weekly',
    })
    await mentor({ name: 'Near miss', industries: ['finance'], skills: ['interview-practice'], languages: ['en'] })
    await mentor({ name: 'Unrelated', industries: ['education'], skills: ['portfolio-feedback'], languages: ['fr'] })
    const { profile } = await mentor({ name: 'Ideal', industries: ['technology'], skills: ['interview-practice'], languages: ['en', 'es'] })
    await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { timeZone: 'America/Chicago' }, overrideAccess: true })

    const result = await fresh(ash)
    expect(names(result)[0]).toBe('Ideal')
    expect(names(result)).toContain('Near miss')
    expect(reasonsOf(result, 'Ideal')).toEqual(['All 2 of your topics', 'Works in technology', 'Also speaks Spanish', 'In your time zone'])
    expect(reasonsOf(result, 'Near miss')).toEqual(['Helps with preparing for interviews'])
  })

  it('leaves out mentors who are paused, full, blocked or already asked, and a change shows within seconds', async () => {
    const ash = await student('Ash')
    await setWishes(ash, { helpTopics: ['interviews'], industries: ['technology'] })
    const people: Record<string, { user: User; profile: MentorProfile }> = {}
    for (const name of ['Open', 'Paused', 'Full', 'Blocked', 'Asked'])
      people[name] = await mentor({ name, industries: ['technology'], skills: ['interview-practice'] })
    await payload.update({ collection: 'mentor-profiles', id: people.Paused.profile.id, data: { paused: true }, overrideAccess: true })
    await payload.update({ collection: 'mentor-profiles', id: people.Full.profile.id, data: { availability: 'full' }, overrideAccess: true })
    expect((await blockMember(payload, ash, { profile: people.Blocked.profile.slug }, null, from())).ok).toBe(true)
    const sent = await sendMentorshipRequest(
      payload,
      ash,
      people.Asked.profile.slug,
      { helpWith: 'interviews', message: 'Could we practise a technical interview together?' },
      from(),
    )
    expect(sent.ok).toBe(true)
    expect(names(await fresh(ash))).toEqual(['Open'])

    // Without forgetting the pool: the next sync (every 3 s at most) brings the pause in.
    await suggestMentorsFor(payload, ash)
    await payload.update({ collection: 'mentor-profiles', id: people.Open.profile.id, data: { paused: true }, overrideAccess: true })
    // The card is read again with the student's access, so the paused mentor drops out at once.
    expect(names(await suggestMentorsFor(payload, ash))).toEqual([])
    await payload.update({ collection: 'mentor-profiles', id: people.Open.profile.id, data: { paused: false }, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 3_100))
    expect(names(await suggestMentorsFor(payload, ash))).toEqual(['Open'])
  })

  it('counts for nothing an industry the student chose and an admin removed since', async () => {
    const ash = await student('Ash')
    const retired = await payload.create({ collection: 'industries', data: { name: 'Retired trade', slug: '' }, overrideAccess: true })
    await setWishes(ash, { helpTopics: ['industry'], industries: ['technology'] })
    const { docs } = await payload.find({ collection: 'match-preferences', where: { user: { equals: ash.id } }, overrideAccess: true, depth: 0 })
    await payload.update({
      collection: 'match-preferences',
      id: docs[0].id,
      data: { industries: [industryId('technology') as number, retired.id] },
      overrideAccess: true,
    })
    expect((await wishesOf(payload, ash.id))?.industries).toEqual([String(industryId('technology')), String(retired.id)])
    await payload.delete({ collection: 'industries', id: retired.id, overrideAccess: true })
    // The directory's names are kept a minute; once read again the removed one is gone.
    await directoryNames(payload, true)
    expect((await wishesOf(payload, ash.id))?.industries).toEqual([String(industryId('technology'))])
  })

  it('suggests a mentor again once their pause ends on its date, without a change to the profile', async () => {
    const ash = await student('Ash')
    await setWishes(ash, { helpTopics: ['interviews'] })
    const { profile } = await mentor({ name: 'Back soon', skills: ['interview-practice'] })
    await payload.update({
      collection: 'mentor-profiles',
      id: profile.id,
      data: { paused: true, pausedUntil: new Date(Date.now() + 1_500).toISOString() },
      overrideAccess: true,
    })
    expect(names(await fresh(ash))).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 3_100))
    expect(names(await suggestMentorsFor(payload, ash))).toEqual(['Back soon'])
  })

  it('counts a skill added to the platform after the pool loaded, once a profile names it', async () => {
    const ash = await student('Ash')
    await setWishes(ash, { helpTopics: ['applications'] })
    const { profile } = await mentor({ name: 'Reviewer', skills: ['interview-practice'] })
    expect(reasonsOf(await fresh(ash), 'Reviewer')).toEqual([])
    const skill = await payload.create({ collection: 'skills', data: { name: 'Resume review', slug: '' }, overrideAccess: true })
    expect(skill.slug).toBe('resume-review')
    await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { skills: [skill.id] }, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 3_100))
    expect(reasonsOf(await suggestMentorsFor(payload, ash), 'Reviewer')).toEqual(['Helps with résumés and applications'])
  })

  it('inside a programme suggests only its listed mentors who have a place left in it', async () => {
    const ash = await student('Ash')
    await setWishes(ash, { helpTopics: ['interviews'] })
    const inside = await mentor({ name: 'Inside', skills: ['interview-practice'] })
    const busy = await mentor({ name: 'Busy', skills: ['interview-practice'] })
    const hidden = await mentor({ name: 'Unlisted', skills: ['interview-practice'] })
    await mentor({ name: 'Outside', skills: ['interview-practice'] })
    const program = await payload.create({
      collection: 'programs',
      data: { name: 'Lakeside', slug: 'lakeside-test', status: 'open', summary: 'A programme.', capacityPerMentor: 1, matching: 'self' },
      overrideAccess: true,
    })
    for (const [member, hiddenFromListings] of [
      [inside, false],
      [busy, false],
      [hidden, true],
    ] as const) {
      await payload.create({
        collection: 'program-memberships',
        data: { program: program.id, user: member.user.id, side: 'mentor', status: 'active', memberName: member.user.chosenName, hiddenFromListings } as never,
        overrideAccess: true,
      })
    }
    // Busy already mentors someone in the programme, its limit of one.
    const other = await student('Other')
    const sent = await sendMentorshipRequest(
      payload,
      other,
      busy.profile.slug,
      { helpWith: 'interviews', message: 'Could we practise a technical interview together?' },
      from(),
    )
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    await answerRequest(payload, busy.user, sent.requestId, 'accept')
    await payload.update({ collection: 'mentorship-requests', id: sent.requestId, data: { program: program.id }, overrideAccess: true })

    expect(names(await fresh(ash, { program: program.id }))).toEqual(['Inside'])
    expect(names(await fresh(ash))).toEqual(expect.arrayContaining(['Inside', 'Busy', 'Unlisted', 'Outside']))
  })

  describe('a hidden identity field', () => {
    /*
     * The attack: a student wants to learn whether Sam, who keeps "How I describe myself" hidden,
     * is trans. They try every combination of wishes they can, one after another, and read the
     * suggestions and reasons each time. Whatever Sam wrote and whichever experiences Sam named,
     * as long as Sam chose to be matched on them only where the field is visible, every answer
     * must be identical.
     */
    const probes: Wishes[] = [
      { helpTopics: ['being-out-at-work'] },
      { helpTopics: ['being-out-at-work'], sharedExperience: ['trans-or-nonbinary'] },
      { sharedExperience: ['trans-or-nonbinary'] },
      { sharedExperience: ['trans-or-nonbinary', 'first-generation'] },
      { sharedExperience: ['out-at-work'], languages: ['en'] },
      { helpTopics: ['interviews'], sharedExperience: ['poc', 'disabled', 'immigrant', 'trans-or-nonbinary', 'out-at-work', 'first-generation'] },
    ]

    type World = {
      identities: string | null
      visibility: 'hidden' | 'contacts' | 'members' | 'public'
      experiences: SharedExperience[]
      matchOn: 'off' | 'when-visible' | 'any-student'
    }

    async function transcript(world: World): Promise<string> {
      const ash = await student('Ash')
      const { user: sam, profile } = await mentor({ name: 'Sam', skills: ['coming-out-at-work'] })
      await mentor({ name: 'Robin', skills: ['coming-out-at-work'] })
      await mentor({ name: 'Alex', skills: ['interview-practice'] })
      await payload.update({
        collection: 'mentor-profiles',
        id: profile.id,
        data: { identities: world.identities, identitiesVisibility: world.visibility },
        overrideAccess: true,
      })
      await setOptIn(sam, world.experiences, world.matchOn)
      const answers: unknown[] = []
      for (const probe of probes) {
        await setWishes(ash, probe)
        const result = await fresh(ash)
        answers.push(
          result.state === 'ready'
            ? result.suggestions.map(({ card, score, reasons }) => ({ name: card.displayName, score, reasons, identities: card.identities ?? null }))
            : result,
        )
      }
      // Clean up for the next world.
      for (const collection of ['match-preferences', 'mentorship-requests'] as const) {
        await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
      }
      await payload.delete({ collection: 'users', where: { roles: { in: ['mentor', 'connector', 'career-candidate'] } }, overrideAccess: true })
      return JSON.stringify(answers)
    }

    it('teaches a student nothing through suggestions, order, scores or reasons, whatever it holds', async () => {
      const baseline = await transcript({ identities: null, visibility: 'hidden', experiences: [], matchOn: 'off' })
      const worlds: World[] = [
        { identities: 'Trans woman, engineer', visibility: 'hidden', experiences: ['trans-or-nonbinary'], matchOn: 'when-visible' },
        { identities: 'Trans woman, engineer', visibility: 'contacts', experiences: ['trans-or-nonbinary', 'out-at-work'], matchOn: 'when-visible' },
        {
          identities: 'Non-binary, first in my family at university',
          visibility: 'hidden',
          experiences: ['trans-or-nonbinary', 'first-generation'],
          matchOn: 'off',
        },
        { identities: null, visibility: 'contacts', experiences: ['poc', 'disabled', 'immigrant'], matchOn: 'when-visible' },
      ]
      for (const world of worlds) expect(await transcript(world), JSON.stringify(world)).toBe(baseline)
    })

    it('is used where the mentor chose it: visible to the student, or any student by opt-in', async () => {
      const baseline = await transcript({ identities: null, visibility: 'hidden', experiences: [], matchOn: 'off' })
      // The same probes notice a visible field and an opt-in: the test above could fail.
      const visible = await transcript({ identities: 'Trans woman', visibility: 'members', experiences: ['trans-or-nonbinary'], matchOn: 'when-visible' })
      const optedIn = await transcript({ identities: 'Trans woman', visibility: 'hidden', experiences: ['trans-or-nonbinary'], matchOn: 'any-student' })
      expect(visible).not.toBe(baseline)
      expect(optedIn).not.toBe(baseline)
      expect(optedIn).toContain('Shares your experience as a trans or non-binary person')
      // Opted in but hidden: the reason says what Sam agreed to be matched on, never the field's words.
      expect(optedIn).not.toContain('Trans woman')
    })
  })
})
