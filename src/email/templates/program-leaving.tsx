import { ActionLink, EmailLayout, type EmailFooter, Greeting, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'

/**
 * Emails sent when someone leaves a programme, or programme staff remove them. They name the
 * person and the programme, never why staff removed someone (that reason is the member's alone),
 * and never an email address.
 */
type Program = { name: string; slug: string }

/** The directory filtered to the programme: where a mentee finds someone else in it. */
export const programDirectoryLink = (program: Program) => `${siteURL()}/mentors?program=${encodeURIComponent(program.slug)}`
const requestLink = (id: number | string) => `${siteURL()}/account/requests/${id}`

const forMentee = (program: Program): EmailFooter => ({
  because: `you are a mentee in ${program.name} on the ${siteName}`,
  change: { text: 'Your programmes', path: '/account/programs' },
})
const forMentor = (program: Program): EmailFooter => ({
  because: `you mentor in ${program.name} on the ${siteName}`,
  change: { text: 'Your programmes', path: '/account/programs' },
})

/** "X is leaving P" when they chose to; "X is no longer part of P" when staff removed them. */
const leavingWords = (name: string, program: Program, byStaff: boolean) =>
  byStaff ? `${name} is no longer part of ${program.name}` : `${name} is leaving ${program.name}`

export const mentorLeavingSubject = (mentorName: string, program: Program, byStaff: boolean) => leavingWords(mentorName, program, byStaff)

/**
 * To each active mentee of a mentor who leaves the programme, sent before their mentorship in it
 * ends, with the mentor's own note when they wrote one.
 */
export function mentorLeavingMessage(opts: { menteeName: string; mentorName: string; program: Program; note: string | null; byStaff: boolean }) {
  const { menteeName, mentorName, program, note, byStaff } = opts
  const opening = `${leavingWords(mentorName, program, byStaff)}, so your mentorship with them in the programme comes to an end.`
  return (
    <EmailLayout preview={opening} footer={forMentee(program)}>
      <Greeting name={menteeName} />
      <Paragraph>{opening}</Paragraph>
      {note ? (
        <>
          <Paragraph>{`${mentorName} asked us to pass this on:`}</Paragraph>
          <Quote text={note} />
        </>
      ) : null}
      <Paragraph>
        {`What happens next: you stay a member of ${program.name}, and your conversation stays on the site for you to read, under Your requests in your account. You can ask another mentor in the programme whenever you are ready.`}
      </Paragraph>
      <ActionLink href={programDirectoryLink(program)}>{`Find a mentor in ${program.name}`}</ActionLink>
    </EmailLayout>
  )
}

export const requestClosedSubject = (mentorName: string) => `Your request to ${mentorName} is closed`

/** To a student whose request, still waiting, closes because the mentor left the programme. */
export function requestClosedMessage(opts: { studentName: string; mentorName: string; program: Program; byStaff: boolean }) {
  const { studentName, mentorName, program, byStaff } = opts
  const opening = `${leavingWords(mentorName, program, byStaff)}, so your request to them is closed. This is about their plans, not about you.`
  return (
    <EmailLayout preview={opening} footer={forMentee(program)}>
      <Greeting name={studentName} />
      <Paragraph>{opening}</Paragraph>
      <Paragraph>{`Other mentors in ${program.name} would be glad to hear from you.`}</Paragraph>
      <ActionLink href={programDirectoryLink(program)}>{`Find a mentor in ${program.name}`}</ActionLink>
    </EmailLayout>
  )
}

export const menteeLeftSubject = (menteeName: string, program: Program, byStaff: boolean) =>
  byStaff ? `${menteeName} is no longer part of ${program.name}` : `${menteeName} has left ${program.name}`

/** To a mentor whose request or mentorship within the programme closes because the mentee left it. */
export function menteeLeftMessage(opts: {
  mentorName: string
  menteeName: string
  program: Program
  byStaff: boolean
  wasActive: boolean
  requestId: number | string
}) {
  const { mentorName, menteeName, program, byStaff, wasActive } = opts
  const who = byStaff ? `${menteeName} is no longer part of ${program.name}` : `${menteeName} has left ${program.name}`
  const sentence = wasActive
    ? `${who}, so your mentorship with them in the programme has ended, and its place is free again. Thank you for your time together.`
    : `${who}, so their request to you is withdrawn. There is nothing more you need to do.`
  return (
    <EmailLayout preview={sentence} footer={forMentor(program)}>
      <Greeting name={mentorName} />
      <Paragraph>{sentence}</Paragraph>
      <ActionLink href={requestLink(opts.requestId)}>See the request</ActionLink>
    </EmailLayout>
  )
}
