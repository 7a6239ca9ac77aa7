import { z } from 'zod'

import { reportCategories, reportSubjects } from '@/conduct/categories'

import { boundedText, oneOf, optionalEmailAddress } from './fields'

export const conductReportLimits = { subject: 300, description: { min: 20, max: 5000 }, reporterName: 100 } as const

/** A conduct report from /report. The name and address are read only from anonymous reporters. */
export const conductReportSchema = z.object({
  subjectKind: oneOf(reportSubjects, 'Choose what you are reporting.'),
  subject: boundedText({ max: conductReportLimits.subject, required: 'Name the person, organisation, event, job or message, or paste its link.' }),
  category: oneOf(reportCategories, 'Choose the kind of problem.'),
  description: boundedText({
    ...conductReportLimits.description,
    tooShort: 'Tell us what happened, in a few sentences (20 characters or more).',
    tooLong: (length) => `Keep it to 5,000 characters (it has ${length}).`,
  }),
})

export const anonymousReporterSchema = z.object({
  name: boundedText({ max: conductReportLimits.reporterName }).transform((value) => value || null),
  email: optionalEmailAddress('Enter an email address like name@example.org, or leave it empty to report anonymously.'),
})
