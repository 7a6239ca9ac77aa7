import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deleteMemberAccount } from '@/accounts/my-data'
import { fileConductReport, type ReportInput } from '@/conduct/report'
import { answerRequest, sendMentorshipRequest, sendRequestMessage } from '@/mentorship/requests'

import type { User } from '../../payload-types'
import { listMember } from '../helpers/directory'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

describe('conduct reports', () => {
  let payload: Payload
  let admin: User
  let address = 0
  const from = () => ({ address: `198.18.0.${(address += 1) % 250}` })
  const report = (overrides: Partial<ReportInput> = {}): ReportInput => ({
    subjectKind: 'person',
    subject: 'Jordan, a Mentor in the directory',
    category: 'harassment',
    description: 'After I declined to share my personal phone number they kept insisting in every message.',
    ...overrides,
  })
  const reportsBy = async (where: Record<string, unknown>) =>
    (await payload.find({ collection: 'conduct-reports', where: where as never, overrideAccess: true, depth: 0 })).docs
  const outboxFor = async (to: string) =>
    (await payload.find({ collection: 'emails', where: { to: { equals: to } }, sort: 'createdAt', overrideAccess: true, depth: 0, pagination: false })).docs

  beforeAll(async () => {
    payload = await startTestPayload({ RATE_LIMIT_PER_HOUR: '1000', PAYLOAD_JOBS_AUTORUN: 'false' })
    admin = (await createUser(payload, ['admin'])) as User
  })
  afterAll(() => stopTestPayload(payload))

  it('stores a signed-in member’s report, emails the admins without naming the reporter, and acknowledges it', async () => {
    const reporter = (await createUser(payload, ['career-candidate'])) as User
    expect(await fileConductReport(payload, reporter, report({ description: 'They wrote <b>slurs</b> & threats in a message to me.' }), from())).toEqual({
      ok: true,
    })
    const [stored] = await reportsBy({ reporter: { equals: reporter.id } })
    expect(stored).toMatchObject({ status: 'new', category: 'harassment', reporterName: reporter.chosenName, reporterEmail: reporter.email })
    expect(new Date(stored.dueDate!).getTime()).toBeGreaterThan(Date.now())

    const [notice] = await outboxFor(admin.email)
    expect(notice.subject).toBe('New conduct report: Harassment or bullying')
    expect(notice.html).toContain('&lt;b&gt;slurs&lt;/b&gt; &amp; threats')
    expect(notice.html).toContain(`/admin/collections/conduct-reports/${stored.id}`)
    expect(notice.html).not.toContain(reporter.email)
    expect(notice.html).not.toContain(reporter.chosenName)
    const [acknowledgement] = await outboxFor(reporter.email)
    expect(acknowledgement.subject).toBe('We received your report')
    expect(acknowledgement.html).toContain('not told who reported them')
  })

  it('takes anonymous reports, with or without an address for the acknowledgement', async () => {
    expect(await fileConductReport(payload, null, report({ subject: 'A fake internship at “Acme”', subjectKind: 'job', category: 'scam' }), from())).toEqual({
      ok: true,
    })
    const [anonymous] = await reportsBy({ subject: { equals: 'A fake internship at “Acme”' } })
    expect(anonymous).toMatchObject({ reporter: null, reporterEmail: null, subjectKind: 'job' })

    expect(await fileConductReport(payload, null, report({ subject: 'Event chat', name: 'Kai', email: 'Kai@Example.test' }), from())).toEqual({ ok: true })
    expect((await outboxFor('kai@example.test')).map((email) => email.subject)).toEqual(['We received your report'])
  })

  it('refuses incomplete reports with a message per field and stores nothing', async () => {
    const before = (await payload.count({ collection: 'conduct-reports', overrideAccess: true })).totalDocs
    expect(
      await fileConductReport(payload, null, { subjectKind: 'planet', subject: ' ', category: 'rude', description: 'bad', email: 'nope' }, from()),
    ).toEqual({
      ok: false,
      status: 400,
      errors: {
        subjectKind: 'Choose what you are reporting.',
        subject: 'Name the person, organisation, event, job or message, or paste its link.',
        category: 'Choose the kind of problem.',
        description: 'Tell us what happened, in a few sentences (20 characters or more).',
        email: 'Enter an email address like name@example.org, or leave it empty to report anonymously.',
      },
    })
    expect(await fileConductReport(payload, null, report({ website: 'http://spam.example' }), from())).toEqual({ ok: true })
    expect((await payload.count({ collection: 'conduct-reports', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('is readable by admins only: not by the reporter, the reported person or anyone else', async () => {
    const reporter = (await createUser(payload, ['career-candidate'])) as User
    const { user: reported } = await listMember(payload, { name: 'Reported Mentor', lastActiveAt: new Date().toISOString() })
    await fileConductReport(payload, reporter, report({ subject: `Reported Mentor (${reported.id})` }), from())
    const [stored] = await reportsBy({ reporter: { equals: reporter.id } })
    for (const user of [reporter, reported, await createUser(payload, ['company-representative']), null]) {
      const visible = await payload
        .find({ collection: 'conduct-reports', overrideAccess: false, user, depth: 0 })
        .then((result) => result.totalDocs)
        .catch(() => 0)
      expect(visible).toBe(0)
      await expect(payload.findByID({ collection: 'conduct-reports', id: stored.id, overrideAccess: false, user })).rejects.toThrow()
    }
    expect((await payload.findByID({ collection: 'conduct-reports', id: stored.id, overrideAccess: false, user: admin })).reporterEmail).toBe(reporter.email)
  })

  it('lets admins triage but never rewrite what was reported', async () => {
    const reporter = (await createUser(payload, ['career-candidate'])) as User
    await fileConductReport(payload, reporter, report(), from())
    const [stored] = await reportsBy({ reporter: { equals: reporter.id } })
    const triaged = await payload.update({
      collection: 'conduct-reports',
      id: stored.id,
      data: {
        status: 'in-review',
        assignee: admin.id,
        notes: 'Asked the mentor for their side.',
        description: 'Nothing happened.',
        reporterEmail: 'other@example.test',
      },
      overrideAccess: false,
      user: admin,
    })
    expect(triaged).toMatchObject({
      status: 'in-review',
      notes: 'Asked the mentor for their side.',
      description: stored.description,
      reporterEmail: reporter.email,
    })
    await expect(
      payload.update({ collection: 'conduct-reports', id: stored.id, data: { status: 'no-action' }, overrideAccess: false, user: reporter }),
    ).rejects.toThrow()
  })

  it('opens a reported conversation to admins, and only a participant can report its messages', async () => {
    const { user: mentor, profile } = await listMember(payload, { name: 'Thread Mentor', lastActiveAt: new Date().toISOString() })
    const student = (await createUser(payload, ['career-candidate'])) as User
    const sent = (await sendMentorshipRequest(
      payload,
      student,
      profile.slug,
      {
        helpWith: 'industry',
        message: 'I would like to learn what working in public health is like day to day.',
      },
      from(),
    )) as { ok: true; requestId: number }
    await answerRequest(payload, mentor, sent.requestId, 'accept')
    const message = (await sendRequestMessage(payload, mentor, sent.requestId, 'Send me your home address and I will explain.', from())) as {
      ok: true
      messageId: number
    }
    const thread = async () =>
      (await payload.find({ collection: 'request-messages', where: { request: { equals: sent.requestId } }, overrideAccess: false, user: admin, depth: 0 }))
        .totalDocs
    expect(await thread()).toBe(0)

    const outsider = (await createUser(payload, ['career-candidate'])) as User
    expect(await fileConductReport(payload, outsider, report({ subjectKind: 'message', messageId: String(message.messageId) }), from())).toMatchObject({
      status: 400,
      errors: { form: 'That message cannot be found in your conversations. Describe it below instead.' },
    })
    expect(await thread()).toBe(0)

    expect(
      await fileConductReport(
        payload,
        student,
        report({ subjectKind: 'message', subject: 'A message from Thread Mentor', messageId: String(message.messageId) }),
        from(),
      ),
    ).toEqual({ ok: true })
    expect(await thread()).toBe(1)
    const [filed] = await reportsBy({ reporter: { equals: student.id } })
    expect(filed).toMatchObject({ request: sent.requestId, message: message.messageId })
  })

  it('keeps a report when its reporter deletes their account, without saying who filed it', async () => {
    const reporter = (await createUser(payload, ['career-candidate'])) as User
    await fileConductReport(payload, reporter, report({ subject: 'Kept after deletion' }), from())
    await deleteMemberAccount(payload, reporter)
    const [kept] = await reportsBy({ subject: { equals: 'Kept after deletion' } })
    expect(kept).toMatchObject({ reporter: null, reporterName: null, reporterEmail: null, description: report().description })
  })

  it('limits how many reports one connection can file in an hour', async () => {
    const previous = process.env.RATE_LIMIT_PER_HOUR
    process.env.RATE_LIMIT_PER_HOUR = '2'
    try {
      const same = { address: '192.0.2.200' }
      expect(await fileConductReport(payload, null, report(), same)).toEqual({ ok: true })
      expect(await fileConductReport(payload, null, report(), same)).toEqual({ ok: true })
      expect(await fileConductReport(payload, null, report(), same)).toMatchObject({ status: 429, errors: { form: expect.stringMatching(/Too many reports/) } })
    } finally {
      process.env.RATE_LIMIT_PER_HOUR = previous
    }
  })
})
