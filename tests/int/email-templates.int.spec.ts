import type { ReactElement } from 'react'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverEmail, queueEmail } from '@/email/outbox'
import * as affiliation from '@/email/templates/affiliation'
import * as conduct from '@/email/templates/conduct'
import * as contact from '@/email/templates/contact'
import * as emailChange from '@/email/templates/email-change'
import * as mentorship from '@/email/templates/mentorship'
import * as shape from '@/email/templates/mentorship-shape'
import * as programMatching from '@/email/templates/program-matching'
import { resetPasswordMessage, resetPasswordSubject } from '@/email/templates/reset-password'
import { verifyEmailMessage, verifyEmailSubject } from '@/email/templates/verify-email'

import { readEmail, startMailbox } from '../helpers/smtp'
import { startTestPayload, stopTestPayload } from '../helpers/test-payload'

const site = 'http://platform.example.test'

type Kind = {
  kind: string
  subject: string
  /** Built when the test runs, after SERVER_URL is set. */
  content: () => ReactElement
  /** A sentence the member must be able to read in either part. */
  sentence: string
  /** The link the email exists for, written out in full. */
  link: string
}

const request = {
  id: 42,
  helpWith: 'interviews',
  message: 'I have my first interview on Friday.\nCould we talk before then?',
  preferredTimes: 'Tuesday evenings',
}
const report = { id: 7, subjectKind: 'person', subject: 'Jordan in the forum', category: 'harassment', description: 'Repeated insults after I said no.' }
const message = { name: 'Robin Lee', email: 'robin@example.test', topic: 'partnerships', message: 'Can our centre join?' }
const token = 'a'.repeat(64)
const introduction = { programName: 'Lakeside Mentors', programSlug: 'lakeside-mentors', requestId: 42, menteeName: 'Robin', mentorName: 'Jun Park' }

