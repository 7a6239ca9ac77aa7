import { ActionLink, EmailLayout, type EmailFooter, Greeting, Paragraph, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'

/**
 * The introductions of a programme's matching round (src/programs/matching-round.ts): the
 * programme's staff paired a mentee with a mentor, and the mentorship has begun. Each email names
 * the other person and never their address; they write to each other on the site.
 */
export type Introduction = {
  programName: string
  programSlug: string
  requestId: number | string
  menteeName: string
  mentorName: string
}

const conversationLink = (introduction: Introduction) => `${siteURL()}/account/requests/${introduction.requestId}`

const footerFor = (introduction: Introduction): EmailFooter => ({
  because: `you are a member of ${introduction.programName}, a mentoring programme on the ${siteName} whose staff pair mentees with mentors`,
  change: { text: 'Your requests and conversations', path: '/account/requests' },
})

/** The text the mentorship's request carries, shown on its page in place of a student's message. */
export const introductionRequestText = (programName: string) =>
  `The staff of ${programName} introduced you to each other. Start by saying hello and agreeing when to meet.`

export const menteeIntroductionSubject = (introduction: Introduction) => `Meet your mentor in ${introduction.programName}: ${introduction.mentorName}`

/** To the mentee, with the reasons in their own words (these may name their own wishes: the email is theirs). */
export function menteeIntroductionMessage(introduction: Introduction & { reasons: readonly string[] }) {
  const opening = `The staff of ${introduction.programName} paired you with ${introduction.mentorName}, who will be your mentor in the programme.`
  return (
    <EmailLayout preview={opening} footer={footerFor(introduction)}>
      <Greeting name={introduction.menteeName} />
      <Paragraph>{opening}</Paragraph>
      {introduction.reasons.length > 0 ? (
        <>
          <Paragraph>{`Why ${introduction.mentorName}:`}</Paragraph>
          {introduction.reasons.map((reason) => (
            <Paragraph key={reason}>{`• ${reason}`}</Paragraph>
          ))}
        </>
      ) : null}
      <Paragraph>{`Your mentorship has begun. Write to ${introduction.mentorName} to say hello and say what you hope to work on together.`}</Paragraph>
      <ActionLink href={conversationLink(introduction)}>{`Write to ${introduction.mentorName}`}</ActionLink>
      <Paragraph>Please write on the site rather than by replying to this email: neither of you sees the other’s email address.</Paragraph>
    </EmailLayout>
  )
}

export const mentorIntroductionSubject = (introduction: Introduction) => `Your new mentee in ${introduction.programName}: ${introduction.menteeName}`

/** To the mentor: who their new mentee is, and where to write. */
export function mentorIntroductionMessage(introduction: Introduction) {
  const opening = `The staff of ${introduction.programName} paired you with ${introduction.menteeName}, who will be your mentee in the programme.`
  return (
    <EmailLayout preview={opening} footer={footerFor(introduction)}>
      <Greeting name={introduction.mentorName} />
      <Paragraph>{opening}</Paragraph>
      <Paragraph>{`Your mentorship has begun and counts towards the mentees you take. ${introduction.menteeName} has been told too; a first message from you helps them begin.`}</Paragraph>
      <ActionLink href={conversationLink(introduction)}>{`Write to ${introduction.menteeName}`}</ActionLink>
      <Paragraph>Please write on the site rather than by replying to this email: neither of you sees the other’s email address.</Paragraph>
    </EmailLayout>
  )
}
