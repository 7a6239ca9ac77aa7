import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'

/** A new published version of a programme agreement, as the members asked to accept it read it. */
export type NewAgreementVersion = {
  programName: string
  programSlug: string
  agreementTitle: string
  versionNumber: number
  changeSummary?: string | null
}

/** Where a member of a programme reads and accepts what changed. */
export const reacceptancePath = (programSlug: string) => `/account/programs/${encodeURIComponent(programSlug)}/agreements`

export const newAgreementVersionSubject = ({ programName, agreementTitle }: NewAgreementVersion) =>
  `${programName}: please accept the new version of the ${agreementTitle}`

/**
 * To each current member of the programme on the side the agreement applies to. The change
 * summary is the programme staff's own words; the member reads the changes on the site.
 */
export function newAgreementVersionMessage(version: NewAgreementVersion, memberName: string | null | undefined) {
  const { programName, programSlug, agreementTitle, versionNumber, changeSummary } = version
  const sentence = `${programName} published version ${versionNumber} of its ${agreementTitle}. Please read what changed and accept it to keep taking part in the programme.`
  return (
    <EmailLayout
      preview={sentence}
      footer={{ because: `you are a member of ${programName} on the ${siteName}`, change: { text: 'Your programmes', path: '/account/programs' } }}
    >
      <Greeting name={memberName} />
      <Paragraph>{sentence}</Paragraph>
      {changeSummary ? (
        <>
          <Paragraph strong>What changed, in the programme’s words:</Paragraph>
          <Quote text={changeSummary} />
        </>
      ) : null}
      <ActionLink href={`${siteURL()}${reacceptancePath(programSlug)}`}>Read the changes and accept</ActionLink>
      <Paragraph>{`If you do not agree, you can leave ${programName} from your account. Your other programmes and your account stay as they are.`}</Paragraph>
    </EmailLayout>
  )
}
