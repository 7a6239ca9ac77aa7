import { ActionLink, EmailLayout, type EmailFooter, Greeting, Paragraph, siteName } from '@/email/layout'
import { programHealthPath } from '@/components/admin/program-health/paths'
import { siteURL } from '@/lib/site-url'

/**
 * Emails about a mentorship's shape: its agreement, check-ins, worries and closing feedback
 * (src/mentorship/shape.ts). Names only, never an email address, and never what the other
 * person answered: check-ins, worries and feedback are private to each side.
 */

type Id = number | string
const requestLink = (id: Id, anchor?: string) => `${siteURL()}/account/requests/${id}${anchor ? `#${anchor}` : ''}`

const forEither: EmailFooter = {
  because: `you are part of a mentorship on the ${siteName}`,
  change: { text: 'Your requests and conversations', path: '/account/requests' },
}

export const agreementChangedSubject = (otherName: string) => `${otherName} updated your mentorship agreement`

/** To the side whose confirmation a change cleared. */
export function agreementChangedMessage({ requestId, name, otherName }: { requestId: Id; name: string; otherName: string }) {
  const sentence = `${otherName} saved your mentorship agreement with a change. Have a look, and confirm it if it suits you, or change it yourself.`
  return (
    <EmailLayout preview={sentence} footer={forEither}>
      <Greeting name={name} />
      <Paragraph>{sentence}</Paragraph>
      <ActionLink href={requestLink(requestId, 'agreement')}>Read the agreement</ActionLink>
    </EmailLayout>
  )
}

export const checkInSubject = (otherName: string) => `How is it going with ${otherName}?`

/** To each side, every few weeks. */
export function checkInMessage({ requestId, name, otherName }: { requestId: Id; name: string; otherName: string }) {
  return (
    <EmailLayout preview={`A quick check-in about your mentorship with ${otherName}.`} footer={forEither}>
      <Greeting name={name} />
      <Paragraph>{`How is your mentorship with ${otherName} going? It takes a moment to answer.`}</Paragraph>
      <Paragraph>{`Your answer is private: ${otherName} never sees it. Only the people who run the mentoring read it, to help where they can.`}</Paragraph>
      <ActionLink href={requestLink(requestId, 'check-in')}>Answer the check-in</ActionLink>
    </EmailLayout>
  )
}

export const worryNoticeSubject = (programName: string | null) => (programName ? `A worry about a mentorship in ${programName}` : 'A worry about a mentorship')

/**
 * To the programme's staff, or the admins for a mentorship outside a programme. What was
 * written is read in the health view or the admin panel, not in an email that may be forwarded.
 */
export function worryNoticeMessage({ programName, programId, side }: { programName: string | null; programId: Id | null; side: 'student' | 'mentor' }) {
  const who = side === 'student' ? 'The mentee' : 'The mentor'
  const link =
    programId != null ? `${siteURL()}/admin${programHealthPath}/${programId}` : `${siteURL()}/admin/collections/mentorship-feedback?where[kind][equals]=worry`
  return (
    <EmailLayout
      preview={`${who} in a mentorship raised a worry.`}
      footer={{ because: programName ? `you run ${programName} on the ${siteName}` : `you are an admin of the ${siteName}` }}
    >
      <Paragraph>{`${who} in a mentorship${programName ? ` in ${programName}` : ''} said they are worried, and asked for your help.`}</Paragraph>
      <Paragraph>The other person in the mentorship has not been told. Please read what they wrote and get in touch with them.</Paragraph>
      <ActionLink href={link}>{programId != null ? 'Read it in the mentorships’ health' : 'Read it in the admin panel'}</ActionLink>
    </EmailLayout>
  )
}

export const worryAcknowledgementSubject = () => 'We have your message'

/** To the member who raised the worry. */
export function worryAcknowledgementMessage({ name, programName, requestId }: { name: string; programName: string | null; requestId: Id }) {
  const readers = programName ? `The staff of ${programName}` : `The ${siteName}’s admins`
  return (
    <EmailLayout preview={`${readers} have your message.`} footer={forEither}>
      <Greeting name={name} />
      <Paragraph>{`Thank you for telling us. ${readers} have what you wrote and will be in touch. The other person in your mentorship has not been told.`}</Paragraph>
      <Paragraph>If you feel unsafe, you can also report a conduct concern in confidence, or block the person, from the mentorship’s page.</Paragraph>
      <ActionLink href={requestLink(requestId)}>Open the mentorship</ActionLink>
    </EmailLayout>
  )
}

export const closingFeedbackSubject = () => 'How did your mentorship go?'

/** To each side, a day after the mentorship ended. */
export function closingFeedbackMessage({ requestId, name, otherName }: { requestId: Id; name: string; otherName: string }) {
  return (
    <EmailLayout preview={`Tell us how your mentorship with ${otherName} went.`} footer={forEither}>
      <Greeting name={name} />
      <Paragraph>{`Your mentorship with ${otherName} has ended. How did it go? A rating and a few words help the programme do better.`}</Paragraph>
      <Paragraph>{`Your feedback is private: ${otherName} never sees it. Only the people who run the mentoring and the platform’s admins read it.`}</Paragraph>
      <ActionLink href={requestLink(requestId, 'closing-feedback')}>Give your feedback</ActionLink>
    </EmailLayout>
  )
}
