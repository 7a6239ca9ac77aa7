/**
 * Writes every email the platform sends, as HTML and as its plain-text part, to .email-preview/
 * (one pair of files per email, plus an index.html linking them), with made-up names and links.
 * Open .email-preview/index.html in a browser; the HTML files are what a mail client renders.
 *
 *   npm run email:preview [-- <folder>]
 */
import fs from 'node:fs'
import path from 'node:path'

import type { ReactElement } from 'react'

import { renderEmail } from '@/email/render'
import * as affiliation from '@/email/templates/affiliation'
import * as conduct from '@/email/templates/conduct'
import * as contact from '@/email/templates/contact'
import * as emailChange from '@/email/templates/email-change'
import * as meetings from '@/email/templates/meetings'
import * as mentorship from '@/email/templates/mentorship'
import * as shape from '@/email/templates/mentorship-shape'
import * as programAgreements from '@/email/templates/program-agreements'
import * as programDecisions from '@/email/templates/program-decisions'
import * as programLeaving from '@/email/templates/program-leaving'
import * as programMatching from '@/email/templates/program-matching'
import * as programs from '@/email/templates/programs'
import * as reset from '@/email/templates/reset-password'
import * as verify from '@/email/templates/verify-email'

const token = '3f9c2a7d1e8b4c6a9d0e2f4b6a8c0d1e3f5a7b9c1d3e5f7a9b1c3d5e7f9a1b3c'
const request = {
  id: 42,
  helpWith: 'interviews',
  message: 'I have my first interview at a bank on Friday and I am not sure whether to mention my partner.\n\nCould we talk before then?',
  preferredTimes: 'Tuesday or Wednesday evening',
}
const report = { id: 7, subjectKind: 'person', subject: 'A member in the forum', category: 'harassment', description: 'Repeated insults after I said no.' }
const message = { name: 'Robin Lee', email: 'robin@example.org', topic: 'partnerships', message: 'Can our career centre join?\nWe are a small college.' }

const agreementVersion = {
  programName: 'Lakeside Mentors',
  programSlug: 'lakeside-mentors',
  agreementTitle: 'Code of Conduct',
  versionNumber: 2,
  changeSummary: 'Mentors now tell their mentees before they leave the programme.',
}

const lakeside = {
  name: 'Lakeside Mentors',
  slug: 'lakeside-mentors',
  contactEmail: 'careers@lakeside.example',
  organizationName: 'Lakeside University Career Center',
}

const meeting: meetings.MeetingEmailFacts = {
  meetingId: 42,
  recipientName: 'Jun Park',
  otherName: 'Robin',
  recipientRole: 'mentor',
  when: 'Tue 3 Mar, 14:30 (your time) · 09:30 in New York',
  lengthMinutes: 30,
  where: { kind: 'video', detail: 'https://meet.example.org/jun-park' },
  note: 'My interview at the bank on Friday.\nWhether to mention my partner.',
}
const toStudent = { ...meeting, recipientName: 'Robin', otherName: 'Jun Park', recipientRole: 'student' } as const
const meetingPreviews: [name: string, kind: meetings.MeetingEmailKind, facts: meetings.MeetingEmailFacts][] = [
  ['meeting-booked-mentor', 'booked', meeting],
  ['meeting-booked-student', 'booked', toStudent],
  ['meeting-proposed', 'proposed', toStudent],
  ['meeting-confirmed', 'confirmed', meeting],
  ['meeting-declined', 'declined', { ...meeting, changeNote: 'That week is exams for me. Could we try the week after?' }],
  [
    'meeting-rescheduled',
    'rescheduled',
    { ...toStudent, previousWhen: 'Mon 2 Mar, 10:00 (your time) · 05:00 in New York', changeNote: 'Something came up at work, sorry!' },
  ],
  ['meeting-cancelled', 'cancelled', { ...meeting, changeNote: 'I got the job, so I no longer need the practice. Thank you!' }],
  ['meeting-reminder-24h', 'reminder-24h', { ...toStudent, where: { kind: 'place', detail: 'Café Lumen, 12 Harbour Street' } }],
  ['meeting-reminder-1h', 'reminder-1h', { ...meeting, where: { kind: 'phone', detail: 'Jun rings Robin on the number in their conversation.' }, note: null }],
]

/** A pair introduced by a programme's matching round. */
const introduction = { programName: 'Lakeside Mentors', programSlug: 'lakeside-mentors', requestId: 42, menteeName: 'Robin', mentorName: 'Jun Park' }

