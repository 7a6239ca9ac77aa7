import { helpTopicLabel } from '@/mentorship/topics'
import { siteURL } from '@/lib/site-url'

import { escapeHTML, paragraphs } from './escape'

/**
 * Emails between the two sides of a mentorship request. They carry names and what was
 * written, never an email address: everything is answered on the site.
 */
type Request = { id: number | string; helpWith: string; message: string; preferredTimes?: string | null }

const requestLink = (id: number | string) => `${siteURL()}/account/requests/${id}`

function layout(greeting: string, body: string[], link: { href: string; text: string }): string {
  return [
    `<p>Hello ${escapeHTML(greeting)},</p>`,
    ...body,
    `<p><a href="${link.href}">${escapeHTML(link.text)}</a></p>`,
    `<p>Or paste this address into your browser: ${link.href}</p>`,
    '<p>Please answer on the site rather than by replying to this email: neither of you sees the other’s email address.</p>',
  ].join('\n')
}

const quoted = (text: string) => `<blockquote>${paragraphs(text)}</blockquote>`

export const requestNoticeSubject = (studentName: string) => `${studentName} asked you for mentoring`

/** To the Mentor or Connector: the request in full, and where to answer it. */
export function requestNoticeHTML(request: Request, studentName: string, mentorName: string): string {
  return layout(
    mentorName,
    [
      `<p>${escapeHTML(studentName)}, a Career Candidate, would like your help with <strong>${escapeHTML(helpTopicLabel(request.helpWith).toLowerCase())}</strong>.</p>`,
      quoted(request.message),
      request.preferredTimes ? `<p>Times that suit them:</p>${quoted(request.preferredTimes)}` : '',
      '<p>You can accept, decline or ask for more information. Requests without an answer expire after 14 days.</p>',
    ].filter(Boolean),
    { href: requestLink(request.id), text: 'Answer the request' },
  )
}

export const requestConfirmationSubject = (mentorName: string) => `Your request to ${mentorName} is sent`

export function requestConfirmationHTML(request: Request, studentName: string, mentorName: string): string {
  return layout(
    studentName,
    [
      `<p>Your request to ${escapeHTML(mentorName)} is sent. We will email you when they answer; if they have not answered within 14 days the request expires and you are free to ask someone else.</p>`,
      '<p>What you wrote:</p>',
      quoted(request.message),
    ],
    { href: requestLink(request.id), text: 'See your request' },
  )
}

export type Outcome = 'accepted' | 'declined' | 'more-info'

export const outcomeSubject = (outcome: Outcome, mentorName: string) =>
  outcome === 'accepted'
    ? `${mentorName} accepted your request`
    : outcome === 'more-info'
      ? `${mentorName} has a question about your request`
      : `${mentorName} answered your request`

/** To the student, when the mentor answers. */
export function outcomeHTML(outcome: Outcome, request: Request, studentName: string, mentorName: string, note: string | null): string {
  const opening =
    outcome === 'accepted'
      ? `<p>Good news: ${escapeHTML(mentorName)} accepted your request. You can now write to each other on the site.</p>`
      : outcome === 'more-info'
        ? `<p>${escapeHTML(mentorName)} would like to know a little more before answering your request:</p>`
        : `<p>${escapeHTML(mentorName)} cannot take on your request this time. This says nothing about you: mentors decline when their time is short or another person could help you better. The directory has others who would be glad to hear from you.</p>`
  return layout(studentName, [opening, note ? quoted(note) : ''].filter(Boolean), {
    href: requestLink(request.id),
    text: outcome === 'declined' ? 'See your request' : 'Open the conversation',
  })
}

export const withdrawnSubject = (studentName: string) => `${studentName} withdrew their request`

export function withdrawnHTML(request: Request, studentName: string, mentorName: string): string {
  return layout(mentorName, [`<p>${escapeHTML(studentName)} withdrew their request. There is nothing more you need to do.</p>`], {
    href: requestLink(request.id),
    text: 'See the request',
  })
}

export const reminderSubject = (studentName: string) => `Reminder: ${studentName} is waiting for your answer`

export function reminderHTML(request: Request, studentName: string, mentorName: string): string {
  return layout(
    mentorName,
    [
      `<p>A week ago ${escapeHTML(studentName)} asked for your help with ${escapeHTML(helpTopicLabel(request.helpWith).toLowerCase())}. A short answer, even a no, helps them move on; the request expires in 7 days.</p>`,
      quoted(request.message),
    ],
    { href: requestLink(request.id), text: 'Answer the request' },
  )
}

export const expiredSubject = (otherName: string) => `Your request with ${otherName} expired`

export function expiredHTML(request: Request, name: string, otherName: string, forStudent: boolean): string {
  return layout(
    name,
    [
      forStudent
        ? `<p>${escapeHTML(otherName)} did not answer your request within 14 days, so it has expired. People get busy; the directory has other Mentors and Connectors you can ask.</p>`
        : `<p>The request from ${escapeHTML(otherName)} expired after 14 days without an answer. If you are too busy to take requests, you can pause your involvement from your account.</p>`,
    ],
    { href: forStudent ? `${siteURL()}/mentors` : requestLink(request.id), text: forStudent ? 'Find another mentor' : 'See the request' },
  )
}

export const closedByMentorSubject = (mentorName: string, reason: 'paused' | 'left') =>
  reason === 'paused' ? `${mentorName} is taking a break` : `${mentorName} is leaving the mentors group`

/** To students whose request or mentorship closes because the mentor paused or left. */
export function closedByMentorHTML(request: Request, studentName: string, mentorName: string, reason: 'paused' | 'left', wasActive: boolean): string {
  const what = wasActive ? 'your mentorship' : 'your request'
  const why =
    reason === 'paused'
      ? `${escapeHTML(mentorName)} has paused their involvement for now, so ${what} is closed.`
      : `${escapeHTML(mentorName)} is leaving the mentors group, so ${what} is closed.`
  return layout(
    studentName,
    [
      `<p>${why} This is about their time, not about you.${wasActive ? ' Thank you for the time you spent together.' : ''} The directory has others who would be glad to help.</p>`,
    ],
    { href: `${siteURL()}/mentors`, text: 'Find another mentor' },
  )
}

export const endedSubject = (otherName: string) => `${otherName} ended your mentorship`

export function endedHTML(request: Request, name: string, otherName: string): string {
  return layout(name, [`<p>${escapeHTML(otherName)} marked your mentorship as ended. The conversation stays on the site for you to read.</p>`], {
    href: requestLink(request.id),
    text: 'See the conversation',
  })
}

export const newMessageSubject = (authorName: string) => `New message from ${authorName}`

export function newMessageHTML(request: Request, recipientName: string, authorName: string, body: string): string {
  return layout(recipientName, [`<p>${escapeHTML(authorName)} wrote:</p>`, quoted(body)], { href: requestLink(request.id), text: 'Reply on the site' })
}
