import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerRequest, sendMentorshipRequest } from '@/mentorship/requests'
import { listMyProgrammes, requestProgramme } from '@/queries/my-programs'

import type { MentorProfile, Program, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { paragraphs } from '../helpers/lexical'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A member's programmes on /account/programs, and what a mentor reads of a mentee's registration
 * answers on a request sent within a programme: only the answers the programme shares with mentors.
 */

let payload: Payload
let serial = 0
let address = 0

async function newProgram(data: Record<string, unknown> = {}): Promise<Program> {
  serial += 1
  return payload.create({
    collection: 'programs',
    data: { name: `Account Programme ${serial}`, slug: `account-programme-${serial}`, status: 'open', summary: 'A programme.', ...data } as never,
    overrideAccess: true,
  })
}
const join = (program: Program, user: User, side: 'mentor' | 'mentee', status = 'active', extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'program-memberships',
    data: { program: program.id, user: user.id, memberName: user.chosenName, side, status, ...extra } as never,
    overrideAccess: true,
  })
const newStudent = async () => (await createUser(payload, ['career-candidate'])) as User
let mentors = 0
const newMentor = async (): Promise<{ user: User; profile: MentorProfile }> =>
  listMember(payload, { name: `Account Mentor ${(mentors += 1)}`, lastActiveAt: new Date().toISOString() })
async function send(student: User, profile: MentorProfile, program?: string) {
  const result = await sendMentorshipRequest(
    payload,
    student,
    profile.slug,
    { helpWith: 'interviews', message: 'Could we practise a first-round interview together before my applications open?', ...(program ? { program } : {}) },
    { address: `203.0.113.${(address += 1) % 250}` },
  )
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return payload.findByID({ collection: 'mentorship-requests', id: result.requestId, overrideAccess: true, depth: 0 })
}

beforeAll(async () => {
  payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
})
afterAll(() => stopTestPayload(payload))

describe('a member’s programmes', () => {
  it('shows where each stands, the reason staff gave, and the agreements still to accept', async () => {
    const member = await newStudent()
    const owing = await newProgram()
    await payload.create({
      collection: 'program-agreements',
      data: { program: owing.id, title: 'Code of conduct', appliesTo: 'everyone', body: paragraphs('Be kind.'), _status: 'published' } as never,
      overrideAccess: true,
    })
    const declined = await newProgram({ contactEmail: 'careers@lakeside.example' })
    const waiting = await newProgram()
    await join(owing, member, 'mentee')
    await join(declined, member, 'mentee', 'declined', { statusReason: 'This programme is for final-year students.' })
    await join(waiting, member, 'mentee', 'awaiting-approval')
    // Someone else's membership never shows.
    await join(owing, await newStudent(), 'mentee')

    const programmes = await listMyProgrammes(payload, member)
    expect(programmes.map((entry) => [entry.program.name, entry.status])).toEqual([
      [waiting.name, 'awaiting-approval'],
      [owing.name, 'active'],
      [declined.name, 'declined'],
    ])
    const active = programmes.find((entry) => entry.status === 'active')!
    expect(active.owed.map((agreement) => agreement.title)).toEqual(['Code of conduct'])
    expect(active.agreementsPath).toBe(`/account/programs/${owing.slug}/agreements`)
    expect(programmes.find((entry) => entry.status === 'declined')).toMatchObject({ statusReason: 'This programme is for final-year students.', owed: [] })
  })
})

describe('a mentee’s answers on a request within a programme', () => {
  it('are shown to its mentor only where the programme shares them, and only while the request waits or runs', async () => {
    const program = await newProgram({
      questions: [
        { label: 'What are you studying?', kind: 'short-text', askOf: 'mentee', shareWithMentor: true },
        { label: 'Anything we should know about your circumstances?', kind: 'short-text', askOf: 'mentee', shareWithMentor: false },
        { label: 'Preferred pronouns for the programme?', kind: 'short-text', askOf: 'mentee', shareWithMentor: true },
      ],
    })
    const [studying, private_, laterShared] = program.questions!
    const mentor = await newMentor()
    const student = await newStudent()
    await join(program, mentor.user, 'mentor')
    await join(program, student, 'mentee', 'active', {
      answers: [
        { questionId: studying.id, question: studying.label, answer: 'Mechanical engineering, third year', shareWithMentor: true },
        { questionId: private_.id, question: private_.label, answer: 'I am not out to my family.', shareWithMentor: false },
        // Answered while the question was not shared; staff turned sharing on later.
        { questionId: laterShared.id, question: laterShared.label, answer: 'she/her', shareWithMentor: false },
      ],
    })

    const request = await send(student, mentor.profile, program.slug)
    const forMentor = await requestProgramme(payload, mentor.user, request)
    expect(forMentor).toEqual({
      name: program.name,
      slug: program.slug,
      sharedAnswers: [{ question: 'What are you studying?', answer: 'Mechanical engineering, third year' }],
    })
    // The student sees which programme, not a copy of their answers; nobody else gets anything.
    expect(await requestProgramme(payload, student, request)).toEqual({ name: program.name, slug: program.slug, sharedAnswers: null })

    // Staff stop sharing the question: the mentor no longer sees it.
    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { questions: program.questions!.map((question) => ({ ...question, shareWithMentor: question.id === laterShared.id })) },
      overrideAccess: true,
    })
    expect((await requestProgramme(payload, mentor.user, request))?.sharedAnswers).toEqual([])

    // Once the request is declined, nothing is shown.
    await payload.update({
      collection: 'programs',
      id: program.id,
      data: { questions: program.questions!.map((question) => ({ ...question })) },
      overrideAccess: true,
    })
    expect(await answerRequest(payload, mentor.user, request.id, 'decline')).toEqual({ ok: true })
    const declined = await payload.findByID({ collection: 'mentorship-requests', id: request.id, overrideAccess: true, depth: 0 })
    expect((await requestProgramme(payload, mentor.user, declined))?.sharedAnswers).toBeNull()

    // A request outside the programme carries none.
    const outside = await send(student, (await newMentor()).profile)
    expect(await requestProgramme(payload, mentor.user, outside)).toBeNull()
  })
})
