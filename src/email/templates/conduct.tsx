import { labelOf, reportCategories, reportSubjects } from '@/conduct/categories'
import { ActionLink, EmailLayout, Fact, Paragraph, Quote, siteName } from '@/email/layout'
import { siteURL } from '@/lib/site-url'

type Report = { id: number | string; subjectKind: string; subject: string; category: string; description: string }

export const reportNoticeSubject = (report: Report) => `New conduct report: ${labelOf(reportCategories, report.category)}`

/** To the admins. Who filed it is in the admin panel only, not in an email that may be forwarded. */
export function reportNoticeMessage(report: Report) {
  const link = `${siteURL()}/admin/collections/conduct-reports/${report.id}`
  const category = labelOf(reportCategories, report.category)
  return (
    <EmailLayout preview={`A conduct report was filed: ${category}.`} footer={{ because: `you are an admin of the ${siteName}` }}>
      <Paragraph>A conduct report was filed.</Paragraph>
      <Fact label="About">{`${labelOf(reportSubjects, report.subjectKind)}: ${report.subject}`}</Fact>
      <Fact label="Category">{category}</Fact>
      <Quote text={report.description} />
      <ActionLink href={link}>Triage the report</ActionLink>
      <Paragraph>Reports are confidential: the reported party is never told who reported them.</Paragraph>
    </EmailLayout>
  )
}

export const reportAcknowledgementSubject = () => 'We received your report'

/** To the reporter: confirmation, what happens next, and that it stays confidential. */
export function reportAcknowledgementMessage(report: Report, name: string | null) {
  return (
    <EmailLayout preview="Your report is with the platform’s admins." footer={{ because: `you filed a conduct report on the ${siteName}` }}>
      <Paragraph>{name ? `Hello ${name},` : 'Hello,'}</Paragraph>
      <Paragraph>
        Thank you for telling us. Your report is with the platform’s admins, who review every report, usually within two working days, and may write to you if
        they need to know more.
      </Paragraph>
      <Paragraph>Your report is confidential: the person or organisation you reported is not told who reported them.</Paragraph>
      <Paragraph>
        {`You reported: ${labelOf(reportSubjects, report.subjectKind).toLowerCase()} (${report.subject}), ${labelOf(reportCategories, report.category).toLowerCase()}.`}
      </Paragraph>
      <Paragraph>If someone is in immediate danger, please contact your local emergency services.</Paragraph>
    </EmailLayout>
  )
}
