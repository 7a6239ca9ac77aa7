import { ActionLink, EmailLayout, type EmailFooter, Greeting, InlineLink, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'

/**
 * What programme staff decided about a member: approved, declined, or removed. A refusal carries
 * the reason staff wrote and the programme's own contact address, so the member knows whom to ask.
 */
export type DecidedProgram = { name: string; slug: string; contactEmail?: string | null; organizationName?: string | null }
export type Decision = 'approved' | 'declined' | 'removed'

const programLink = (program: DecidedProgram) => `${siteURL()}/programs/${encodeURIComponent(program.slug)}`
const directoryLink = (program: DecidedProgram) => `${siteURL()}/mentors?program=${encodeURIComponent(program.slug)}`
const runBy = (program: DecidedProgram) => program.organizationName ?? `the ${siteName}`

const footerFor = (program: DecidedProgram): EmailFooter => ({
  because: `you asked to join ${program.name}, a mentoring programme run by ${runBy(program)} on the ${siteName}`,
  change: { text: 'Your programmes', path: '/account/programs' },
})

export function programDecisionSubject(decision: Decision, programName: string): string {
  if (decision === 'approved') return `You are in: ${programName}`
  if (decision === 'declined') return `About your request to join ${programName}`
  return `You are no longer a member of ${programName}`
}

/** Who to write to about a decision: the programme's address, or the site's contact page when it has none. */
function AskUs({ program }: { program: DecidedProgram }) {
  if (program.contactEmail) {
    return (
      <Paragraph>
        {`If you have a question about this, write to the programme’s team at `}
        <InlineLink href={`mailto:${program.contactEmail}`}>{program.contactEmail}</InlineLink>.
      </Paragraph>
    )
  }
  return (
    <Paragraph>
      {`If you have a question about this, reach the programme’s team through `}
      <InlineLink href={`${siteURL()}/contact`}>our contact page</InlineLink>.
    </Paragraph>
  )
}

export function programDecisionMessage({
  decision,
  program,
  memberName,
  side,
  reason,
}: {
  decision: Decision
  program: DecidedProgram
  memberName?: string | null
  side: 'mentor' | 'mentee'
  reason?: string | null
}) {
  if (decision === 'approved') {
    const next =
      side === 'mentee'
        ? `You can now find a mentor in the programme: the directory shows its mentors, and a request you send them counts within ${program.name}.`
        : `Mentees in the programme can now find you in its directory and send you requests; you will get an email for each one.`
    const opening = `${runBy(program)} approved you as a ${side} in ${program.name}. Welcome.`
    return (
      <EmailLayout preview={opening} footer={footerFor(program)}>
        <Greeting name={memberName} />
        <Paragraph>{opening}</Paragraph>
        {reason ? <Quote text={reason} /> : null}
        <Paragraph>{next}</Paragraph>
        <ActionLink href={directoryLink(program)}>{side === 'mentee' ? 'Find a mentor in the programme' : 'See the programme’s mentors'}</ActionLink>
        <Paragraph>
          {`The programme’s page has its agreements, dates and contact address: `}
          <InlineLink href={programLink(program)}>{program.name}</InlineLink>.
        </Paragraph>
      </EmailLayout>
    )
  }
  const opening =
    decision === 'declined'
      ? `${runBy(program)} did not approve your request to join ${program.name} as a ${side}. They gave this reason:`
      : `${runBy(program)} removed you from ${program.name}. They gave this reason:`
  const after =
    decision === 'declined'
      ? 'Nothing else on your account changes: your profile and your other programmes stay as they are.'
      : 'Your open requests in the programme are closed, and the people concerned are told kindly. Your account and your other programmes stay as they are.'
  return (
    <EmailLayout preview={opening} footer={footerFor(program)}>
      <Greeting name={memberName} />
      <Paragraph>{opening}</Paragraph>
      <Quote text={reason || 'No reason was given.'} />
      <Paragraph>{after}</Paragraph>
      <AskUs program={program} />
    </EmailLayout>
  )
}
