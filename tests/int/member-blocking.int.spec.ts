import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportMemberData } from '@/accounts/my-data'
import { blockMember, findBlockCandidate, listBlockedMembers, unblockMember } from '@/blocks/manage'
import { parseDirectoryParams } from '@/directory/params'
import { answerRequest, remindAboutRequest, sendMentorshipRequest, sendRequestMessage, type RequestInput } from '@/mentorship/requests'
import { getMentorProfile, searchMentors } from '@/queries/mentors'

import type { MentorProfile, User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A member blocks another from a profile, a request or a message. The blocked person can no
 * longer send them requests or messages and no longer finds them, on the pages or through REST;
 * nothing tells them why. The blocker undoes it from their account.
 */

const password = 'a-long-test-password'

describe('blocking a member', () => {
  let payload: Payload
  let address = 0
  let count = 0
  const from = () => ({ address: `198.51.100.${(address += 1) % 250}` })
  const ask: RequestInput = { helpWith: 'interviews', message: 'I have my first interviews next month and would love advice on preparing.' }

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000' })
  })
  afterAll(() => stopTestPayload(payload))

  const newMentor = async (): Promise<{ user: User; profile: MentorProfile }> => {
    count += 1
    return listMember(payload, { name: `Listed Mentor ${count}`, headline: `Quokka mentor number ${count}`, lastActiveAt: new Date().toISOString() })
  }
  const newStudent = async () => (await createUser(payload, ['career-candidate'], { chosenName: `Student ${(count += 1)}` })) as User
  const tokenOf = async (member: User) => (await payload.login({ collection: 'users', data: { email: member.email, password } })).token!
  const rest = async (path: string, member: User) =>
    handleEndpoints({
      config: (await import('@payload-config')).default,
      request: new Request(`http://localhost:3000/api${path}`, { headers: { Authorization: `JWT ${await tokenOf(member)}` } }),
    })
  const found = async (viewer: User, name: string) =>
    (await searchMentors(payload, { ...parseDirectoryParams({ q: name }) }, viewer)).docs.map((card) => card.displayName)
  const outboxCount = async () => (await payload.count({ collection: 'emails', overrideAccess: true })).totalDocs
  /** An accepted mentorship between a new mentor and a new student, so both may write. */
  const mentorship = async () => {
    const mentor = await newMentor()
    const student = await newStudent()
    const sent = await sendMentorshipRequest(payload, student, mentor.profile.slug, ask, from())
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    await answerRequest(payload, mentor.user, sent.requestId, 'accept')
    return { mentor, student, requestId: sent.requestId }
  }

  it('stops the blocked student’s requests and messages with a neutral answer, and tells them nothing', async () => {
    const { mentor, student, requestId } = await mentorship()
    const emailsBefore = await outboxCount()
    expect(await blockMember(payload, mentor.user, { request: String(requestId) }, null, from())).toEqual({ ok: true, name: student.chosenName })
    // Blocking sends no email to anyone.
    expect(await outboxCount()).toBe(emailsBefore)

    const message = await sendRequestMessage(payload, student, requestId, 'Are you still there?', from())
    expect(message).toEqual({ ok: false, status: 403, errors: { form: 'This conversation is closed to new messages.' } })
    const request = await sendMentorshipRequest(payload, student, mentor.profile.slug, ask, from())
    expect(request).toEqual({ ok: false, status: 403, errors: { form: `${mentor.user.chosenName} isn’t taking requests from you.` } })
    for (const refusal of [message, request]) expect(JSON.stringify(refusal)).not.toMatch(/block/i)

    // The blocker cannot write either, and is told why.
    expect(await sendRequestMessage(payload, mentor.user, requestId, 'One more thing', from())).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining('You blocked') },
    })
  })

  it('hides the blocker from the blocked member’s directory search and profile page, and from REST', async () => {
    const mentor = await newMentor()
    const blocked = await newStudent()
    const bystander = await newStudent()
    const name = mentor.user.chosenName
    expect(await found(blocked, name)).toEqual([name])
    await blockMember(
      payload,
      mentor.user,
      { request: String(((await sendMentorshipRequest(payload, blocked, mentor.profile.slug, ask, from())) as { requestId: string }).requestId) },
      null,
      from(),
    )

    expect(await found(blocked, name)).toEqual([])
    expect(await found(bystander, name)).toEqual([name])
    expect(await getMentorProfile(payload, mentor.profile.slug, blocked)).toBeNull()
    expect(await getMentorProfile(payload, mentor.profile.slug, bystander)).not.toBeNull()
    // Even the page for blocking them back knows no such profile.
    expect(await findBlockCandidate(payload, blocked, { profile: mentor.profile.slug })).toBeNull()

    const list = await rest(`/mentor-profiles?where[slug][equals]=${mentor.profile.slug}`, blocked)
    expect(((await list.json()) as { docs: unknown[] }).docs).toEqual([])
    expect((await rest(`/mentor-profiles/${mentor.profile.id}`, blocked)).status).toBe(404)
    expect((await rest(`/mentor-profiles/${mentor.profile.id}`, bystander)).status).toBe(200)
  })

  it('works both ways: the blocker stops finding the person they blocked', async () => {
    const mentor = await newMentor()
    const student = await newStudent()
    expect(await blockMember(payload, student, { profile: mentor.profile.slug }, null, from())).toMatchObject({ ok: true })
    expect(await found(student, mentor.user.chosenName)).toEqual([])
    expect(await sendMentorshipRequest(payload, student, mentor.profile.slug, ask, from())).toMatchObject({
      ok: false,
      errors: { form: expect.stringContaining('You blocked') },
    })
  })

  it('never lets the blocked person read the block, through the pages’ queries or REST', async () => {
    const mentor = await newMentor()
    const student = await newStudent()
    await blockMember(payload, student, { profile: mentor.profile.slug }, null, from())
    const asBlocked = (await (await rest('/blocks', mentor.user)).json()) as { docs: unknown[] }
    expect(asBlocked.docs).toEqual([])
    const asBlockedByWhere = (await (await rest(`/blocks?where[blocked][equals]=${mentor.user.id}`, mentor.user)).json()) as { docs: unknown[] }
    expect(asBlockedByWhere.docs).toEqual([])
    const asBlocker = (await (await rest('/blocks', student)).json()) as { docs: unknown[] }
    expect(asBlocker.docs).toHaveLength(1)
    expect(await listBlockedMembers(payload, student)).toEqual([expect.objectContaining({ name: mentor.user.chosenName })])
  })

  it('lists the block in the blocker’s data export, and nowhere in the blocked person’s', async () => {
    const mentor = await newMentor()
    const student = await newStudent()
    await blockMember(payload, student, { profile: mentor.profile.slug }, null, from())
    expect((await exportMemberData(payload, student)).blockedMembers).toEqual([expect.objectContaining({ name: mentor.user.chosenName })])
    const theirs = await exportMemberData(payload, mentor.user)
    expect(theirs.blockedMembers).toEqual([])
    expect(JSON.stringify(theirs)).not.toContain(student.chosenName)
  })

  it('refuses to create blocks through the API: only the platform writes them', async () => {
    const student = await newStudent()
    const mentor = await newMentor()
    await expect(
      payload.create({ collection: 'blocks', data: { blocker: student.id, blocked: mentor.user.id }, overrideAccess: false, user: student }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('blocks and reports a message in one step, and blocks nothing when the report is incomplete', async () => {
    const { mentor, student, requestId } = await mentorship()
    const sent = await sendRequestMessage(payload, student, requestId, 'Something the mentor did not want to read.', from())
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    const target = { request: String(requestId), message: String(sent.messageId) }

    const incomplete = await blockMember(payload, mentor.user, target, { category: 'harassment', description: 'Too short' }, from())
    expect(incomplete).toMatchObject({ ok: false, status: 400, errors: { description: expect.any(String) } })
    expect(await listBlockedMembers(payload, mentor.user)).toEqual([])

    const description = 'They kept writing after I asked them to stop, and it upset me.'
    expect(await blockMember(payload, mentor.user, target, { category: 'harassment', description }, from())).toMatchObject({ ok: true })
    const { docs: reports } = await payload.find({
      collection: 'conduct-reports',
      where: { message: { equals: sent.messageId } },
      overrideAccess: true,
      depth: 0,
    })
    expect(reports).toEqual([expect.objectContaining({ subjectKind: 'message', category: 'harassment', description })])
    expect(await listBlockedMembers(payload, mentor.user)).toHaveLength(1)
  })

  it('sends the blocker no reminder about a waiting request from someone they blocked', async () => {
    const mentor = await newMentor()
    const student = await newStudent()
    const sent = await sendMentorshipRequest(payload, student, mentor.profile.slug, ask, from())
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors))
    await blockMember(payload, mentor.user, { request: String(sent.requestId) }, null, from())
    expect(await remindAboutRequest(payload, sent.requestId, new Date(Date.now() + 8 * 24 * 60 * 60 * 1000))).toBe('nothing-to-do')
  })

  it('restores everything once the blocker unblocks', async () => {
    const { mentor, student, requestId } = await mentorship()
    await blockMember(payload, mentor.user, { request: String(requestId) }, null, from())
    const [block] = await listBlockedMembers(payload, mentor.user)
    // Someone else's unblock changes nothing.
    await unblockMember(payload, student, String(block.blockId))
    expect(await found(student, mentor.user.chosenName)).toEqual([])

    await unblockMember(payload, mentor.user, String(block.blockId))
    expect(await listBlockedMembers(payload, mentor.user)).toEqual([])
    expect(await found(student, mentor.user.chosenName)).toEqual([mentor.user.chosenName])
    expect(await getMentorProfile(payload, mentor.profile.slug, student)).not.toBeNull()
    expect(await sendRequestMessage(payload, student, requestId, 'Thank you for hearing me out.', from())).toMatchObject({ ok: true })
  })

  it('lifts blocks when either account is deleted', async () => {
    const mentor = await newMentor()
    const student = await newStudent()
    await blockMember(payload, student, { profile: mentor.profile.slug }, null, from())
    await payload.delete({ collection: 'users', id: mentor.user.id, overrideAccess: true })
    expect((await payload.count({ collection: 'blocks', where: { blocker: { equals: student.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
