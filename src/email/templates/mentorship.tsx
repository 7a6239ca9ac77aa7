import type { ReactNode } from 'react'

import { ActionLink, EmailLayout, type EmailFooter, Greeting, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'
import { helpTopicLabel } from '@/mentorship/topics'

/**
 * Emails between the two sides of a mentorship request. They carry names and what was
 * written, never an email address: everything is answered on the site.
 */
type Request = {
  id: number | string
  helpWith: string
  message: string
  preferredTimes?: string | null
  createdAt?: string | null
  expiresAt?: string | null
}

/** Days the mentor has to answer: the platform's 14, or the time set by the programme the request was sent in. */
const replyDays = (request: Request) =>
  request.createdAt && request.expiresAt ? Math.max(1, Math.round((Date.parse(request.expiresAt) - Date.parse(request.createdAt)) / 86_400_000)) : 14
const days = (count: number) => (count === 1 ? '1 day' : `${count} days`)

const requestLink = (id: number | string) => `${siteURL()}/account/requests/${id}`

const forMentor: EmailFooter = {
  because: `you take mentorship requests on the ${siteName}`,
  change: { text: 'To stop new requests for a while, pause in your account', path: '/account#involvement' },
}
const forStudent: EmailFooter = {
  because: `you asked for mentoring on the ${siteName}`,
  change: { text: 'Your requests and conversations', path: '/account/requests' },
}
const forEither: EmailFooter = {
  because: `you are part of a mentorship on the ${siteName}`,
  change: { text: 'Your requests and conversations', path: '/account/requests' },
}

function RequestEmail({
  preview,
  footer,
  greeting,
  link,
  children,
}: {
  preview: string
  footer: EmailFooter
  greeting: string
  link: { href: string; text: string }
  children: ReactNode
}) {
  return (
    <EmailLayout preview={preview} footer={footer}>
      <Greeting name={greeting} />
      {children}
      <ActionLink href={link.href}>{link.text}</ActionLink>
      <Paragraph>Please answer on the site rather than by replying to this email: neither of you sees the other’s email address.</Paragraph>
    </EmailLayout>
  )
}

export const requestNoticeSubject = (studentName: string) => `${studentName} asked you for mentoring`

/** To the Mentor or Connector: the request in full, and where to answer it. */
export function requestNoticeMessage(request: Request, studentName: string, mentorName: string, programName?: string | null) {
  const topic = helpTopicLabel(request.helpWith).toLowerCase()
  return (
    <RequestEmail
      preview={`${studentName} would like your help with ${topic}.`}
      footer={forMentor}
      greeting={mentorName}
      link={{ href: requestLink(request.id), text: 'Answer the request' }}
    >
      <Paragraph>
        {`${studentName}, a Career Candidate, would like your help with `}
        <strong>{topic}</strong>
        {programName ? `, within ${programName}.` : '.'}
      </Paragraph>
      <Quote text={request.message} />
      {request.preferredTimes ? (
        <>
          <Paragraph>Times that suit them:</Paragraph>
          <Quote text={request.preferredTimes} />
        </>
      ) : null}
      <Paragraph>{`You can accept, decline or ask for more information. Requests without an answer expire after ${days(replyDays(request))}.`}</Paragraph>
    </RequestEmail>
  )
}

export const requestConfirmationSubject = (mentorName: string) => `Your request to ${mentorName} is sent`

export function requestConfirmationMessage(request: Request, studentName: string, mentorName: string, programName?: string | null) {
  return (
    <RequestEmail
      preview={`We will email you when ${mentorName} answers.`}
      footer={forStudent}
      greeting={studentName}
      link={{ href: requestLink(request.id), text: 'See your request' }}
    >
      <Paragraph>
        {`Your request to ${mentorName}${programName ? ` within ${programName}` : ''} is sent. We will email you when they answer; if they have not answered within ${days(replyDays(request))} the request expires and you are free to ask someone else.`}
      </Paragraph>
      <Paragraph>What you wrote:</Paragraph>
      <Quote text={request.message} />
    </RequestEmail>
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
export function outcomeMessage(outcome: Outcome, request: Request, studentName: string, mentorName: string, note: string | null) {
  const opening =
    outcome === 'accepted'
      ? `Good news: ${mentorName} accepted your request. You can now write to each other on the site.`
      : outcome === 'more-info'
        ? `${mentorName} would like to know a little more before answering your request:`
        : `${mentorName} cannot take on your request this time. This says nothing about you: mentors decline when their time is short or another person could help you better. The directory has others who would be glad to hear from you.`
  return (
    <RequestEmail
      preview={opening}
      footer={forStudent}
      greeting={studentName}
      link={{ href: requestLink(request.id), text: outcome === 'declined' ? 'See your request' : 'Open the conversation' }}
    >
      <Paragraph>{opening}</Paragraph>
      {note ? <Quote text={note} /> : null}
    </RequestEmail>
  )
}

export const withdrawnSubject = (studentName: string) => `${studentName} withdrew their request`

export function withdrawnMessage(request: Request, studentName: string, mentorName: string) {
  const sentence = `${studentName} withdrew their request. There is nothing more you need to do.`
  return (
    <RequestEmail preview={sentence} footer={forMentor} greeting={mentorName} link={{ href: requestLink(request.id), text: 'See the request' }}>
      <Paragraph>{sentence}</Paragraph>
    </RequestEmail>
  )
}

export const reminderSubject = (studentName: string) => `Reminder: ${studentName} is waiting for your answer`

export function reminderMessage(request: Request, studentName: string, mentorName: string) {
  const topic = helpTopicLabel(request.helpWith).toLowerCase()
  const half = days(Math.ceil(replyDays(request) / 2))
  const since = days(Math.max(1, Math.floor(replyDays(request) / 2)))
  const ago = replyDays(request) === 14 ? 'A week ago' : `${since[0].toUpperCase()}${since.slice(1)} ago`
  return (
    <RequestEmail
      preview={`${studentName} is waiting for your answer; the request expires in ${half}.`}
      footer={forMentor}
      greeting={mentorName}
      link={{ href: requestLink(request.id), text: 'Answer the request' }}
    >
      <Paragraph>
        {`${ago} ${studentName} asked for your help with ${topic}. A short answer, even a no, helps them move on; the request expires in ${half}.`}
      </Paragraph>
      <Quote text={request.message} />
    </RequestEmail>
  )
}

export const expiredSubject = (otherName: string) => `Your request with ${otherName} expired`

export function expiredMessage(request: Request, name: string, otherName: string, toStudent: boolean) {
  const sentence = toStudent
    ? `${otherName} did not answer your request within ${days(replyDays(request))}, so it has expired. People get busy; the directory has other Mentors and Connectors you can ask.`
    : `The request from ${otherName} expired after ${days(replyDays(request))} without an answer. If you are too busy to take requests, you can pause your involvement from your account.`
  return (
    <RequestEmail
      preview={sentence}
      footer={toStudent ? forStudent : forMentor}
      greeting={name}
      link={toStudent ? { href: `${siteURL()}/mentors`, text: 'Find another mentor' } : { href: requestLink(request.id), text: 'See the request' }}
    >
      <Paragraph>{sentence}</Paragraph>
    </RequestEmail>
  )
}

export const closedByMentorSubject = (mentorName: string, reason: 'paused' | 'left') =>
  reason === 'paused' ? `${mentorName} is taking a break` : `${mentorName} is leaving the mentors group`

/** To students whose request or mentorship closes because the mentor paused or left. */
export function closedByMentorMessage(request: Request, studentName: string, mentorName: string, reason: 'paused' | 'left', wasActive: boolean) {
  const what = wasActive ? 'your mentorship' : 'your request'
  const why =
    reason === 'paused'
      ? `${mentorName} has paused their involvement for now, so ${what} is closed.`
      : `${mentorName} is leaving the mentors group, so ${what} is closed.`
  return (
    <RequestEmail preview={why} footer={forStudent} greeting={studentName} link={{ href: `${siteURL()}/mentors`, text: 'Find another mentor' }}>
      <Paragraph>
        {`${why} This is about their time, not about you.${wasActive ? ' Thank you for the time you spent together.' : ''} The directory has others who would be glad to help.`}
      </Paragraph>
    </RequestEmail>
  )
}

export const endedSubject = (otherName: string) => `${otherName} ended your mentorship`

export function endedMessage(request: Request, name: string, otherName: string) {
  const sentence = `${otherName} marked your mentorship as ended. The conversation stays on the site for you to read.`
  return (
    <RequestEmail preview={sentence} footer={forEither} greeting={name} link={{ href: requestLink(request.id), text: 'See the conversation' }}>
      <Paragraph>{sentence}</Paragraph>
    </RequestEmail>
  )
}

export const newMessageSubject = (authorName: string) => `New message from ${authorName}`

export function newMessageMessage(request: Request, recipientName: string, authorName: string, body: string) {
  return (
    <RequestEmail
      preview={`${authorName} wrote to you.`}
      footer={forEither}
      greeting={recipientName}
      link={{ href: requestLink(request.id), text: 'Reply on the site' }}
    >
      <Paragraph>{`${authorName} wrote:`}</Paragraph>
      <Quote text={body} />
    </RequestEmail>
  )
}