/** Every email the platform sends, as its feature queues it. */
const kinds: Kind[] = [
  {
    kind: 'email confirmation',
    subject: verifyEmailSubject(),
    content: () => verifyEmailMessage({ token, user: { chosenName: 'Robin' } }),
    sentence: 'Please confirm that this is your email address',
    link: `${site}/verify?token=${token}`,
  },
  {
    kind: 'password reset',
    subject: resetPasswordSubject(),
    content: () => resetPasswordMessage({ token, user: { chosenName: 'Robin' } }),
    sentence: 'To choose a new one, follow this link within the next hour',
    link: `${site}/reset-password?token=${token}`,
  },
  {
    kind: 'new address confirmation',
    subject: emailChange.confirmNewEmailSubject(),
    content: () => emailChange.confirmNewEmailMessage({ token, name: 'Robin' }),
    sentence: 'Please confirm it within 24 hours',
    link: `${site}/account/email/confirm?token=${token}`,
  },
  {
    kind: 'email change notice',
    subject: emailChange.emailChangeNoticeSubject(),
    content: () => emailChange.emailChangeNoticeMessage({ token, name: 'Robin', newEmail: 'robin.new@example.test', undoUntil: '2026-12-08T12:00:00.000Z' }),
    sentence: 'asked to change its email address to robin.new@example.test',
    link: `${site}/account/email/undo?token=${token}`,
  },
  {
    kind: 'password changed',
    subject: emailChange.passwordChangedSubject(),
    content: () => emailChange.passwordChangedMessage({ name: 'Robin' }),
    sentence: 'every other session was signed out',
    link: `${site}/forgot-password`,
  },
  {
    kind: 'mentorship request',
    subject: mentorship.requestNoticeSubject('Robin'),
    content: () => mentorship.requestNoticeMessage(request, 'Robin', 'Alex'),
    sentence: 'Could we talk before then?',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'request sent',
    subject: mentorship.requestConfirmationSubject('Alex'),
    content: () => mentorship.requestConfirmationMessage(request, 'Robin', 'Alex'),
    sentence: 'Your request to Alex is sent.',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'request accepted',
    subject: mentorship.outcomeSubject('accepted', 'Alex'),
    content: () => mentorship.outcomeMessage('accepted', request, 'Robin', 'Alex', 'Happy to help.'),
    sentence: 'Good news: Alex accepted your request.',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'request declined',
    subject: mentorship.outcomeSubject('declined', 'Alex'),
    content: () => mentorship.outcomeMessage('declined', request, 'Robin', 'Alex', null),
    sentence: 'This says nothing about you',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'more information asked',
    subject: mentorship.outcomeSubject('more-info', 'Alex'),
    content: () => mentorship.outcomeMessage('more-info', request, 'Robin', 'Alex', 'Which company is it?'),
    sentence: 'Which company is it?',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'request withdrawn',
    subject: mentorship.withdrawnSubject('Robin'),
    content: () => mentorship.withdrawnMessage(request, 'Robin', 'Alex'),
    sentence: 'Robin withdrew their request.',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'reminder',
    subject: mentorship.reminderSubject('Robin'),
    content: () => mentorship.reminderMessage(request, 'Robin', 'Alex'),
    sentence: 'the request expires in 7 days',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'request expired (student)',
    subject: mentorship.expiredSubject('Alex'),
    content: () => mentorship.expiredMessage(request, 'Robin', 'Alex', true),
    sentence: 'Alex did not answer your request within 14 days',
    link: `${site}/mentors`,
  },
  {
    kind: 'request expired (mentor)',
    subject: mentorship.expiredSubject('Robin'),
    content: () => mentorship.expiredMessage(request, 'Alex', 'Robin', false),
    sentence: 'The request from Robin expired after 14 days without an answer.',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'mentor paused',
    subject: mentorship.closedByMentorSubject('Alex', 'paused'),
    content: () => mentorship.closedByMentorMessage(request, 'Robin', 'Alex', 'paused', true),
    sentence: 'so your mentorship is closed. This is about their time, not about you.',
    link: `${site}/mentors`,
  },
  {
    kind: 'mentorship ended',
    subject: mentorship.endedSubject('Alex'),
    content: () => mentorship.endedMessage(request, 'Robin', 'Alex'),
    sentence: 'Alex marked your mentorship as ended.',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'new message',
    subject: mentorship.newMessageSubject('Alex'),
    content: () => mentorship.newMessageMessage(request, 'Robin', 'Alex', 'See you at 6.'),
    sentence: 'See you at 6.',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'affiliation invitation',
    subject: affiliation.invitationSubject('Harbor Health'),
    content: () => affiliation.invitationMessage({ token, kind: 'mentor', message: 'We would love to list you.' }, 'Harbor Health', 'Kiran'),
    sentence: 'Kiran of Harbor Health invites you to join as a Mentor',
    link: `${site}/invites/${token}`,
  },
  {
    kind: 'affiliation request',
    subject: affiliation.affiliationRequestSubject('Alex'),
    content: () => affiliation.affiliationRequestMessage('Alex', 'Harbor Health', 9),
    sentence: 'Alex asked to appear in the directory as part of Harbor Health.',
    link: `${site}/admin/collections/affiliations/9`,
  },
  {
    kind: 'affiliation decision',
    subject: affiliation.affiliationDecisionSubject('Harbor Health', true),
    content: () => affiliation.affiliationDecisionMessage('Alex', 'Harbor Health', true),
    sentence: 'Harbor Health approved your request',
    link: `${site}/account/profile`,
  },
  {
    kind: 'conduct report (to admins)',
    subject: conduct.reportNoticeSubject(report),
    content: () => conduct.reportNoticeMessage(report),
    sentence: 'Repeated insults after I said no.',
    link: `${site}/admin/collections/conduct-reports/7`,
  },
  {
    kind: 'conduct report received',
    subject: conduct.reportAcknowledgementSubject(),
    content: () => conduct.reportAcknowledgementMessage(report, 'Robin'),
    sentence: 'the person or organisation you reported is not told who reported them',
    link: site,
  },
  {
    kind: 'contact form (to the team)',
    subject: contact.contactNoticeSubject(message, 'Partnerships'),
    content: () => contact.contactNoticeMessage(message, 'Partnerships'),
    sentence: 'Can our centre join?',
    link: `${site}/admin/globals/site-settings`,
  },
  {
    kind: 'contact form received',
    subject: contact.contactConfirmationSubject(),
    content: () => contact.contactConfirmationMessage(message, 'Partnerships'),
    sentence: 'A person on the team reads every message',
    link: site,
  },
  {
    kind: 'matching round introduction (mentee)',
    subject: programMatching.menteeIntroductionSubject(introduction),
    content: () => programMatching.menteeIntroductionMessage({ ...introduction, reasons: ['Also speaks Spanish'] }),
    sentence: 'The staff of Lakeside Mentors paired you with Jun Park',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'agreement changed',
    subject: shape.agreementChangedSubject('Jun Park'),
    content: () => shape.agreementChangedMessage({ requestId: 42, name: 'Robin', otherName: 'Jun Park' }),
    sentence: 'Jun Park saved your mentorship agreement with a change',
    link: `${site}/account/requests/42#agreement`,
  },
  {
    kind: 'check-in',
    subject: shape.checkInSubject('Jun Park'),
    content: () => shape.checkInMessage({ requestId: 42, name: 'Robin', otherName: 'Jun Park' }),
    sentence: 'Your answer is private: Jun Park never sees it',
    link: `${site}/account/requests/42#check-in`,
  },
  {
    kind: 'worry notice to programme staff',
    subject: shape.worryNoticeSubject('Lakeside Mentors'),
    content: () => shape.worryNoticeMessage({ programName: 'Lakeside Mentors', programId: 3, side: 'student' }),
    sentence: 'The other person in the mentorship has not been told',
    link: `${site}/admin/program-health/3`,
  },
  {
    kind: 'worry acknowledgement',
    subject: shape.worryAcknowledgementSubject(),
    content: () => shape.worryAcknowledgementMessage({ name: 'Robin', programName: 'Lakeside Mentors', requestId: 42 }),
    sentence: 'The staff of Lakeside Mentors have what you wrote',
    link: `${site}/account/requests/42`,
  },
  {
    kind: 'closing feedback',
    subject: shape.closingFeedbackSubject(),
    content: () => shape.closingFeedbackMessage({ requestId: 42, name: 'Robin', otherName: 'Jun Park' }),
    sentence: 'Your mentorship with Jun Park has ended',
    link: `${site}/account/requests/42#closing-feedback`,
  },
  {
    kind: 'matching round introduction (mentor)',
    subject: programMatching.mentorIntroductionSubject(introduction),
    content: () => programMatching.mentorIntroductionMessage(introduction),
    sentence: 'Robin has been told too',
    link: `${site}/account/requests/42`,
  },
]

