import type { Payload } from 'payload'

import { hasRole, idOf, isSameId } from '@/access'
import { queueEmail } from '@/email/outbox'
import { reportAcknowledgementMessage, reportAcknowledgementSubject, reportNoticeMessage, reportNoticeSubject } from '@/email/templates/conduct'
import { takeFromLimit } from '@/limits'
import { inTransaction } from '@/lib/transaction'
import { slotLabel } from '@/meetings/slots'
import { chosenNames } from '@/mentorship/requests'
import { anonymousReporterSchema, conductReportSchema } from '@/schemas/conduct-report'
import { fieldErrors } from '@/schemas/fields'

import type { User } from '../../payload-types'

export type ReportInput = {
  subjectKind: string
  subject: string
  category: string
  description: string
  name?: string
  email?: string
  /** A message reported from a conversation the reporter is part of. */
  messageId?: string
  /** A meeting the reporter was one of the two people in. */
  meetingId?: string
  /** the honeypot */
  website?: string
}
export type ReportErrors = Partial<Record<'subjectKind' | 'subject' | 'category' | 'description' | 'name' | 'email' | 'form', string>>
export type ReportResult = { ok: true } | { ok: false; status: 400 | 429; errors: ReportErrors }

const hour = 60 * 60 * 1000
const dueAfterMs = 2 * 24 * hour

/**
 * Files a conduct report. Anyone may report, signed in or not; the reporter's account, name
 * and address are kept for the admins only. A reported message must be one the reporter
 * received or sent, and it opens that conversation to the admins.
 */
export async function fileConductReport(
  payload: Payload,
  reporter: Pick<User, 'id' | 'roles' | 'email' | 'chosenName'> | null,
  input: ReportInput,
  from: { address: string },
  now: Date = new Date(),
): Promise<ReportResult> {
  if (input.website?.trim()) return { ok: true }
  // An anonymous reporter's acknowledgement goes to the address they typed: counted per inbox too.
  const tooMany = await takeFromLimit(payload, 'report', { address: from.address, account: reporter?.id, email: reporter ? undefined : input.email })
  if (tooMany) return { ok: false, status: 429, errors: { form: tooMany.message } }

  const fields = conductReportSchema.safeParse(input)
  const anonymous = anonymousReporterSchema.safeParse(reporter ? {} : input)
  const errors: ReportErrors = {
    ...(fields.success ? {} : fieldErrors<keyof ReportErrors>(fields.error)),
    ...(anonymous.success ? {} : fieldErrors<keyof ReportErrors>(anonymous.error)),
  }

  let reported: { request: number | string; message: number | string } | null = null
  if (input.messageId) {
    const message = /^[0-9a-f]+$/i.test(input.messageId)
      ? await payload.findByID({ collection: 'request-messages', id: input.messageId, depth: 0, overrideAccess: true, disableErrors: true })
      : null
    const involved = message && reporter && (isSameId(message.author, reporter.id) || isSameId(message.recipient, reporter.id))
    if (!message || !involved) errors.form = 'That message cannot be found in your conversations. Describe it below instead.'
    else reported = { request: idOf(message.request)!, message: message.id }
  }
  // A meeting is named only by one of its two people; anyone else's id is ignored, as the page ignores it.
  const meeting = reporter && input.meetingId ? await reportableMeeting(payload, reporter, input.meetingId) : null
  if (!fields.success || !anonymous.success || Object.keys(errors).length > 0) return { ok: false, status: 400, errors }
  const report = {
    ...fields.data,
    reporterName: reporter ? reporter.chosenName : anonymous.data.name,
    reporterEmail: reporter ? reporter.email : anonymous.data.email,
  }

  const { docs: admins } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['admin'] } },
    select: { email: true, roles: true },
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  await inTransaction(payload, async (req) => {
    const stored = await payload.create({
      collection: 'conduct-reports',
      data: {
        ...report,
        reporter: reporter ? (reporter.id as number) : null,
        request: (reported?.request as number) ?? (meeting ? (idOf(meeting.request) as number) : null),
        message: (reported?.message as number) ?? null,
        meeting: meeting ? meeting.id : null,
        status: 'new',
        dueDate: new Date(now.getTime() + dueAfterMs).toISOString(),
      },
      overrideAccess: true,
      req,
    })
    for (const admin of admins.filter((user) => hasRole(user, 'admin'))) {
      await queueEmail(payload, { to: admin.email, subject: reportNoticeSubject(stored), content: reportNoticeMessage(stored), purpose: 'report-notice' }, req)
    }
    if (report.reporterEmail) {
      await queueEmail(
        payload,
        {
          to: report.reporterEmail,
          subject: reportAcknowledgementSubject(),
          content: reportAcknowledgementMessage(stored, report.reporterName),
          purpose: 'report-acknowledgement',
        },
        req,
      )
    }
  })
  return { ok: true }
}

/** The meeting behind `/report?meeting=<id>`, when the member was one of its two people; otherwise null. */
export async function reportableMeeting(payload: Payload, member: Pick<User, 'id'>, meetingId: string) {
  if (!/^[0-9a-f]{1,24}$/i.test(meetingId)) return null
  const meeting = await payload.findByID({ collection: 'meetings', id: meetingId, depth: 0, overrideAccess: true, disableErrors: true })
  return meeting && (isSameId(meeting.student, member.id) || isSameId(meeting.mentor, member.id)) ? meeting : null
}

/** What the report form starts with for a meeting: the other person and when it was, on the member's clock. */
export async function meetingReportSubject(
  payload: Payload,
  member: Pick<User, 'id'>,
  meetingId: string,
): Promise<{ meetingId: string; subject: string } | null> {
  const meeting = await reportableMeeting(payload, member, meetingId)
  if (!meeting) return null
  const student = isSameId(meeting.student, member.id)
  const other = idOf(student ? meeting.mentor : meeting.student)!
  const names = await chosenNames(payload, [other])
  const when = slotLabel(meeting.startsAt, {
    viewerTimeZone: student ? meeting.studentTimeZone : meeting.mentorTimeZone,
    hostTimeZone: student ? meeting.mentorTimeZone : meeting.studentTimeZone,
  }).viewer
  return { meetingId: String(meeting.id), subject: `${names.get(String(other)) ?? 'A former member'}, at our meeting on ${when}` }
}
