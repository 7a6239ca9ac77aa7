import { beforeAll, describe, expect, it } from 'vitest'

import { renderEmail } from '@/email/render'
import { meetingMessage, meetingSubject, type MeetingEmailFacts, type MeetingEmailKind } from '@/email/templates/meetings'

/*
 * A student books a meeting with a Mentor or Connector (or answers a time the mentor proposed),
 * and each of them hears about it, and about every change, by email. Each email must say who, when,
 * for how long and how they meet, in the recipient's own words and time, and lead to the meeting
 * on the site. The templates are rendered exactly as the outbox sends them (HTML and its text part).
 */

const site = 'http://platform.example.test'
const meetingURL = `${site}/account/meetings#meeting-42`
const when = 'Tue 3 Mar, 14:30 (your time) · 09:30 in New York'

const toMentor: MeetingEmailFacts = {
  meetingId: 42,
  recipientName: 'Alex',
  otherName: 'Sam',
  recipientRole: 'mentor',
  when,
  lengthMinutes: 45,
  where: { kind: 'video', detail: 'https://meet.example.org/room' },
  note: 'Résumé review\nand the interview on Friday',
}
const toStudent: MeetingEmailFacts = { ...toMentor, recipientName: 'Sam', otherName: 'Alex', recipientRole: 'student' }

type Case = {
  kind: MeetingEmailKind
  facts: MeetingEmailFacts
  /** What happened, as the recipient reads it first. */
  sentence: string
  action: string
  invitation: boolean
}

const cases: Case[] = [
  { kind: 'booked', facts: toMentor, sentence: 'Sam booked a meeting with you.', action: 'See or change the meeting', invitation: true },
  { kind: 'booked', facts: toStudent, sentence: 'Your meeting with Alex is booked.', action: 'See or change the meeting', invitation: true },
  { kind: 'proposed', facts: toStudent, sentence: 'Alex proposed a time to meet.', action: 'Accept or decline the time', invitation: false },
  { kind: 'confirmed', facts: toMentor, sentence: 'Sam accepted the time you proposed', action: 'See or change the meeting', invitation: true },
  {
    kind: 'declined',
    facts: { ...toMentor, changeNote: 'I have an exam that week.' },
    sentence: 'Sam declined the time you proposed.',
    action: 'See the meeting',
    invitation: false,
  },
  {
    kind: 'rescheduled',
    facts: { ...toStudent, previousWhen: 'Mon 2 Mar, 10:00 (your time) · 05:00 in New York', changeNote: 'A work call moved.' },
    sentence: 'Alex moved your meeting to a new time.',
    action: 'See or change the meeting',
    invitation: true,
  },
  {
    kind: 'cancelled',
    facts: { ...toStudent, changeNote: 'I am unwell, sorry.' },
    sentence: 'Alex cancelled your meeting.',
    action: 'See the meeting',
    invitation: false,
  },
  { kind: 'reminder-24h', facts: toStudent, sentence: 'your meeting with Alex is coming up', action: 'See or change the meeting', invitation: false },
  { kind: 'reminder-1h', facts: toMentor, sentence: 'Your meeting with Sam starts soon.', action: 'See or change the meeting', invitation: false },
]

const render = (kind: MeetingEmailKind, facts: MeetingEmailFacts) => renderEmail(meetingMessage(kind, facts))

beforeAll(() => {
  process.env.SERVER_URL = site
})

