import { labelOf, reportCategories, reportSubjects } from '@/conduct/categories'
import { siteURL } from '@/lib/site-url'

import { escapeHTML, paragraphs } from './escape'

type Report = { id: number | string; subjectKind: string; subject: string; category: string; description: string }

export const reportNoticeSubject = (report: Report) => `New conduct report: ${labelOf(reportCategories, report.category)}`

/** To the admins. Who filed it is in the admin panel only, not in an email that may be forwarded. */
export function reportNoticeHTML(report: Report): string {
  const link = `${siteURL()}/admin/collections/conduct-reports/${report.id}`
  return [
    '<p>A conduct report was filed.</p>',
    `<p><strong>About:</strong> ${escapeHTML(labelOf(reportSubjects, report.subjectKind))}: ${escapeHTML(report.subject)}<br>`,
    `<strong>Category:</strong> ${escapeHTML(labelOf(reportCategories, report.category))}</p>`,
    paragraphs(report.description),
    `<p><a href="${link}">Triage the report</a></p>`,
    '<p>Reports are confidential: the reported party is never told who reported them.</p>',
  ].join('\n')
}

export const reportAcknowledgementSubject = () => 'We received your report'

/** To the reporter: confirmation, what happens next, and that it stays confidential. */
export function reportAcknowledgementHTML(report: Report, name: string | null): string {
  return [
    `<p>Hello${name ? ` ${escapeHTML(name)}` : ''},</p>`,
    '<p>Thank you for telling us. Your report is with the platform’s admins, who review every report, usually within two working days, and may write to you if they need to know more.</p>',
    '<p>Your report is confidential: the person or organisation you reported is not told who reported them.</p>',
    `<p>You reported: ${escapeHTML(labelOf(reportSubjects, report.subjectKind).toLowerCase())} (${escapeHTML(report.subject)}), ${escapeHTML(labelOf(reportCategories, report.category).toLowerCase())}.</p>`,
    '<p>If someone is in immediate danger, please contact your local emergency services.</p>',
  ].join('\n')
}
