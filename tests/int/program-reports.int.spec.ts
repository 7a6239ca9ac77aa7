import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { programReport, reportTables, resolvePeriod, type ProgramReport } from '@/programs/reports'
import { tableToCsv } from '@/server/program-reports'

import type { Organization, Program, User } from '../../payload-types'
import { createUser, startTestPayload, stopTestPayload } from '../helpers/test-payload'

/*
 * A Career Center's staff read how their programme went in June 2026: who was in it week by
 * week, what happened to the requests sent in it, how fast mentors first answered, mentorships,
 * the approval queue and who left. The fixture's dates and counts are known, so every figure is.
 */

const password = 'a-long-test-password'
const now = new Date('2026-06-30T12:00:00.000Z')
const june = { from: '2026-06-01', to: '2026-06-28', now }
const at = (day: string, time = '12:00:00.000') => `2026-${day}T${time}Z`
const hoursAfter = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString()

/** Strings planted in every private field of the fixture: none may reach a report or a CSV. */
const planted = {
  message: 'PLANTED-REQUEST-MESSAGE-7f3a',
  note: 'PLANTED-STATUS-NOTE-91bc',
  body: 'PLANTED-MESSAGE-BODY-c02d',
  reason: 'PLANTED-STATUS-REASON-55ee',
  institution: 'planted-institution-3d9f@lakeside.test',
  answer: 'PLANTED-ANSWER-b81a',
  pronouns: 'planted-pronoun-e4c7',
  name: 'PLANTED-MEMBER-NAME-0a6b',
}

