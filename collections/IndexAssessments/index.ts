import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin, isAdminField, isStaffOfOwningOrganization, ownOrganizationOption, staffOrganizationOf } from '@/access'

import { prepareAssessment } from './hooks/prepareAssessment'
import { publishIndexBadge } from './hooks/publishIndexBadge'
import { scoreAnswers } from './hooks/scoreAnswers'

const computed = { readOnly: true } as const
const setByServer = { create: isAdminField, update: isAdminField }

/**
 * A Career Center's answers to the Career Center Index, one per year. Confidential to that
 * centre's staff and admins. Staff take it on the public site (/account/index-assessment); the
 * score is computed on the server.
 */
export const IndexAssessments: CollectionConfig = {
  slug: 'index-assessments',
  admin: {
    useAsTitle: 'year',
    defaultColumns: ['organization', 'year', 'status', 'overall', 'submittedAt'],
    group: 'Organisations',
    description:
      'Take or continue this year’s self-assessment at /account/index-assessment on the public site. Results are visible only to your centre’s staff and platform admins.',
  },
  access: {
    read: isStaffOfOwningOrganization(),
    create: ({ req: { user } }) => hasRole(user, 'admin') || (hasRole(user, 'career-center-staff') && staffOrganizationOf(user) != null),
    update: isStaffOfOwningOrganization(),
    delete: isAdmin,
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'organization',
      label: 'Career Center',
      type: 'relationship',
      relationTo: 'organizations',
      required: true,
      index: true,
      access: { update: () => false },
      defaultValue: ({ user }: { user?: Parameters<typeof staffOrganizationOf>[0] }) => staffOrganizationOf(user) ?? undefined,
      filterOptions: ownOrganizationOption({ kind: { equals: 'career-center' } }),
    },
    { name: 'year', type: 'number', index: true, access: setByServer, admin: computed },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: [
        { label: 'In progress', value: 'draft' },
        { label: 'Submitted', value: 'submitted' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'overall', label: 'Overall rating (1–5)', type: 'number', access: setByServer, admin: computed },
    { name: 'submittedAt', type: 'date', access: setByServer, admin: { ...computed, position: 'sidebar' } },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', access: setByServer, admin: { ...computed, position: 'sidebar' } },
    { name: 'answers', type: 'json', admin: { description: 'Question key → yes, partly or no. Answer on the public site.' } },
    { name: 'factorScores', label: 'Ratings per factor', type: 'json', access: setByServer, admin: computed },
    { name: 'recommendations', type: 'json', access: setByServer, admin: computed },
    {
      name: 'questionnaire',
      type: 'json',
      access: setByServer,
      admin: { ...computed, description: 'The questionnaire as it was when this assessment started.' },
    },
  ],
  hooks: {
    beforeChange: [prepareAssessment, scoreAnswers],
    afterChange: [publishIndexBadge],
  },
}
