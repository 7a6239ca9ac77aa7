import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '@/access'
import { reportCategories, reportStatuses, reportSubjects } from '@/conduct/categories'
import { conductReportLimits } from '@/schemas/conduct-report'

const asFiled = ['subjectKind', 'subject', 'category', 'description', 'request', 'message', 'meeting', 'reporter', 'reporterName', 'reporterEmail']

/** Admins change only the triage fields: the report stays as it was filed. (The platform itself anonymises reporters who delete their account.) */
const keepReportAsFiled: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || !req.user) return data
  for (const field of asFiled) data[field] = originalDoc[field]
  return data
}

const options = (list: readonly (readonly [string, string])[]) => list.map(([value, label]) => ({ value, label }))
const submitted = { readOnly: true }

/**
 * Conduct reports, filed at /report. Confidential: admins alone read them, so the reported
 * party never learns of a report and the reporter's identity stays with the admins. Admins
 * triage here (status, assignee, due date, notes); the report itself is never edited.
 */
export const ConductReports: CollectionConfig = {
  slug: 'conduct-reports',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'category', 'status', 'assignee', 'dueDate', 'createdAt'],
    group: 'Contact',
    description: 'Confidential. Only admins can see reports; the reported party is never told who reported them.',
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'subjectKind', label: 'What is reported', type: 'select', required: true, options: options(reportSubjects), admin: submitted },
    { name: 'subject', label: 'Who or what', type: 'text', required: true, maxLength: conductReportLimits.subject, admin: submitted },
    { name: 'category', type: 'select', required: true, index: true, options: options(reportCategories), admin: submitted },
    { name: 'description', type: 'textarea', required: true, maxLength: conductReportLimits.description.max, admin: submitted },
    {
      name: 'request',
      label: 'Reported conversation',
      type: 'relationship',
      relationTo: 'mentorship-requests',
      index: true,
      admin: { ...submitted, description: 'Set when a message is reported from a conversation: its messages become readable to admins.' },
    },
    { name: 'message', label: 'Reported message', type: 'relationship', relationTo: 'request-messages', admin: submitted },
    {
      name: 'meeting',
      label: 'Reported meeting',
      type: 'relationship',
      relationTo: 'meetings',
      index: true,
      admin: { ...submitted, description: 'Set when a member reports what happened at a meeting: when it was and who was there.' },
    },
    {
      type: 'collapsible',
      label: 'Reporter (confidential)',
      fields: [
        { name: 'reporter', type: 'relationship', relationTo: 'users', admin: submitted },
        { name: 'reporterName', type: 'text', maxLength: conductReportLimits.reporterName, admin: submitted },
        {
          name: 'reporterEmail',
          type: 'email',
          admin: { ...submitted, description: 'For the acknowledgement and follow-up; empty when the report is anonymous.' },
        },
      ],
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'new', index: true, options: options(reportStatuses), admin: { position: 'sidebar' } },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: { roles: { in: ['admin'] } },
      admin: { position: 'sidebar' },
    },
    { name: 'dueDate', type: 'date', index: true, admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    { name: 'notes', label: 'Triage notes', type: 'textarea', maxLength: 10000, admin: { description: 'For admins only.' } },
  ],
  hooks: { beforeChange: [keepReportAsFiled] },
}