const previews: [name: string, subject: string, content: () => ReactElement][] = [
  ['verify-email', verify.verifyEmailSubject(), () => verify.verifyEmailMessage({ token, user: { chosenName: 'Robin' } })],
  ['reset-password', reset.resetPasswordSubject(), () => reset.resetPasswordMessage({ token, user: { chosenName: 'Robin' } })],
  ['confirm-new-email', emailChange.confirmNewEmailSubject(), () => emailChange.confirmNewEmailMessage({ token, name: 'Robin' })],
  [
    'email-change-notice',
    emailChange.emailChangeNoticeSubject(),
    () =>
      emailChange.emailChangeNoticeMessage({
        token,
        name: 'Robin',
        newEmail: 'robin.lee@example.net',
        undoUntil: new Date(Date.now() + 7 * 864e5).toISOString(),
      }),
  ],
  ['password-changed', emailChange.passwordChangedSubject(), () => emailChange.passwordChangedMessage({ name: 'Robin' })],
  ['request-notice', mentorship.requestNoticeSubject('Robin'), () => mentorship.requestNoticeMessage(request, 'Robin', 'Jun Park')],
  ['request-confirmation', mentorship.requestConfirmationSubject('Jun Park'), () => mentorship.requestConfirmationMessage(request, 'Robin', 'Jun Park')],
  [
    'request-accepted',
    mentorship.outcomeSubject('accepted', 'Jun Park'),
    () => mentorship.outcomeMessage('accepted', request, 'Robin', 'Jun Park', 'Happy to help!'),
  ],
  [
    'request-more-info',
    mentorship.outcomeSubject('more-info', 'Jun Park'),
    () => mentorship.outcomeMessage('more-info', request, 'Robin', 'Jun Park', 'Which role is it for?'),
  ],
  ['request-declined', mentorship.outcomeSubject('declined', 'Jun Park'), () => mentorship.outcomeMessage('declined', request, 'Robin', 'Jun Park', null)],
  ['request-withdrawn', mentorship.withdrawnSubject('Robin'), () => mentorship.withdrawnMessage(request, 'Robin', 'Jun Park')],
  ['request-reminder', mentorship.reminderSubject('Robin'), () => mentorship.reminderMessage(request, 'Robin', 'Jun Park')],
  ['request-expired-student', mentorship.expiredSubject('Jun Park'), () => mentorship.expiredMessage(request, 'Robin', 'Jun Park', true)],
  ['request-expired-mentor', mentorship.expiredSubject('Robin'), () => mentorship.expiredMessage(request, 'Jun Park', 'Robin', false)],
  [
    'mentor-paused',
    mentorship.closedByMentorSubject('Jun Park', 'paused'),
    () => mentorship.closedByMentorMessage(request, 'Robin', 'Jun Park', 'paused', false),
  ],
  ['mentor-left', mentorship.closedByMentorSubject('Jun Park', 'left'), () => mentorship.closedByMentorMessage(request, 'Robin', 'Jun Park', 'left', true)],
  ['mentorship-ended', mentorship.endedSubject('Jun Park'), () => mentorship.endedMessage(request, 'Robin', 'Jun Park')],
  [
    'new-message',
    mentorship.newMessageSubject('Jun Park'),
    () => mentorship.newMessageMessage(request, 'Robin', 'Jun Park', 'See you Tuesday at 6.\nBring the job ad.'),
  ],
  [
    'affiliation-invitation',
    affiliation.invitationSubject('Harbor Health'),
    () => affiliation.invitationMessage({ token, kind: 'mentor', message: 'We would love to list you with us.' }, 'Harbor Health', 'Kiran Shah'),
  ],
  ['affiliation-request', affiliation.affiliationRequestSubject('Jun Park'), () => affiliation.affiliationRequestMessage('Jun Park', 'Harbor Health', 9)],
  [
    'affiliation-approved',
    affiliation.affiliationDecisionSubject('Harbor Health', true),
    () => affiliation.affiliationDecisionMessage('Jun Park', 'Harbor Health', true),
  ],
  [
    'affiliation-declined',
    affiliation.affiliationDecisionSubject('Harbor Health', false),
    () => affiliation.affiliationDecisionMessage('Jun Park', 'Harbor Health', false),
  ],
  [
    'program-confirm-address',
    programs.confirmInstitutionSubject('Lakeside Mentors Group'),
    () =>
      programs.confirmInstitutionMessage({
        token,
        program: { name: 'Lakeside Mentors Group', slug: 'lakeside-mentors' },
        expiresAt: new Date(Date.now() + 2 * 864e5).toISOString(),
      }),
  ],
  [
    'program-joined',
    programs.joinedSubject('Lakeside Mentors Group'),
    () => programs.joinedMessage({ name: 'Robin', program: { name: 'Lakeside Mentors Group', slug: 'lakeside-mentors' }, side: 'mentee' }),
  ],
  [
    'program-awaiting-approval',
    programs.awaitingApprovalSubject('Lakeside Mentors Group'),
    () => programs.awaitingApprovalMessage({ name: 'Robin', program: { name: 'Lakeside Mentors Group', slug: 'lakeside-mentors' } }),
  ],
  [
    'program-agreement-version',
    programAgreements.newAgreementVersionSubject(agreementVersion),
    () => programAgreements.newAgreementVersionMessage(agreementVersion, 'Robin'),
  ],
  [
    'program-matching-mentee',
    programMatching.menteeIntroductionSubject(introduction),
    () =>
      programMatching.menteeIntroductionMessage({
        ...introduction,
        reasons: ['Helps with preparing for interviews', 'Works in technology', 'Also speaks Spanish'],
      }),
  ],
  ['program-matching-mentor', programMatching.mentorIntroductionSubject(introduction), () => programMatching.mentorIntroductionMessage(introduction)],
  [
    'shape-agreement-changed',
    shape.agreementChangedSubject('Jun Park'),
    () => shape.agreementChangedMessage({ requestId: 42, name: 'Robin', otherName: 'Jun Park' }),
  ],
  ['shape-check-in', shape.checkInSubject('Jun Park'), () => shape.checkInMessage({ requestId: 42, name: 'Robin', otherName: 'Jun Park' })],
  [
    'shape-worry-notice',
    shape.worryNoticeSubject('Lakeside Mentors'),
    () => shape.worryNoticeMessage({ programName: 'Lakeside Mentors', programId: 3, side: 'student' }),
  ],
  [
    'shape-worry-acknowledgement',
    shape.worryAcknowledgementSubject(),
    () => shape.worryAcknowledgementMessage({ name: 'Robin', programName: 'Lakeside Mentors', requestId: 42 }),
  ],
  ['shape-closing-feedback', shape.closingFeedbackSubject(), () => shape.closingFeedbackMessage({ requestId: 42, name: 'Robin', otherName: 'Jun Park' })],
  ['report-notice', conduct.reportNoticeSubject(report), () => conduct.reportNoticeMessage(report)],
  ['report-acknowledgement', conduct.reportAcknowledgementSubject(), () => conduct.reportAcknowledgementMessage(report, 'Robin')],
  ['contact-notice', contact.contactNoticeSubject(message, 'Partnerships'), () => contact.contactNoticeMessage(message, 'Partnerships')],
  ['contact-confirmation', contact.contactConfirmationSubject(), () => contact.contactConfirmationMessage(message, 'Partnerships')],
  ...(['approved', 'declined', 'removed'] as const).map((decision): [string, string, () => ReactElement] => [
    `program-${decision}`,
    programDecisions.programDecisionSubject(decision, lakeside.name),
    () =>
      programDecisions.programDecisionMessage({
        decision,
        program: lakeside,
        memberName: 'Robin',
        side: 'mentee',
        reason: decision === 'approved' ? null : 'We could not confirm that you study or studied at Lakeside.',
      }),
  ]),
  [
    'program-mentor-leaving',
    programLeaving.mentorLeavingSubject('Jun Park', lakeside, false),
    () =>
      programLeaving.mentorLeavingMessage({
        menteeName: 'Robin',
        mentorName: 'Jun Park',
        program: lakeside,
        note: 'It was a joy. Keep going!',
        byStaff: false,
      }),
  ],
  [
    'program-request-closed',
    programLeaving.requestClosedSubject('Jun Park'),
    () => programLeaving.requestClosedMessage({ studentName: 'Robin', mentorName: 'Jun Park', program: lakeside, byStaff: false }),
  ],
  [
    'program-mentee-left',
    programLeaving.menteeLeftSubject('Robin', lakeside, false),
    () => programLeaving.menteeLeftMessage({ mentorName: 'Jun Park', menteeName: 'Robin', program: lakeside, byStaff: false, wasActive: true, requestId: 42 }),
  ],
  ...meetingPreviews.map(([name, kind, facts]): [string, string, () => ReactElement] => [
    name,
    meetings.meetingSubject(kind, facts),
    () => meetings.meetingMessage(kind, facts),
  ]),
]

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

async function main() {
  const folder = path.resolve(process.argv[2] ?? '.email-preview')
  fs.mkdirSync(folder, { recursive: true })
  const rows: string[] = []
  for (const [name, subject, content] of previews) {
    const started = performance.now()
    const { html, text } = await renderEmail(content())
    const took = performance.now() - started
    console.log(`${name}: ${(html.length / 1024).toFixed(1)} KB HTML, ${(text.length / 1024).toFixed(1)} KB text, rendered in ${took.toFixed(1)} ms`)
    fs.writeFileSync(path.join(folder, `${name}.html`), html)
    fs.writeFileSync(path.join(folder, `${name}.txt`), `Subject: ${subject}\n\n${text}`)
    rows.push(`<li><a href="${name}.html">${escape(subject)}</a> (<a href="${name}.txt">text</a>)</li>`)
  }
  // The index is a developer's page, not an email: plain HTML is enough.
  fs.writeFileSync(
    path.join(folder, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Email previews</title><h1>Email previews</h1><ul>${rows.join('')}</ul>`,
  )
  console.log(`Wrote ${previews.length} emails (HTML and text) to ${folder}`)
}

await main()