describe('every email has an HTML and a plain-text part from one layout', () => {
  let payload: Payload
  let mailbox: Awaited<ReturnType<typeof startMailbox>>

  beforeAll(async () => {
    mailbox = await startMailbox()
    payload = await startTestPayload({ SMTP_URL: mailbox.url, SERVER_URL: site })
  })
  afterAll(async () => {
    await stopTestPayload(payload)
    await mailbox?.close()
  })

  const outboxFor = async (to: string) =>
    (await payload.find({ collection: 'emails', where: { to: { equals: to } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]

  it.each(kinds)(
    '$kind arrives as multipart/alternative whose text part has the sentence and the full link',
    async ({ kind, subject, content, sentence, link }) => {
      const to = `${kind.replace(/\W+/g, '-')}-${Date.now()}@example.test`
      await queueEmail(payload, { to, subject, content: content(), purpose: 'test' })
      expect(await deliverEmail(payload, String((await outboxFor(to)).id))).toBe('sent')

      const received = await mailbox.waitFor(to)
      expect(received.subject).toBe(subject)
      const email = await readEmail(received)
      expect(email.contentType).toBe('multipart/alternative')
      expect(email.partTypes).toEqual(expect.arrayContaining(['text/plain', 'text/html']))
      expect(email.text).toContain(sentence)
      expect(email.text).toContain(link)
      expect(email.html).toContain(`href="${link}"`)
      // One layout: the site's name on top, and a footer saying why this person got it.
      expect(email.text.startsWith('Pride Career Network')).toBe(true)
      expect(email.text).toMatch(/You got this email because .+\./)
      expect(email.html).toContain('max-width:560px')
      // Nothing fetched from elsewhere when the email is opened.
      expect(email.html).not.toMatch(/<img|<link|@import|url\(/i)
    },
  )

  it('lists the action link once in the text part, labelled, and never as markup', async () => {
    const to = `text-part-${Date.now()}@example.test`
    const kind = kinds[0]
    await queueEmail(payload, { to, subject: kind.subject, content: kind.content(), purpose: 'test' })
    await deliverEmail(payload, String((await outboxFor(to)).id))
    const { text } = await readEmail(await mailbox.waitFor(to))
    expect(text).toContain(`Confirm my email address ${kind.link}`)
    expect(text.split(kind.link)).toHaveLength(2)
    expect(text).not.toMatch(/<[a-z]/i)
  })

  it('escapes what members write in the HTML part and keeps it as written in the text part', async () => {
    const to = `escaped-${Date.now()}@example.test`
    const written = 'Ask <script>alert(1)</script> & "quote"\n\nSecond paragraph'
    await queueEmail(payload, {
      to,
      subject: mentorship.newMessageSubject('Sam <b>Rivera</b>'),
      content: mentorship.newMessageMessage(request, 'Robin', 'Sam <b>Rivera</b>', written),
      purpose: 'test',
    })
    const stored = await outboxFor(to)
    expect(stored.html).toContain('Sam &lt;b&gt;Rivera&lt;/b&gt; wrote:')
    expect(stored.html).toContain('Ask &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;')
    expect(stored.html).not.toContain('<script>')
    expect(stored.text).toContain('Sam <b>Rivera</b> wrote:')
    expect(stored.text).toContain('> Ask <script>alert(1)</script> & "quote"')
    expect(stored.text).toContain('> Second paragraph')
  })

  it('keeps the text part through a mail-server outage: the retry sends both parts', async () => {
    const port = Number(new URL(mailbox.url).port)
    await mailbox.close()
    const to = `retry-${Date.now()}@example.test`
    const kind = kinds[1]
    await queueEmail(payload, { to, subject: kind.subject, content: kind.content(), purpose: 'test' })
    const queued = await outboxFor(to)
    expect(queued.text).toContain(kind.link)

    await expect(deliverEmail(payload, String(queued.id))).rejects.toThrow()
    expect(await outboxFor(to)).toMatchObject({ status: 'retrying', attempts: 1, text: queued.text, html: queued.html })

    mailbox = await startMailbox({ port })
    expect(await deliverEmail(payload, String(queued.id))).toBe('sent')
    const email = await readEmail(await mailbox.waitFor(to))
    expect(email.contentType).toBe('multipart/alternative')
    expect(email.text).toContain(kind.link)
    expect(email.html).toContain(`href="${kind.link}"`)
  })
})
