import type { GlobalAfterReadHook, GlobalBeforeChangeHook, GlobalConfig } from 'payload'

import { hasRole, isAdmin } from '@/access'
import { defaultQuestionnaire } from '@/career-center-index/questionnaire'
import { questionnaireProblems, type IndexQuestionnaire as Questionnaire } from '@/career-center-index/scoring'
import { UserFacingError } from '@/lib/errors'

const refuseBrokenQuestionnaire: GlobalBeforeChangeHook = ({ data }) => {
  const problems = questionnaireProblems(data as Questionnaire)
  if (problems.length > 0) throw new UserFacingError(`The questionnaire cannot be saved: ${problems.join('; ')}.`)
  return data
}

/**
 * Until admins save their own, the questionnaire is the one shipped with the platform: the API
 * and GraphQL show it instead of an empty global whose required fields are null (GraphQL
 * answered that with an error).
 */
const showShippedQuestionnaireUntilSaved: GlobalAfterReadHook = ({ doc }) =>
  doc?.year && doc.factors?.length ? doc : { ...doc, ...structuredClone(defaultQuestionnaire) }

const keyField = {
  name: 'key',
  type: 'text',
  required: true,
  maxLength: 60,
  admin: { description: 'A stable identifier, kept from year to year so results can be compared.' },
} as const

/**
 * The Career Center Index self-assessment: factors, their questions and weights, for one year.
 * Assessments keep a copy of the questionnaire they were taken with, so editing it for a new
 * year never changes a submitted score.
 */
export const IndexQuestionnaire: GlobalConfig = {
  slug: 'index-questionnaire',
  label: 'Career Center Index questionnaire',
  admin: { group: 'Organisations' },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin') || hasRole(user, 'career-center-staff'),
    update: isAdmin,
  },
  fields: [
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, admin: { description: 'Centres take one assessment per year.' } },
    {
      name: 'factors',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Factor', plural: 'Factors' },
      fields: [
        keyField,
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        { name: 'weight', type: 'number', required: true, min: 0.1, defaultValue: 1 },
        {
          name: 'questions',
          type: 'array',
          minRows: 1,
          fields: [
            keyField,
            { name: 'text', type: 'textarea', required: true, maxLength: 400 },
            { name: 'weight', type: 'number', required: true, min: 0.1, defaultValue: 1 },
            {
              name: 'recommendation',
              type: 'textarea',
              required: true,
              maxLength: 600,
              admin: { description: 'Shown to centres that have not fully met this item.' },
            },
          ],
        },
      ],
    },
  ],
  hooks: { beforeChange: [refuseBrokenQuestionnaire], afterRead: [showShippedQuestionnaireUntilSaved] },
}