describe('meeting emails', () => {
  describe.each(cases)('$kind, to the $facts.recipientRole', ({ kind, facts, sentence, action, invitation }) => {
    it('names the other person and the time in the subject', () => {
      const subject = meetingSubject(kind, facts)
      expect(subject).toContain(facts.otherName)
      expect(subject).toContain('Tue 3 Mar, 14:30')
    })

    it('says what happened, when, for how long and how, and leads to the meeting on the site', async () => {
      const { html, text } = await render(kind, facts)
      expect(text).toContain(`Hello ${facts.recipientName},`)
      expect(text).toContain(sentence)
      expect(text).toContain(when)
      expect(text).toContain('45 minutes')
      expect(text).toContain('How: Video call')
      expect(text).toContain('Résumé review')
      expect(text).toContain(`${action} ${meetingURL}`)
      expect(html).toContain(`href="${meetingURL}"`)
      expect(text).toContain(`${site}/account/meetings`)
      expect(text).toContain(facts.recipientRole === 'mentor' ? 'because you take meetings' : 'because you book meetings')
    })

    it(invitation ? 'points to the attached calendar invitation' : 'mentions no invitation, as none is attached', async () => {
      const { text } = await render(kind, facts)
      expect(text.includes('Open the attached invitation to add it to your calendar')).toBe(invitation)
    })
  })

  it('shows a video meeting’s link as “Join the video call”', async () => {
    const { html, text } = await render('booked', toStudent)
    expect(html).toMatch(/<a[^>]+href="https:\/\/meet\.example\.org\/room"[^>]*>Join the video call<\/a>/)
    expect(text).toContain('Join the video call https://meet.example.org/room')
  })

  it('offers no way into the video room of a meeting that is off', async () => {
    for (const kind of ['cancelled', 'declined'] as const) {
      const { html } = await render(kind, toMentor)
      expect(html).not.toContain('https://meet.example.org/room')
    }
  })

  it('writes a video detail that is not a web address as text, not as a link', async () => {
    const { html, text } = await render('booked', { ...toStudent, where: { kind: 'video', detail: 'Alex sends the link in your conversation' } })
    expect(text).toContain('Details: Alex sends the link in your conversation')
    expect(html).not.toContain('Join the video call')
  })

  it('says where to meet in person', async () => {
    const { html, text } = await render('reminder-24h', { ...toStudent, where: { kind: 'place', detail: 'Café Lumen, 12 Harbour Street' } })
    expect(text).toContain('How: In person')
    expect(text).toContain('Where: Café Lumen, 12 Harbour Street')
    expect(html).toContain('Café Lumen, 12 Harbour Street')
  })

  it('says how a phone call happens', async () => {
    const { text } = await render('reminder-1h', { ...toMentor, where: { kind: 'phone', detail: 'Alex rings Sam' } })
    expect(text).toContain('How: Phone call')
    expect(text).toContain('Details: Alex rings Sam')
  })

  it('shows a moved meeting’s old and new time, and why it moved', async () => {
    const { text } = await render('rescheduled', {
      ...toStudent,
      previousWhen: 'Mon 2 Mar, 10:00 (your time) · 05:00 in New York',
      changeNote: 'A work call moved.',
    })
    expect(text).toContain(`New time: ${when}`)
    expect(text).toContain('Was: Mon 2 Mar, 10:00 (your time) · 05:00 in New York')
    expect(text).toContain('A work call moved.')
  })

  it('passes on the note given when a meeting is cancelled or a time declined', async () => {
    const cancelled = await render('cancelled', { ...toStudent, changeNote: 'I am unwell, sorry.' })
    expect(cancelled.text).toContain('Alex wrote:')
    expect(cancelled.text).toContain('I am unwell, sorry.')
    const declined = await render('declined', { ...toMentor, changeNote: 'I have an exam that week.' })
    expect(declined.text).toContain('Sam said why:')
    expect(declined.text).toContain('I have an exam that week.')
  })

  it('leaves out the agenda and the how-to detail when there are none', async () => {
    const { text } = await render('booked', { ...toMentor, note: null, where: { kind: 'phone', detail: null } })
    expect(text).not.toContain('talk about')
    expect(text).not.toContain('Details:')
    expect(text).toContain('How: Phone call')
  })

  it('escapes what members wrote in the HTML part', async () => {
    const { html, text } = await render('booked', { ...toMentor, note: '<b>bold</b> & plans' })
    expect(html).not.toContain('<b>bold</b>')
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; plans')
    expect(text).toContain('<b>bold</b> & plans')
  })
})

describe('a change seen by the person who made it, or by the platform', () => {
  it('tells the one who moved the meeting that they did, and the other person was told', async () => {
    const facts = { ...toStudent, byRecipient: true, calendarAttached: true, previousWhen: 'Mon 2 Mar, 10:00' }
    const [subject, { text }] = [meetingSubject('rescheduled', facts), await render('rescheduled', facts)]
    expect(subject).toBe(`You moved your meeting with Alex to ${toStudent.when.split(' · ')[0]}`)
    expect(text).toContain('Alex has been told.')
    expect(text).toContain('it replaces the old time')
  })

  it('says a cancellation the platform made without blaming the other person, with the reason and the calendar file', async () => {
    const facts = { ...toMentor, byPlatform: true, calendarAttached: true, changeNote: 'The mentorship was ended.' }
    const [subject, { text }] = [meetingSubject('cancelled', facts), await render('cancelled', facts)]
    expect(subject.startsWith('Your meeting with Sam is cancelled')).toBe(true)
    expect(text).not.toContain('Sam cancelled')
    expect(text).toContain('The mentorship was ended.')
    expect(text).toContain('The attached cancellation removes it from your calendar')
  })
})
