import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { IdentityVisibility } from '@/access'
import { leaveMentorsGroup, setPaused, switchMentorKind } from '@/accounts/involvement'
import { saveDirectoryProfile, type ProfileInput } from '@/directory/edit-profile'
import { directoryHref, mentorsPerPage, parseDirectoryParams, type DirectoryParams } from '@/directory/params'
import { richTextToPlain } from '@/lib/plain-text'
import { availabilityOf, getMentorProfile, searchMentors, type DirectoryResult } from '@/queries/mentors'

import type { MentorProfile, Organization, User } from '../../payload-types'
import { listMember, profileOf, type ListedMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/** "Today" for every search: pauses and their end dates are set relative to it. */
const now = new Date('2027-03-01T12:00:00.000Z')
const daysAgo = (days: number) => new Date(Date.parse('2026-11-01T12:00:00.000Z') - days * 86_400_000).toISOString()

/**
 * The directory as a student finds it: 19 members with something to say, and 26 volunteers
 * who only fill pages. `daysAgo` orders "recently active"; it differs from name order on purpose.
 */
const featured: ListedMember[] = [
  {
    name: 'Amara Okafor',
    headline: 'Interview practice for first-time tech applicants',
    bio: 'I run mock interviews for software roles every week, online or near Toronto.',
    industries: ['technology'],
    skills: ['interview-practice'],
    languages: ['en', 'fr'],
    location: 'Toronto',
    organization: 'quillfeather-labs',
    lastActiveAt: daysAgo(5),
  },
  {
    name: 'Bao Tran',
    headline: 'Résumé review and salary negotiation',
    bio: 'Ten years in banking; I read every résumé line by line.',
    industries: ['finance'],
    skills: ['resume-review', 'salary-negotiation'],
    languages: ['en', 'vi'],
    location: 'Seattle',
    lastActiveAt: daysAgo(2),
  },
  {
    name: 'Camille Dubois',
    kind: 'connector',
    headline: 'Introductions across hospitals and clinics',
    bio: 'Nurse turned recruiter; I know people in most hospital HR teams.',
    industries: ['healthcare'],
    skills: ['networking'],
    languages: ['fr', 'en'],
    location: 'Montréal',
    organization: 'brightwater-college',
    lastActiveAt: daysAgo(9),
  },
  {
    name: 'Dev Patel',
    headline: 'From classroom to data science',
    bio: 'I moved from teaching into data science and can help rewrite a resume for a career change.',
    industries: ['technology', 'education'],
    skills: ['career-change'],
    languages: ['en', 'hi'],
    location: 'Chicago',
    lastActiveAt: daysAgo(1),
  },
  {
    name: 'Eli Rosen',
    headline: 'Product design portfolios',
    bio: 'Twelve years designing consumer apps.',
    industries: ['design-and-media'],
    skills: ['portfolio-feedback'],
    languages: ['en', 'he'],
    location: 'Berlin',
    lastActiveAt: daysAgo(3),
  },
  {
    name: 'Farah Haddad',
    headline: 'Finance interviews',
    bio: 'Banking or insurance: we practise the questions together.',
    industries: ['finance'],
    skills: ['interview-practice'],
    languages: ['ar', 'en'],
    location: 'London',
    availability: 'full',
    lastActiveAt: daysAgo(7),
  },
  {
    name: 'Gabriel Santos',
    headline: 'Fundraising careers',
    bio: 'Grant writing for small charities.',
    industries: ['nonprofit'],
    skills: ['networking'],
    languages: ['pt', 'es'],
    location: 'São Paulo',
    lastActiveAt: daysAgo(4),
  },
  {
    name: 'Hana Kim',
    headline: 'Design systems and UX research',
    industries: ['design-and-media', 'technology'],
    skills: ['portfolio-feedback'],
    languages: ['ko', 'en'],
    location: 'Seoul',
    lastActiveAt: daysAgo(6),
  },
  {
    name: 'Iris Novak',
    kind: 'connector',
    headline: 'Introductions to school leaders',
    industries: ['education'],
    skills: ['networking'],
    languages: ['en', 'pl'],
    location: 'Kraków',
    organization: 'brightwater-college',
    lastActiveAt: daysAgo(11),
  },
  {
    name: 'Kai Nakamura',
    headline: 'Backend engineering',
    bio:
      'I build payment services, review pull requests and coach new engineers through their first production incidents; ' +
      'along the way I learned a great deal about accessibility from our support team.',
    industries: ['technology'],
    languages: ['en', 'ja'],
    location: 'Vancouver',
    lastActiveAt: daysAgo(12),
  },
  {
    name: 'Lina Berg',
    headline: 'Accessibility engineering',
    bio: 'Accessibility audits, accessibility advocacy and accessible design.',
    industries: ['technology'],
    languages: ['en', 'nl'],
    location: 'Amsterdam',
    lastActiveAt: daysAgo(13),
  },
  {
    name: 'Quinn Ahmed',
    pronouns: 'they/them',
    pronounsVisibility: 'public',
    identities: 'Genderqueer, first-generation student',
    identitiesVisibility: 'public',
    headline: 'Public health careers',
    industries: ['healthcare'],
    languages: ['en'],
    lastActiveAt: daysAgo(14),
  },
  {
    name: 'Riley Chen',
    pronouns: 'she/her',
    pronounsVisibility: 'members',
    identities: 'Lesbian and a proud aunt',
    identitiesVisibility: 'members',
    headline: 'Teaching abroad',
    industries: ['education'],
    lastActiveAt: daysAgo(15),
  },
  {
    name: 'Sasha Ivanova',
    pronouns: 'he/him',
    pronounsVisibility: 'contacts',
    identities: 'Trans man',
    identitiesVisibility: 'contacts',
    headline: 'Translation and localisation',
    languages: ['uk', 'ru'],
    lastActiveAt: daysAgo(16),
  },
  {
    name: 'Taylor Brooks',
    pronouns: 'ze/zir',
    pronounsVisibility: 'hidden',
    identities: 'Asexual',
    identitiesVisibility: 'hidden',
    headline: 'Museum and archive work',
    lastActiveAt: daysAgo(17),
  },
  {
    name: 'Uma Reddy',
    kind: 'connector',
    headline: 'Hiring managers at Quillfeather',
    industries: ['technology'],
    skills: ['networking'],
    languages: ['en', 'hi'],
    organization: 'quillfeather-labs',
    lastActiveAt: daysAgo(8),
  },
  {
    name: 'Victor Alvarez',
    kind: 'connector',
    headline: 'Hospital administration contacts',
    industries: ['healthcare'],
    skills: ['networking'],
    languages: ['es', 'en'],
    availability: 'full',
    lastActiveAt: daysAgo(10),
  },
  { name: 'Wren Murphy', headline: 'Game design and writing', industries: ['design-and-media'], languages: ['en'], lastActiveAt: daysAgo(18) },
  {
    name: 'Xiomara Diaz',
    headline: 'Orientación profesional en español',
    industries: ['education'],
    skills: ['career-change'],
    languages: ['es', 'ase'],
    lastActiveAt: daysAgo(19),
  },
]
const volunteers: ListedMember[] = Array.from({ length: 26 }, (_, index) => ({
  name: `Volunteer ${String(index + 1).padStart(2, '0')}`,
  headline: 'Happy to talk about first jobs',
  lastActiveAt: daysAgo(20 + index),
}))
const everyone = [...featured, ...volunteers]
const byName = (names: string[]) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
const allByName = byName(everyone.map((member) => member.name))
const allByRecent = [...everyone].sort((a, b) => b.lastActiveAt.localeCompare(a.lastActiveAt)).map((member) => member.name)
const notAvailable = ['Eli Rosen', 'Farah Haddad', 'Gabriel Santos', 'Victor Alvarez']

const names = (result: DirectoryResult) => result.docs.map((card) => card.displayName)

describe('the mentor directory', () => {
  let payload: Payload
  const members = new Map<string, { user: User; profile: MentorProfile }>()
  const member = (name: string) => members.get(name)!
  let candidate: User
  let representative: User
  let admin: User

  /** One directory search as the /mentors page runs it, "today" being `now`. */
  const search = (changes: Partial<DirectoryParams> = {}, viewer: User | null = null, at = now) =>
    searchMentors(payload, { ...parseDirectoryParams({}), ...changes }, viewer, at)
  const found = async (changes: Partial<DirectoryParams> = {}, viewer: User | null = null) => names(await search({ sort: 'name', ...changes }, viewer))

  beforeAll(async () => {
    payload = await startTestPayload()
    for (const name of ['Technology', 'Healthcare', 'Finance', 'Education', 'Design & Media', 'Nonprofit']) {
      await payload.create({ collection: 'industries', data: { name, slug: '' }, overrideAccess: true })
    }
    for (const name of ['Résumé review', 'Interview practice', 'Salary negotiation', 'Networking', 'Portfolio feedback', 'Career change']) {
      await payload.create({ collection: 'skills', data: { name, slug: '' }, overrideAccess: true })
    }
    const company: Organization = await payload.create({
      collection: 'organizations',
      data: { name: 'Quillfeather Labs', kind: 'company', slug: '' },
      overrideAccess: true,
    })
    await payload.create({ collection: 'organizations', data: { name: 'Brightwater College', kind: 'career-center', slug: '' }, overrideAccess: true })

    for (const listed of everyone) members.set(listed.name, await listMember(payload, listed))

    // Pauses are the member's own, set on their account; the profile follows.
    expect(await setPaused(payload, member('Eli Rosen').user, true)).toEqual({ ok: true })
    expect(await setPaused(payload, member('Gabriel Santos').user, true, '2027-06-30', new Date('2027-01-15T12:00:00Z'))).toEqual({ ok: true })
    expect(await setPaused(payload, member('Hana Kim').user, true, '2027-01-31', new Date('2027-01-15T12:00:00Z'))).toEqual({ ok: true })

    candidate = (await createUser(payload, ['career-candidate'], { chosenName: 'Cam Candidate' })) as User
    representative = (await createUser(payload, ['company-representative'], {
      chosenName: 'Rae Representative',
      organization: company.id,
      organizationRole: 'representative',
    })) as User
    admin = (await createUser(payload, ['admin'], { chosenName: 'Ada Admin' })) as User
  })
  afterAll(() => stopTestPayload(payload))

  describe('searching by words', () => {
    it('finds words in the headline, the bio, skill, industry and organisation names, and the location', async () => {
      expect(await found({ q: 'clinics' })).toEqual(['Camille Dubois'])
      expect(await found({ q: 'mock' })).toEqual(['Amara Okafor'])
      expect(await found({ q: 'feedback', show: 'all' })).toEqual(['Eli Rosen', 'Hana Kim'])
      expect(await found({ q: 'healthcare', show: 'all' })).toEqual(['Camille Dubois', 'Quinn Ahmed', 'Victor Alvarez'])
      expect(await found({ q: 'brightwater' })).toEqual(['Camille Dubois', 'Iris Novak'])
      expect(await found({ q: 'quillfeather' })).toEqual(['Amara Okafor', 'Uma Reddy'])
      expect(await found({ q: 'toronto' })).toEqual(['Amara Okafor'])
      expect(await found({ q: 'quinn' })).toEqual(['Quinn Ahmed'])
    })

    it('matches the start of a word: "interv" finds interview', async () => {
      expect(await found({ q: 'interv' })).toEqual(['Amara Okafor'])
      expect(await found({ q: 'interv', show: 'all' })).toEqual(['Amara Okafor', 'Farah Haddad'])
    })

    it('needs every word of the search to match', async () => {
      expect(await found({ q: 'interview finance', show: 'all' })).toEqual(['Farah Haddad'])
      expect(await found({ q: 'interview toronto' })).toEqual(['Amara Okafor'])
      expect(await found({ q: 'interview healthcare', show: 'all' })).toEqual([])
    })

    it('ignores case and accents: "resume" finds "Résumé review"', async () => {
      expect(await found({ q: 'resume' })).toEqual(['Bao Tran', 'Dev Patel'])
      expect(await found({ q: 'RÉSUMÉ' })).toEqual(['Bao Tran', 'Dev Patel'])
      expect(await found({ q: 'Montreal' })).toEqual(['Camille Dubois'])
      expect(await found({ q: 'KRAKOW' })).toEqual(['Iris Novak'])
      expect(await found({ q: 'sao paulo', show: 'all' })).toEqual(['Gabriel Santos'])
    })

    it('reads quotes, stars, OR, minus signs and NEAR( as plain words', async () => {
      const cases: [string, string[]][] = [
        ['"mock', ['Amara Okafor']],
        ['mock"', ['Amara Okafor']],
        ['(mock)', ['Amara Okafor']],
        ['interv*', ['Amara Okafor', 'Farah Haddad']],
        // FTS would read OR as "either"; here it is the word "or", so all three words must match.
        ['finance OR interview', ['Farah Haddad']],
        ['OR', ['Amara Okafor', 'Farah Haddad', 'Xiomara Diaz']],
        ['-finance interview', ['Farah Haddad']],
        ['career-change', ['Dev Patel', 'Xiomara Diaz']],
        ['NEAR(interview', ['Amara Okafor']],
        ['search_text:mock', []],
      ]
      for (const [q, expected] of cases) expect(await found({ q, show: 'all' }), q).toEqual(expected)
    })

    it('never fails on search syntax, and a search with no words lists everyone', async () => {
      for (const q of ['"', '*', '"*"', 'AND NOT', 'NEAR(', ')', '(((', '^', '{search_text}:', 'mock" OR "', "'; DROP TABLE mentor_profiles; --", '%_\\']) {
        await expect(search({ q, show: 'all' }), q).resolves.toMatchObject({ page: 1 })
      }
      expect((await search({ q: '"*()-:^', show: 'all' })).totalDocs).toBe(everyone.length)
    })

    it('never matches identities or pronouns, which their owners may keep private', async () => {
      for (const q of ['genderqueer', 'lesbian', 'asexual', 'zir']) {
        expect(await found({ q, show: 'all' }, admin), q).toEqual([])
      }
    })

    it('finds a changed headline at the next search, and forgets a deleted profile', async () => {
      const { user, profile } = await listMember(payload, { name: 'Yannick Moreau', headline: 'Bakery apprenticeships', lastActiveAt: daysAgo(0) })
      expect(await found({ q: 'apprenticeships' })).toEqual(['Yannick Moreau'])
      expect(await found({ q: 'kombucha' })).toEqual([])

      await payload.update({ collection: 'mentor-profiles', id: profile.id, data: { headline: 'Kombucha brewing' }, overrideAccess: false, user })
      expect(await found({ q: 'kombucha' })).toEqual(['Yannick Moreau'])
      expect(await found({ q: 'apprenticeships' })).toEqual([])

      await payload.delete({ collection: 'mentor-profiles', id: profile.id, overrideAccess: true })
      expect(await found({ q: 'kombucha' })).toEqual([])
      expect((await search({ show: 'all' })).totalDocs).toBe(everyone.length)
    })
  })

  describe('filtering', () => {
    it('filters by kind', async () => {
      expect(await found({ kind: 'connector' })).toEqual(['Camille Dubois', 'Iris Novak', 'Uma Reddy'])
      expect(await found({ kind: 'connector', show: 'all' })).toEqual(['Camille Dubois', 'Iris Novak', 'Uma Reddy', 'Victor Alvarez'])
      expect((await search({ kind: 'mentor', show: 'all' })).totalDocs).toBe(everyone.length - 4)
    })

    it('filters by industry', async () => {
      expect(await found({ industry: 'technology' })).toEqual(['Amara Okafor', 'Dev Patel', 'Hana Kim', 'Kai Nakamura', 'Lina Berg', 'Uma Reddy'])
      expect(await found({ industry: 'design-and-media', show: 'all' })).toEqual(['Eli Rosen', 'Hana Kim', 'Wren Murphy'])
    })

    it('filters by skill', async () => {
      expect(await found({ skill: 'networking' })).toEqual(['Camille Dubois', 'Iris Novak', 'Uma Reddy'])
      expect(await found({ skill: 'resume-review' })).toEqual(['Bao Tran'])
    })

    it('filters by organisation', async () => {
      expect(await found({ organization: 'quillfeather-labs' })).toEqual(['Amara Okafor', 'Uma Reddy'])
      expect(await found({ organization: 'brightwater-college' })).toEqual(['Camille Dubois', 'Iris Novak'])
    })

    it('filters by language', async () => {
      expect(await found({ language: 'hi' })).toEqual(['Dev Patel', 'Uma Reddy'])
      expect(await found({ language: 'fr' })).toEqual(['Amara Okafor', 'Camille Dubois'])
      expect(await found({ language: 'ase' })).toEqual(['Xiomara Diaz'])
      expect(await found({ language: 'es', show: 'all' })).toEqual(['Gabriel Santos', 'Victor Alvarez', 'Xiomara Diaz'])
    })

    it('finds nobody, not everybody, for an industry, skill or organisation that does not exist', async () => {
      for (const unknown of [{ industry: 'astronomy' }, { skill: 'juggling' }, { organization: 'acme-nowhere' }]) {
        expect(await search({ ...unknown, show: 'all' }), JSON.stringify(unknown)).toMatchObject({ docs: [], totalDocs: 0, totalPages: 1 })
      }
    })

    it('combines filters, each narrowing the list', async () => {
      expect(await found({ industry: 'technology', skill: 'interview-practice', language: 'fr', kind: 'mentor' })).toEqual(['Amara Okafor'])
      expect(await found({ industry: 'technology', skill: 'interview-practice', language: 'fr', kind: 'connector' })).toEqual([])
      expect(await found({ industry: 'technology', language: 'hi' })).toEqual(['Dev Patel', 'Uma Reddy'])
      expect(await found({ industry: 'technology', language: 'hi', kind: 'connector' })).toEqual(['Uma Reddy'])
    })

    it('combines words with filters', async () => {
      expect(await found({ q: 'design', industry: 'technology' })).toEqual(['Hana Kim', 'Lina Berg'])
      expect(await found({ q: 'design', industry: 'technology', language: 'ko' })).toEqual(['Hana Kim'])
      expect(await found({ q: 'introductions', organization: 'brightwater-college' })).toEqual(['Camille Dubois', 'Iris Novak'])
      expect(await found({ q: 'introductions', organization: 'brightwater-college', language: 'pl' })).toEqual(['Iris Novak'])
    })
  })

  describe('availability', () => {
    it('leaves out paused and full profiles unless the student asks for all', async () => {
      const available = await search({ sort: 'name' })
      expect(available.totalDocs).toBe(everyone.length - notAvailable.length)
      const listed = [...names(available), ...names(await search({ sort: 'name', page: 2 })), ...names(await search({ sort: 'name', page: 3 }))]
      expect(listed).toEqual(allByName.filter((name) => !notAvailable.includes(name)))
    })

    it('marks paused and full profiles when all are shown', async () => {
      const cards = (await Promise.all([1, 2, 3].map((page) => search({ show: 'all', sort: 'name', page })))).flatMap((result) => result.docs)
      expect(cards).toHaveLength(everyone.length)
      const marked = Object.fromEntries(
        cards.map((card) => [card.displayName, availabilityOf(card, now)] as const).filter(([, availability]) => availability !== 'open'),
      )
      expect(marked).toEqual({ 'Eli Rosen': 'paused', 'Farah Haddad': 'full', 'Gabriel Santos': 'paused', 'Victor Alvarez': 'full' })
    })

    it('counts a pause whose end date has passed as open', async () => {
      const [hana] = (await search({ q: 'hana', show: 'all' })).docs
      expect(hana).toMatchObject({ paused: true, pausedUntil: '2027-01-31T23:59:59.999Z' })
      expect(availabilityOf(hana, now)).toBe('open')
      expect(availabilityOf(hana, new Date('2027-01-20T12:00:00Z'))).toBe('paused')

      expect(names(await search({ q: 'hana' }))).toEqual(['Hana Kim'])
      expect(names(await search({ q: 'hana' }, null, new Date('2027-01-20T12:00:00Z')))).toEqual([])
      expect(names(await search({ q: 'gabriel' }))).toEqual([])
      expect(names(await search({ q: 'gabriel' }, null, new Date('2027-07-01T12:00:00Z')))).toEqual(['Gabriel Santos'])
    })
  })

  describe('sorting', () => {
    it('sorts by name', async () => {
      expect(names(await search({ show: 'all', sort: 'name' }))).toEqual(allByName.slice(0, mentorsPerPage))
    })

    it('sorts by most recently active first', async () => {
      expect(names(await search({ show: 'all', sort: 'recent' }))).toEqual(allByRecent.slice(0, mentorsPerPage))
      expect(names(await search({ kind: 'connector', show: 'all', sort: 'recent' }))).toEqual(['Uma Reddy', 'Camille Dubois', 'Victor Alvarez', 'Iris Novak'])
    })

    it('puts the better match first when sorting by relevance', async () => {
      // Lina's headline and bio say "accessibility" three times; Kai's long bio says it once.
      expect(names(await search({ q: 'accessibility', sort: 'relevance' }))).toEqual(['Lina Berg', 'Kai Nakamura'])
      expect(names(await search({ q: 'accessibility', sort: 'name' }))).toEqual(['Kai Nakamura', 'Lina Berg'])
      expect(names(await search({ q: 'accessibility', sort: 'recent' }))).toEqual(['Kai Nakamura', 'Lina Berg'])
    })

    it('falls back to most recently active for relevance without words', async () => {
      expect(names(await search({ show: 'all', sort: 'relevance' }))).toEqual(allByRecent.slice(0, mentorsPerPage))
      expect(names(await search({ kind: 'connector', show: 'all' }))).toEqual(['Uma Reddy', 'Camille Dubois', 'Victor Alvarez', 'Iris Novak'])
    })
  })

  describe('pages', () => {
    it('shows 20 profiles a page, and the rest on the last page', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => search({ show: 'all', sort: 'name', page })))
      expect(pages.map((result) => result.docs.length)).toEqual([20, 20, 5])
      for (const [index, result] of pages.entries()) {
        expect(result).toMatchObject({ page: index + 1, totalDocs: 45, totalPages: 3, perPage: 20 })
      }
      expect(pages.flatMap(names)).toEqual(allByName)
    })

    it('never shows a profile on two pages', async () => {
      for (const sort of ['name', 'recent', 'relevance'] as const) {
        const ids = (await Promise.all([1, 2, 3].map((page) => search({ show: 'all', sort, page })))).flatMap((result) => result.docs.map((card) => card.id))
        expect(new Set(ids).size, sort).toBe(everyone.length)
      }
    })

    it('shows no profiles past the last page, and still counts them', async () => {
      expect(await search({ show: 'all', page: 4 })).toMatchObject({ docs: [], page: 4, totalDocs: 45, totalPages: 3 })
    })
  })

  describe('search addresses', () => {
    const defaults: DirectoryParams = { q: '', show: 'available', sort: 'relevance', page: 1 }

    it('starts at page 1 for a page number that is missing, zero, negative or not a number', () => {
      for (const page of [undefined, '0', '-1', 'abc', '']) expect(parseDirectoryParams({ page }).page, String(page)).toBe(1)
      expect(parseDirectoryParams({ page: '3' }).page).toBe(3)
      expect(parseDirectoryParams({ page: ['2', '5'] }).page).toBe(2)
      expect(parseDirectoryParams({ page: '999999' }).page).toBe(10_000)
    })

    it('ignores a malformed kind, sort, slug, language or show', () => {
      expect(
        parseDirectoryParams({
          kind: 'admin',
          sort: 'random',
          industry: 'Tech Stuff',
          skill: '../skills',
          organization: 'quillfeather--labs',
          language: 'klingon',
          show: 'everything',
        }),
      ).toEqual(defaults)
      expect(parseDirectoryParams({ q: `  ${'x'.repeat(150)}  ` }).q).toHaveLength(100)
    })

    it('round-trips every part of a search through its address', () => {
      const full: DirectoryParams = {
        q: 'résumé & "salary" review',
        kind: 'connector',
        industry: 'design-and-media',
        skill: 'resume-review',
        organization: 'quillfeather-labs',
        language: 'ase',
        show: 'all',
        sort: 'name',
        page: 3,
      }
      const parse = (href: string) => parseDirectoryParams(Object.fromEntries(new URL(href, 'http://platform.example.test').searchParams))
      expect(parse(directoryHref(full))).toEqual(full)
      expect(parse(directoryHref(full, { page: 1, sort: 'relevance', show: 'available' }))).toEqual({ ...full, page: 1, sort: 'relevance', show: 'available' })
      expect(directoryHref(defaults)).toBe('/mentors')
      expect(parse(directoryHref(defaults))).toEqual(defaults)
    })
  })

  describe('identity fields follow their owner’s choice', () => {
    const owners: Record<IdentityVisibility, string> = {
      public: 'Quinn Ahmed',
      members: 'Riley Chen',
      contacts: 'Sasha Ivanova',
      hidden: 'Taylor Brooks',
    }
    const viewerNames = ['anonymous', 'career candidate', 'company representative', 'another mentor', 'owner', 'admin'] as const
    type ViewerName = (typeof viewerNames)[number]
    const viewerOf = (viewer: ViewerName, owner: User): User | null =>
      ({
        anonymous: null,
        'career candidate': candidate,
        'company representative': representative,
        'another mentor': member('Wren Murphy').user,
        owner,
        admin,
      })[viewer]

    const shownToEveryone = {
      anonymous: 'shown',
      'career candidate': 'shown',
      'company representative': 'shown',
      'another mentor': 'shown',
      owner: 'shown',
      admin: 'shown',
    }
    const ownerAndAdmin = {
      anonymous: 'hidden',
      'career candidate': 'hidden',
      'company representative': 'hidden',
      'another mentor': 'hidden',
      owner: 'shown',
      admin: 'shown',
    }
    const expected = {
      public: shownToEveryone,
      members: { ...ownerAndAdmin, 'career candidate': 'shown', 'another mentor': 'shown' },
      contacts: ownerAndAdmin,
      hidden: ownerAndAdmin,
    }

    /** "shown" when the field carries the owner's value, "hidden" when it is absent and its value appears nowhere. */
    const seen = (read: Record<string, unknown>, field: 'pronouns' | 'identities', value: string) => {
      if (read[field] === value) return 'shown'
      return read[field] == null && !JSON.stringify(read).includes(value) ? 'hidden' : `leaked as ${JSON.stringify(read[field])}`
    }

    /** Who sees each visibility, read the way a page reads it. */
    const matrix = async (read: (owner: string, viewer: User | null) => Promise<Record<string, unknown>>) => {
      const result: Record<string, Record<string, string>> = {}
      for (const [visibility, owner] of Object.entries(owners)) {
        const listed = everyone.find((listedMember) => listedMember.name === owner)!
        for (const viewer of viewerNames) {
          const doc = await read(owner, viewerOf(viewer, member(owner).user))
          for (const field of ['pronouns', 'identities'] as const) {
            result[`${field} ${visibility}`] ??= {}
            result[`${field} ${visibility}`][viewer] = seen(doc, field, listed[field]!)
          }
        }
      }
      return result
    }
    const expectedMatrix = Object.fromEntries(
      (['pronouns', 'identities'] as const).flatMap((field) => Object.entries(expected).map(([visibility, row]) => [`${field} ${visibility}`, row])),
    )

    const cardOf = async (owner: string, viewer: User | null) => {
      const { docs } = await search({ q: owner.split(' ')[0], show: 'all' }, viewer)
      expect(docs.map((card) => card.displayName)).toEqual([owner])
      return docs[0] as unknown as Record<string, unknown>
    }
    const pageOf = async (owner: string, viewer: User | null) => {
      const profile = await getMentorProfile(payload, member(owner).profile.slug, viewer)
      expect(profile?.displayName).toBe(owner)
      return profile as unknown as Record<string, unknown>
    }

    it('shows pronouns and identities on directory cards only to those their owner allows', async () => {
      expect(await matrix(cardOf)).toEqual(expectedMatrix)
    })

    it('shows pronouns and identities on the profile page only to those their owner allows', async () => {
      expect(await matrix(pageOf)).toEqual(expectedMatrix)
    })

    it('never puts the account behind a profile, its email or the visibility choices on a directory card', async () => {
      for (const owner of Object.values(owners)) {
        for (const viewer of viewerNames) {
          const card = await cardOf(owner, viewerOf(viewer, member(owner).user))
          const text = JSON.stringify(card)
          expect(card, `${owner} to ${viewer}`).not.toHaveProperty('user')
          expect(card).not.toHaveProperty('pronounsVisibility')
          expect(card).not.toHaveProperty('identitiesVisibility')
          expect(card).not.toHaveProperty('searchText')
          expect(text).not.toContain(member(owner).user.email)
        }
      }
    })

    it('keeps the account, its email and the visibility choices off the profile page for everyone but the owner and admins', async () => {
      for (const owner of Object.values(owners)) {
        for (const viewer of ['anonymous', 'career candidate', 'company representative', 'another mentor'] as const) {
          const profile = await pageOf(owner, viewerOf(viewer, member(owner).user))
          expect(profile, `${owner} to ${viewer}`).not.toHaveProperty('user')
          expect(profile, `${owner} to ${viewer}`).not.toHaveProperty('pronounsVisibility')
          expect(profile, `${owner} to ${viewer}`).not.toHaveProperty('identitiesVisibility')
          expect(profile, `${owner} to ${viewer}`).not.toHaveProperty('searchText')
          expect(JSON.stringify(profile)).not.toContain(member(owner).user.email)
        }
        const asOwner = await pageOf(owner, member(owner).user)
        expect(asOwner).toMatchObject({ pronounsVisibility: expect.any(String), identitiesVisibility: expect.any(String) })
      }
    })
  })

  describe('editing one’s own profile', () => {
    const goodInput: ProfileInput = {
      headline: '  Cloud careers and on-call life  ',
      bio: 'Ten years of pager duty.\n\nAsk me anything.',
      industries: ['technology', 'finance'],
      skills: ['networking'],
      location: 'Denver',
      timeZone: 'America/Denver',
      languages: ['en', 'es', 'en'],
      availability: 'open',
      capacity: '5',
      pronounsVisibility: 'public',
      identities: 'Bi and proud',
      identitiesVisibility: 'members',
    }
    const read = (profile: Pick<MentorProfile, 'id'>) => payload.findByID({ collection: 'mentor-profiles', id: profile.id, depth: 1, overrideAccess: true })

    it('saves good input and marks the member as active now', async () => {
      const { user, profile } = await listMember(payload, { name: 'Noor Saleh', lastActiveAt: daysAgo(300) })
      const before = Date.now()
      expect(await saveDirectoryProfile(payload, user, profile, goodInput)).toEqual({ ok: true })

      const saved = await read(profile)
      expect(saved).toMatchObject({
        headline: 'Cloud careers and on-call life',
        location: 'Denver',
        timeZone: 'America/Denver',
        languages: ['en', 'es'],
        availability: 'open',
        capacity: 5,
        pronounsVisibility: 'public',
        identities: 'Bi and proud',
        identitiesVisibility: 'members',
      })
      expect(richTextToPlain(saved.bio)).toBe('Ten years of pager duty.\n\nAsk me anything.')
      expect((saved.industries as { slug: string }[]).map((industry) => industry.slug).sort()).toEqual(['finance', 'technology'])
      expect((saved.skills as { slug: string }[]).map((skill) => skill.slug)).toEqual(['networking'])
      expect(Date.parse(saved.lastActiveAt!)).toBeGreaterThanOrEqual(before - 1000)

      expect(await found({ q: 'pager' })).toEqual(['Noor Saleh'])
      expect(await found({ industry: 'finance', language: 'es' })).toEqual(['Noor Saleh'])
    })

    const badInputs: [string, Partial<ProfileInput>, keyof ProfileInput][] = [
      ['a headline over 140 characters', { headline: 'x'.repeat(141) }, 'headline'],
      ['an industry not on the list', { industries: ['astronomy'] }, 'industries'],
      ['six industries', { industries: ['technology', 'healthcare', 'finance', 'education', 'design-and-media', 'nonprofit'] }, 'industries'],
      ['a capacity of 0', { capacity: '0' }, 'capacity'],
      ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      ['an unknown pronouns visibility', { pronounsVisibility: 'friends' }, 'pronounsVisibility'],
      ['an unknown identities visibility', { identitiesVisibility: 'everyone' }, 'identitiesVisibility'],
    ]
    it.each(badInputs)('explains %s and saves nothing', async (_, change, field) => {
      const { user, profile } = await listMember(payload, { name: `Omar ${field}`, headline: 'As it was', lastActiveAt: daysAgo(300) })
      const before = await read(profile)
      const result = await saveDirectoryProfile(payload, user, profile, { ...goodInput, ...change })
      expect(result).toEqual({ ok: false, errors: { [field]: expect.any(String) } })
      expect(await read(profile)).toEqual(before)
    })

    it('lets no member change someone else’s profile', async () => {
      const { profile } = await listMember(payload, { name: 'Pat Victim', headline: 'My own words', lastActiveAt: daysAgo(300) })
      const someoneElse = member('Wren Murphy')
      const before = await read(profile)
      const wrensBefore = await read(someoneElse.profile)

      await expect(
        payload.update({ collection: 'mentor-profiles', id: profile.id, data: { headline: 'Hijacked' }, overrideAccess: false, user: someoneElse.user }),
      ).rejects.toThrow()
      expect(await saveDirectoryProfile(payload, someoneElse.user, profile, goodInput)).toMatchObject({ ok: false })

      expect(await read(profile)).toEqual(before)
      expect((await read(someoneElse.profile)).lastActiveAt).toBe(wrensBefore.lastActiveAt)
    })
  })

  describe('leaving or switching', () => {
    it('takes a member who leaves the mentors group out of the directory', async () => {
      const { user, profile } = await listMember(payload, { name: 'Yusuf Demir', headline: 'Zookeeping careers', lastActiveAt: daysAgo(0) })
      expect(await found({ q: 'zookeeping' })).toEqual(['Yusuf Demir'])

      await leaveMentorsGroup(payload, user)
      expect(await found({ q: 'zookeeping', show: 'all' })).toEqual([])
      expect(await getMentorProfile(payload, profile.slug, null)).toBeNull()
      expect(await profileOf(payload, user)).toBeUndefined()
    })

    it('lists a Mentor who switches to Connector among the Connectors', async () => {
      const { user } = await listMember(payload, { name: 'Zara Ndlovu', headline: 'Viticulture and the wine trade', lastActiveAt: daysAgo(0) })
      expect(await found({ q: 'viticulture', kind: 'mentor' })).toEqual(['Zara Ndlovu'])
      expect(await found({ q: 'viticulture', kind: 'connector' })).toEqual([])

      await switchMentorKind(payload, user, 'connector')
      expect(await found({ q: 'viticulture', kind: 'mentor' })).toEqual([])
      expect(await found({ q: 'viticulture', kind: 'connector' })).toEqual(['Zara Ndlovu'])
    })
  })
})