describe('programme reports for programme staff', () => {
  let payload: Payload
  let lakeside: Organization
  let program: Program
  let staff: User
  let otherStaff: User
  let admin: User
  let member: User
  const people: User[] = []

  const person = async () => {
    const user = (await createUser(payload, ['career-candidate'], { pronouns: planted.pronouns, chosenName: planted.name })) as User
    people.push(user)
    return user
  }

  const membership = async (
    side: 'mentor' | 'mentee',
    status: string,
    dates: { createdAt: string; emailConfirmedAt?: string; joinedAt?: string; decidedAt?: string; leftAt?: string },
    programId = program.id,
  ) =>
    payload.create({
      collection: 'program-memberships',
      data: {
        program: programId,
        user: (await person()).id,
        memberName: planted.name,
        side,
        status,
        statusReason: planted.reason,
        institutionEmail: planted.institution,
        answers: [{ questionId: 'q1', question: 'What would you like help with?', answer: planted.answer }],
        ...dates,
      } as never,
      overrideAccess: true,
    })

  const request = async (data: { createdAt: string; status: string; respondedAt?: string; closedAt?: string; program?: number | string | null }) => {
    const [student, mentor] = [await person(), await person()]
    const created = await payload.create({
      collection: 'mentorship-requests',
      data: {
        student: student.id,
        mentor: mentor.id,
        helpWith: 'interviews',
        message: planted.message,
        statusNote: planted.note,
        program: data.program === undefined ? program.id : data.program,
        ...data,
      } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'request-messages',
      data: { request: created.id, author: mentor.id, recipient: student.id, body: planted.body },
      overrideAccess: true,
    })
    return created
  }

  const careerCenter = (name: string) =>
    payload.create({ collection: 'organizations', data: { name, kind: 'career-center', slug: '' } as never, overrideAccess: true })
  const newProgram = (name: string, organization: Organization) =>
    payload.create({
      collection: 'programs',
      data: {
        name,
        summary: 'Mentoring for students and alumni.',
        organization: organization.id,
        status: 'open',
        menteeRules: { emailDomains: ['lakeside.test'] },
      } as never,
      overrideAccess: true,
    })

  const reportOf = async (viewer: User | null = staff, period: { from?: string; to?: string; now?: Date } = june, id: number | string = program.id) => {
    const result = await programReport(payload, id, { ...period, viewer })
    if (!result.ok) throw new Error(`${result.status}: ${result.message}`)
    return result.report
  }

  const tokenOf = async (user: User) => (await payload.login({ collection: 'users', data: { email: user.email, password } })).token!
  const download = async (path: string, token?: string) =>
    handleEndpoints({
      config: (await import('@payload-config')).default,
      request: new Request(`http://localhost:3000/api/program-reports/${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }),
    })

  beforeAll(async () => {
    payload = await startTestPayload({ PAYLOAD_JOBS_AUTORUN: 'false' })
    lakeside = await careerCenter('Lakeside Reports Career Center')
    const elsewhere = await careerCenter('Elsewhere Career Center')
    program = await newProgram('Lakeside Report Mentors', lakeside)
    staff = (await createUser(payload, ['career-center-staff'], { organization: lakeside.id, organizationRole: 'staff' })) as User
    otherStaff = (await createUser(payload, ['career-center-staff'], { organization: elsewhere.id, organizationRole: 'staff' })) as User
    admin = (await createUser(payload, ['admin'])) as User

    // Mentors. Weeks end on 8, 15, 22 and 29 June (midnight UTC).
    await membership('mentor', 'active', { createdAt: at('05-20'), joinedAt: at('05-20') })
    await membership('mentor', 'active', { createdAt: at('06-03'), decidedAt: at('06-10'), joinedAt: at('06-10') })
    await membership('mentor', 'left', { createdAt: at('05-01'), joinedAt: at('05-01'), leftAt: at('06-16') })
    await membership('mentor', 'declined', { createdAt: at('06-02'), decidedAt: at('06-05') })
    await membership('mentor', 'awaiting-approval', { createdAt: at('06-20', '00:00:00.000') })
    // Mentees confirm an address at lakeside.test first.
    await membership('mentee', 'active', { createdAt: at('06-01'), emailConfirmedAt: at('06-09'), decidedAt: at('06-20'), joinedAt: at('06-20') })
    await membership('mentee', 'confirming-email', { createdAt: at('06-05') })
    await membership('mentee', 'awaiting-approval', { createdAt: at('06-10'), emailConfirmedAt: at('06-11') })
    await membership('mentee', 'removed', { createdAt: at('05-10'), joinedAt: at('05-10'), decidedAt: at('06-25'), leftAt: at('06-25') })
    await membership('mentee', 'left', { createdAt: at('05-15'), joinedAt: at('05-15'), leftAt: at('05-30') })
    await membership('mentee', 'awaiting-approval', { createdAt: at('06-29'), emailConfirmedAt: at('06-29') })
    member = people[0]

    // Requests sent in June, answered after 2, 10, 30, 100 and 50 hours: the median is 30.
    await request({ createdAt: at('06-02'), respondedAt: hoursAfter(at('06-02'), 2), status: 'accepted' })
    await request({ createdAt: at('06-03'), respondedAt: hoursAfter(at('06-03'), 10), status: 'declined', closedAt: hoursAfter(at('06-03'), 10) })
    await request({ createdAt: at('06-09'), respondedAt: hoursAfter(at('06-09'), 30), status: 'ended', closedAt: at('06-20') })
    await request({ createdAt: at('06-10'), respondedAt: hoursAfter(at('06-10'), 100), status: 'accepted' })
    await request({ createdAt: at('06-16'), status: 'expired', closedAt: at('06-30', '00:00:00.000') })
    await request({ createdAt: at('06-23'), status: 'pending' })
    await request({ createdAt: at('06-24'), status: 'withdrawn', closedAt: at('06-25') })
    await request({ createdAt: at('06-25'), respondedAt: hoursAfter(at('06-25'), 50), status: 'more-info' })
    // Outside the period, or outside the programme.
    await request({ createdAt: at('05-20'), respondedAt: at('05-21'), status: 'accepted' })
    await request({ createdAt: at('05-01'), respondedAt: at('05-02'), status: 'ended', closedAt: at('06-05') })
    await request({ createdAt: at('06-29'), status: 'pending' })
    const otherProgram = await newProgram('Elsewhere Mentors', elsewhere)
    await request({ createdAt: at('06-04'), respondedAt: at('06-04', '13:00:00.000'), status: 'accepted', program: otherProgram.id })
    await request({ createdAt: at('06-04'), respondedAt: at('06-04', '13:00:00.000'), status: 'accepted', program: null })
  })
  afterAll(() => stopTestPayload(payload))

  it('counts each side’s members in each status at the end of every week of the period', async () => {
    const report = await reportOf()
    expect(report.period).toEqual({ from: '2026-06-01', to: '2026-06-28' })
    const week = (weekEnding: string, side: 'mentor' | 'mentee') =>
      report.members.weeks.find((row) => row.weekEnding === weekEnding && row.side === side)!.counts
    const none = { 'confirming-email': 0, 'awaiting-approval': 0, active: 0, declined: 0, left: 0, removed: 0 }
    expect(report.members.weeks.map((row) => row.weekEnding)).toEqual([
      '2026-06-07',
      '2026-06-07',
      '2026-06-14',
      '2026-06-14',
      '2026-06-21',
      '2026-06-21',
      '2026-06-28',
      '2026-06-28',
    ])

    expect(week('2026-06-07', 'mentor')).toEqual({ ...none, 'awaiting-approval': 1, active: 2, declined: 1 })
    expect(week('2026-06-14', 'mentor')).toEqual({ ...none, active: 3, declined: 1 })
    expect(week('2026-06-21', 'mentor')).toEqual({ ...none, 'awaiting-approval': 1, active: 2, declined: 1, left: 1 })
    expect(week('2026-06-28', 'mentor')).toEqual({ ...none, 'awaiting-approval': 1, active: 2, declined: 1, left: 1 })

    expect(week('2026-06-07', 'mentee')).toEqual({ ...none, 'confirming-email': 2, active: 1, left: 1 })
    expect(week('2026-06-14', 'mentee')).toEqual({ ...none, 'confirming-email': 1, 'awaiting-approval': 2, active: 1, left: 1 })
    expect(week('2026-06-21', 'mentee')).toEqual({ ...none, 'confirming-email': 1, 'awaiting-approval': 1, active: 2, left: 1 })
    expect(week('2026-06-28', 'mentee')).toEqual({ ...none, 'confirming-email': 1, 'awaiting-approval': 1, active: 1, left: 1, removed: 1 })

    expect(report.members.atEnd.mentee).toEqual(week('2026-06-28', 'mentee'))
    expect(report.members.joinedInPeriod).toEqual({ mentor: 1, mentee: 1 })
  })

  it('tells what happened to the requests sent within the programme in the period, and how fast mentors first answered', async () => {
    const report = await reportOf()
    expect(report.requests).toMatchObject({ sent: 8, answered: 5, accepted: 3, declined: 1, expired: 1, withdrawn: 1, open: 2 })
    expect(
      report.requests.weeks.map(({ weekEnding, sent, answered, accepted, declined, expired, withdrawn, open }) => [
        weekEnding,
        sent,
        answered,
        accepted,
        declined,
        expired,
        withdrawn,
        open,
      ]),
    ).toEqual([
      ['2026-06-07', 2, 2, 1, 1, 0, 0, 0],
      ['2026-06-14', 2, 2, 2, 0, 0, 0, 0],
      ['2026-06-21', 1, 0, 0, 0, 1, 0, 0],
      ['2026-06-28', 3, 1, 0, 0, 0, 1, 2],
    ])
    expect(report.firstAnswers).toEqual({
      answered: 5,
      medianHours: 30,
      buckets: [
        { label: 'Within a day', count: 2 },
        { label: '1 to 3 days', count: 2 },
        { label: '3 to 7 days', count: 1 },
        { label: 'More than 7 days', count: 0 },
      ],
    })
  })

  it('counts mentorships active now and ended in the period, the approval queue and the people who left', async () => {
    const report = await reportOf()
    // Active now: two from June and one from May; ended in June: one of each.
    expect(report.mentorships).toEqual({ activeNow: 3, startedFromPeriod: 3, endedInPeriod: 2 })
    // The oldest mentee has waited since confirming their address on 11 June at noon: 19 days by 30 June at noon.
    expect(report.waiting).toEqual({
      total: 3,
      oldestSince: at('06-11'),
      oldestWaitedDays: 19,
      bySide: {
        mentor: { count: 1, oldestSince: at('06-20', '00:00:00.000'), oldestWaitedDays: 10 },
        mentee: { count: 2, oldestSince: at('06-11'), oldestWaitedDays: 19 },
      },
    })
    // A mentee who left in May is not among June's leavers.
    expect(report.leavers).toEqual({ bySide: { mentor: { left: 1, removed: 0 }, mentee: { left: 0, removed: 1 } }, total: 2 })
  })

  it('includes the first and last moments of the period and nothing outside it', async () => {
    const edges = await newProgram('Lakeside Edges', lakeside)
    for (const createdAt of ['2026-05-31T23:59:59.999Z', '2026-06-01T00:00:00.000Z', '2026-06-28T23:59:59.999Z', '2026-06-29T00:00:00.000Z']) {
      await request({ createdAt, status: 'pending', program: edges.id })
      await membership('mentor', 'left', { createdAt: at('05-01'), joinedAt: at('05-01'), leftAt: createdAt }, edges.id)
    }
    const report = await reportOf(staff, june, edges.id)
    expect(report.requests.sent).toBe(2)
    expect(report.requests.weeks.map((week) => week.sent)).toEqual([1, 0, 0, 1])
    expect(report.leavers.bySide.mentor.left).toBe(2)
    // One left before the period began; at the end of the last week (29 June, midnight) three had.
    expect(report.members.weeks.filter((row) => row.side === 'mentor').map((row) => row.counts.left)).toEqual([2, 2, 2, 3])

    // A one-day period is a single week of one day.
    const oneDay = await reportOf(staff, { from: '2026-06-01', to: '2026-06-01', now }, edges.id)
    expect(oneDay.requests.sent).toBe(1)
    expect(oneDay.members.weeks.map((row) => row.weekEnding)).toEqual(['2026-06-01', '2026-06-01'])
  })

  it('covers the last 90 days when no dates are chosen, and refuses a period that is not one with a message that says what to send', async () => {
    expect((await reportOf(staff, { now })).period).toEqual({ from: '2026-04-02', to: '2026-06-30' })
    expect((await reportOf(staff, { to: '2026-06-28', now })).period).toEqual({ from: '2026-03-31', to: '2026-06-28' })
    expect(resolvePeriod({ from: '2024-06-28', to: '2026-06-28' }, now)).toMatchObject({ ok: true })

    const refused = async (period: { from?: string; to?: string }) => programReport(payload, program.id, { ...period, now, viewer: staff })
    expect(await refused({ from: '2026-06-28', to: '2026-06-01' })).toEqual({
      ok: false,
      status: 400,
      message: expect.stringContaining('choose a “from” date on or before the “to” date'),
    })
    expect(await refused({ from: '2026-02-30' })).toEqual({ ok: false, status: 400, message: expect.stringContaining('write it as YYYY-MM-DD') })
    expect(await refused({ to: 'yesterday' })).toEqual({ ok: false, status: 400, message: expect.stringContaining('write it as YYYY-MM-DD') })
    expect(await refused({ from: '2024-06-27', to: '2026-06-28' })).toEqual({
      ok: false,
      status: 400,
      message: expect.stringContaining('at most two years (731 days); this period has 732. Choose a “from” date on or after 2024-06-28'),
    })
  })

  it('lets the owning organisation’s staff and admins read the report, and no one else', async () => {
    const outcome = async (viewer: User | null, id: number | string = program.id) => {
      const result = await programReport(payload, id, { ...june, viewer })
      return result.ok ? 200 : result.status
    }
    expect(await outcome(staff)).toBe(200)
    expect(await outcome(admin)).toBe(200)
    expect(await outcome(otherStaff)).toBe(403)
    expect(await outcome(member)).toBe(403)
    expect(await outcome(null)).toBe(401)
    // A programme that does not exist: admins learn so; staff are refused as for any programme not theirs.
    expect(await outcome(admin, 999_999)).toBe(404)
    expect(await outcome(staff, 999_999)).toBe(403)
    expect(await outcome(admin, 'not-an-id')).toBe(404)
  })

  it('downloads each table as CSV for the programme’s staff and admins only, named for the programme and period', async () => {
    const [staffToken, adminToken, otherToken, memberToken] = await Promise.all([staff, admin, otherStaff, member].map(tokenOf))
    const path = `${program.id}/members.csv?from=2026-06-01&to=2026-06-28`
    const ownStaff = await download(path, staffToken)
    expect(ownStaff.status).toBe(200)
    expect(ownStaff.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(ownStaff.headers.get('cache-control')).toBe('private, no-store')
    expect(ownStaff.headers.get('content-disposition')).toBe(`attachment; filename="${program.slug}-members-2026-06-01-2026-06-28.csv"`)
    const lines = (await ownStaff.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe('Week ending,Side,Confirming their institution address,Waiting for approval,Member,Declined,Left,Removed by staff')
    expect(lines).toContain('2026-06-28,Mentee,1,1,1,0,1,1')
    expect(lines).toHaveLength(9)

    const waiting = await download(`${program.id}/waiting.csv?from=2026-06-01&to=2026-06-28`, staffToken)
    // The download counts days waited up to today, not the fixture's 30 June.
    expect((await waiting.text()).split('\r\n')).toContainEqual(expect.stringMatching(/^Mentee,2,2026-06-11,\d+$/))

    expect((await download(path, adminToken)).status).toBe(200)
    expect((await download(path, otherToken)).status).toBe(403)
    expect((await download(path, memberToken)).status).toBe(403)
    expect((await download(path)).status).toBe(401)

    const badPeriod = await download(`${program.id}/requests.csv?from=2026-06-28&to=2026-06-01`, staffToken)
    expect(badPeriod.status).toBe(400)
    expect(JSON.stringify(await badPeriod.json())).toContain('on or before the “to” date')
    const unknownTable = await download(`${program.id}/emails.csv`, staffToken)
    expect(unknownTable.status).toBe(404)
    expect(JSON.stringify(await unknownTable.json())).toContain('members.csv')
  })

  it('never puts a message, note, reason, address, answer, pronoun or name in any table or CSV', async () => {
    const token = await tokenOf(staff)
    const report: ProgramReport = await reportOf()
    const outputs = [JSON.stringify(report)]
    for (const name of Object.keys(reportTables(report))) {
      const response = await download(`${program.id}/${name}.csv?from=2026-06-01&to=2026-06-28`, token)
      expect(response.status).toBe(200)
      outputs.push(await response.text())
    }
    const everything = outputs.join('\n')
    for (const secret of [...Object.values(planted), ...people.map((user) => user.email), staff.email]) expect(everything).not.toContain(secret)
    expect(everything.toLowerCase()).not.toContain('planted')
  })

  it('quotes values holding commas, quotes or line breaks, and keeps spreadsheet formulas from running', () => {
    const csv = tableToCsv({
      columns: ['Label', 'Value'],
      rows: [
        ['=HYPERLINK("http://example.test")', 'plain'],
        ['+1', '-2'],
        ['@SUM(A1)', 'a, b'],
        ['line\nbreak', 'say "hi"'],
        ['\tTabbed', 3],
      ],
    })
    expect(csv).toBe(
      '\uFEFFLabel,Value\r\n' +
        `"'=HYPERLINK(""http://example.test"")",plain\r\n` +
        `'+1,'-2\r\n` +
        `'@SUM(A1),"a, b"\r\n` +
        `"line\nbreak","say ""hi"""\r\n` +
        `'\tTabbed,3\r\n`,
    )
  })
})
