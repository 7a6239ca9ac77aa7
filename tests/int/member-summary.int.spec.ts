import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerRequest, sendMentorshipRequest, sendRequestMessage } from '@/mentorship/requests'
import { countUnreadMessages, markConversationRead } from '@/mentorship/read-state'
import { getMemberSummary, memberLinks } from '@/queries/member-summary'

import type { User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('the header’s member summary', () => {
  let payload: Payload
  let address = 0
  const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })
  const ask = { helpWith: 'interviews', message: 'I have my first engineering interviews next month and would love advice on preparing.' }

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
  })
  afterAll(() => stopTestPayload(payload))

  it('counts the requests waiting for a mentor and the messages each side has not opened, until they open the conversation', async () => {
    const { user: mentor, profile } = await listMember(payload, { name: 'Summary Mentor', lastActiveAt: new Date().toISOString() })
    const student = (await createUser(payload, ['career-candidate'], { chosenName: 'Summary Student' })) as User
    const sent = await sendMentorshipRequest(payload, student, profile.slug, ask, from())
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))

    expect(await getMemberSummary(payload, mentor as User)).toMatchObject({ chosenName: 'Summary Mentor', waitingRequests: 1, unreadMessages: 0 })

    // The mentor asks a question: a message for the student, and the request no longer waits on the mentor.
    expect(await answerRequest(payload, mentor as User, sent.requestId, 'ask', 'Which companies are you interviewing with?')).toMatchObject({ ok: true })
    expect(await getMemberSummary(payload, mentor as User)).toMatchObject({ waitingRequests: 0, unreadMessages: 0 })
    expect(await getMemberSummary(payload, student)).toMatchObject({ waitingRequests: 0, unreadMessages: 1 })

    expect(await sendRequestMessage(payload, student, sent.requestId, 'Two fintech companies, both in Chicago.', from())).toMatchObject({ ok: true })
    expect(await countUnreadMessages(payload, mentor as User)).toBe(1)
    expect(await countUnreadMessages(payload, student)).toBe(1)

    expect(await markConversationRead(payload, student, sent.requestId)).toBe(1)
    expect(await countUnreadMessages(payload, student)).toBe(0)
    // Opening it again marks nothing more, and the mentor's unread message is still theirs to open.
    expect(await markConversationRead(payload, student, sent.requestId)).toBe(0)
    expect(await countUnreadMessages(payload, mentor as User)).toBe(1)
  })

  it('marks nothing for someone outside the conversation, and hides when a message was read from its author', async () => {
    const { user: mentor, profile } = await listMember(payload, { name: 'Second Mentor', lastActiveAt: new Date().toISOString() })
    const student = (await createUser(payload, ['career-candidate'])) as User
    const stranger = (await createUser(payload, ['career-candidate'])) as User
    const sent = await sendMentorshipRequest(payload, student, profile.slug, ask, from())
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    await answerRequest(payload, mentor as User, sent.requestId, 'ask', 'What role are you aiming for?')

    expect(await markConversationRead(payload, stranger, sent.requestId)).toBe(0)
    expect(await markConversationRead(payload, stranger, 'not-an-id')).toBe(0)
    expect(await countUnreadMessages(payload, student)).toBe(1)

    await markConversationRead(payload, student, sent.requestId)
    const asAuthor = await payload.find({ collection: 'request-messages', where: { request: { equals: sent.requestId } }, overrideAccess: false, user: mentor })
    const asRecipient = await payload.find({
      collection: 'request-messages',
      where: { request: { equals: sent.requestId } },
      overrideAccess: false,
      user: student,
    })
    expect(asAuthor.docs[0]).not.toHaveProperty('readAt')
    expect(asRecipient.docs[0].readAt).toEqual(expect.any(String))
  })

  it('never carries an email address or identity field, and offers the links that fit each role', async () => {
    const { user: mentor } = await listMember(payload, { name: 'Private Mentor', pronouns: 'she/her', lastActiveAt: new Date().toISOString() })
    const summary = await getMemberSummary(payload, mentor as User)
    const text = JSON.stringify(summary)
    expect(text).not.toContain((mentor as User).email)
    expect(text).not.toContain('she/her')
    expect(Object.keys(summary).sort()).toEqual(['avatarURL', 'chosenName', 'links', 'meetingsToday', 'roles', 'unreadMessages', 'waitingRequests'])

    const hrefs = (roles: string[]) => memberLinks(roles).map((link) => link.href)
    expect(hrefs(['career-candidate'])).toEqual(['/dashboard', '/account/requests', '/account/meetings', '/account/resume', '/account/programs', '/account'])
    expect(hrefs(['mentor'])).toEqual(['/dashboard', '/account/requests', '/account/meetings', '/account/profile', '/account/programs', '/account'])
    expect(hrefs(['connector'])).toEqual(['/dashboard', '/account/requests', '/account/meetings', '/account/profile', '/account/programs', '/account'])
    expect(hrefs(['company-representative'])).toEqual(['/dashboard', '/account', '/admin'])
    expect(hrefs(['career-center-staff'])).toEqual(['/dashboard', '/account', '/admin'])
    expect(hrefs(['admin'])).toEqual(['/dashboard', '/account', '/admin'])
  })
})
