import type { ReactElement } from 'react'

import { ActionLink, EmailLayout, type EmailFooter, Fact, Greeting, InlineLink, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'
import { meetingKindLabel, type MeetingKind } from '@/meetings/options'

/**
 * Emails about a meeting between a student and a Mentor or Connector, each written from the
 * recipient's side. They carry chosen names, the time in the recipient's own zone and how the two
 * meet, never an email address. The calendar invitation is attached by the outbox, not here.
 */
export type MeetingEmailKind = 'booked' | 'proposed' | 'confirmed' | 'declined' | 'rescheduled' | 'cancelled' | 'reminder-24h' | 'reminder-1h'

export type MeetingEmailFacts = {
  meetingId: string | number
  /** Chosen name of who receives the email. */
  recipientName: string
  /** Chosen name of the other person. */
  otherName: string
  recipientRole: 'student' | 'mentor'
  /** Already in the recipient's zone, e.g. 'Tue 3 Mar, 14:30 (your time) · 09:30 in New York'. */
  when: string
  /** For 'rescheduled': the old time, written the same way. */
  previousWhen?: string | null
  lengthMinutes: number
  /** detail: the video link, how the call happens, or the place. */
  where: { kind: MeetingKind; detail: string | null }
  /** The agenda both see. */
  note?: string | null
  /** The short note given when moving, cancelling or declining. */
  changeNote?: string | null
  /** The recipient made the change themselves (their own copy, for their calendar). */
  byRecipient?: boolean
  /** The platform made the change (the mentorship closed, a block, an account left). */
  byPlatform?: boolean
  /** Whether the outbox attaches a calendar file (an invitation, or a cancellation). */
  calendarAttached?: boolean
}

export const meetingLink = (id: string | number) => `${siteURL()}/account/meetings#meeting-${id}`

const footers: Record<MeetingEmailFacts['recipientRole'], EmailFooter> = {
  student: { because: `you book meetings on the ${siteName}`, change: { text: 'Your meetings', path: '/account/meetings' } },
  mentor: { because: `you take meetings on the ${siteName}`, change: { text: 'Your meetings', path: '/account/meetings' } },
}

/** The recipient's own time, without the other person's clock: short enough for a subject line. */
const shortWhen = (when: string) => when.split(' · ')[0].trim()

const isWebAddress = (text: string) => /^https?:\/\/\S+$/i.test(text.trim())

const calledOff = (kind: MeetingEmailKind) => kind === 'declined' || kind === 'cancelled'

/** Kinds whose calendar file adds or updates an event (the others remove one). */
const withInvitation: MeetingEmailKind[] = ['booked', 'confirmed', 'rescheduled']

export function meetingSubject(kind: MeetingEmailKind, facts: MeetingEmailFacts): string {
  const { otherName: other } = facts
  const time = shortWhen(facts.when)
  switch (kind) {
    case 'booked':
      return facts.recipientRole === 'mentor' ? `${other} booked a meeting with you: ${time}` : `Your meeting with ${other} is booked: ${time}`
    case 'proposed':
      return `${other} proposed a time to meet: ${time}`
    case 'confirmed':
      return `${other} accepted your meeting: ${time}`
    case 'declined':
      return `${other} declined the time you proposed: ${time}`
    case 'rescheduled':
      return facts.byRecipient ? `You moved your meeting with ${other} to ${time}` : `${other} moved your meeting to ${time}`
    case 'cancelled':
      if (facts.byRecipient) return `You cancelled your meeting with ${other}: ${time}`
      return facts.byPlatform ? `Your meeting with ${other} is cancelled: ${time}` : `${other} cancelled your meeting: ${time}`
    case 'reminder-24h':
      return `Reminder: your meeting with ${other}, ${time}`
    case 'reminder-1h':
      return `Starting soon: your meeting with ${other}, ${time}`
  }
}

/** What happened, from the recipient's side: the email's first sentence and its preview. */
function opening(kind: MeetingEmailKind, facts: MeetingEmailFacts): string {
  const { otherName: other } = facts
  switch (kind) {
    case 'booked':
      return facts.recipientRole === 'mentor' ? `${other} booked a meeting with you.` : `Your meeting with ${other} is booked.`
    case 'proposed':
      return `${other} proposed a time to meet. The time is held for you until you accept or decline it on the site.`
    case 'confirmed':
      return `${other} accepted the time you proposed, so your meeting is booked.`
    case 'declined':
      return `${other} declined the time you proposed. The time is free again.`
    case 'rescheduled':
      return facts.byRecipient ? `You moved your meeting with ${other} to a new time. ${other} has been told.` : `${other} moved your meeting to a new time.`
    case 'cancelled':
      if (facts.byRecipient) return `You cancelled your meeting with ${other}. ${other} has been told.`
      return facts.byPlatform ? `Your meeting with ${other} is cancelled.` : `${other} cancelled your meeting. The time is free again.`
    case 'reminder-24h':
      return `A reminder that your meeting with ${other} is coming up.`
    case 'reminder-1h':
      return `Your meeting with ${other} starts soon.`
  }
}

const actionText = (kind: MeetingEmailKind) =>
  kind === 'proposed' ? 'Accept or decline the time' : calledOff(kind) ? 'See the meeting' : 'See or change the meeting'

/** Whose words a change note is, introducing the quote. */
const changeNoteIntro = (kind: MeetingEmailKind, other: string, facts: MeetingEmailFacts) =>
  facts.byRecipient
    ? 'You wrote:'
    : facts.byPlatform
      ? 'Why:'
      : kind === 'declined'
        ? `${other} said why:`
        : kind === 'cancelled'
          ? `${other} wrote:`
          : `${other} wrote about the change:`

/** The time, its length and how the two meet, as facts to read at a glance. */
function MeetingDetails({ kind, facts }: { kind: MeetingEmailKind; facts: MeetingEmailFacts }) {
  const { detail } = facts.where
  const moved = kind === 'rescheduled' && facts.previousWhen
  return (
    <>
      <Fact label={moved ? 'New time' : 'When'}>{facts.when}</Fact>
      {moved ? <Fact label="Was">{facts.previousWhen!}</Fact> : null}
      <Fact label="Length">{`${facts.lengthMinutes} minutes`}</Fact>
      <Fact label="How">{meetingKindLabel(facts.where.kind)}</Fact>
      {detail && facts.where.kind === 'video' && isWebAddress(detail) ? (
        // A meeting that is off keeps no way in: the link would only invite joining an empty room.
        calledOff(kind) ? null : (
          <Paragraph>
            <InlineLink href={detail.trim()}>Join the video call</InlineLink>
          </Paragraph>
        )
      ) : detail ? (
        <Fact label={facts.where.kind === 'place' ? 'Where' : 'Details'}>{detail}</Fact>
      ) : null}
    </>
  )
}

/** One email about a meeting, written from the recipient's side. */
export function meetingMessage(kind: MeetingEmailKind, facts: MeetingEmailFacts): ReactElement {
  const { otherName: other } = facts
  const first = opening(kind, facts)
  const reminder = kind === 'reminder-24h' || kind === 'reminder-1h'
  return (
    <EmailLayout preview={first} footer={footers[facts.recipientRole]}>
      <Greeting name={facts.recipientName} />
      <Paragraph>{first}</Paragraph>
      {facts.changeNote && (kind === 'declined' || kind === 'rescheduled' || kind === 'cancelled') ? (
        <>
          <Paragraph>{changeNoteIntro(kind, other, facts)}</Paragraph>
          <Quote text={facts.changeNote} />
        </>
      ) : null}
      <MeetingDetails kind={kind} facts={facts} />
      {facts.note ? (
        <>
          <Paragraph>{calledOff(kind) ? 'What you planned to talk about:' : 'What you plan to talk about:'}</Paragraph>
          <Quote text={facts.note} />
        </>
      ) : null}
      {(facts.calendarAttached ?? withInvitation.includes(kind)) ? (
        <Paragraph>
          {calledOff(kind)
            ? 'The attached cancellation removes it from your calendar if you added it there.'
            : kind === 'rescheduled'
              ? 'Open the attached invitation to add it to your calendar; it replaces the old time.'
              : 'Open the attached invitation to add it to your calendar.'}
        </Paragraph>
      ) : null}
      {kind === 'proposed' ? <Paragraph>{`Please accept or decline on the site: ${other} is waiting for your answer.`}</Paragraph> : null}
      {reminder ? <Paragraph>{`If you can no longer make it, please move or cancel the meeting on the site, so ${other} knows.`}</Paragraph> : null}
      <ActionLink href={meetingLink(facts.meetingId)}>{actionText(kind)}</ActionLink>
      <Paragraph>{`To tell ${other} something, write to them on the site: neither of you sees the other’s email address.`}</Paragraph>
    </EmailLayout>
  )
}
