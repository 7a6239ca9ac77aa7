import type { CollectionAfterChangeHook, CollectionConfig, FieldHook } from 'payload'

import { isAdminOrStaffWithRole, isStaffOfOwningOrganization, ownOrganizationListFilter, publishedByActivePlanOrOwnStaff } from '@/access'
import { endOfDeadlineDay, opportunityKinds, workplaces } from '@/opportunities/options'
import { assignStaffOrganization, postingOrganizationField, requireActivePlanToPublish, revalidatePostingPages, validateLink } from '@/organizations/postings'

import type { Opportunity } from '../../payload-types'
import { slugField } from '../fields/slug'

const closeAtEndOfDay: FieldHook = ({ value }) => (value ? endOfDeadlineDay(value) : value)

/** Cached boards forget an opportunity at its deadline: a job runs then to refresh them. */
const queueClosing: CollectionAfterChangeHook<Opportunity> = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || !doc.deadline || doc.deadline === previousDoc?.deadline) return doc
  if (new Date(doc.deadline) <= new Date()) return doc
  await req.payload.jobs.queue({ task: 'close-opportunity', input: { opportunityId: String(doc.id) }, waitUntil: new Date(doc.deadline), req })
  return doc
}

const pages = revalidatePostingPages('/jobs')

/**
 * Jobs and internships posted by companies with an active partnership plan. The public board
 * shows published ones until their deadline passes; the company's staff manage their own.
 */
export const Opportunities: CollectionConfig = {
  slug: 'opportunities',
  labels: { singular: 'Job or internship', plural: 'Jobs and internships' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'deadline', 'organization', '_status'],
    group: 'Events, jobs and resources',
    baseFilter: ownOrganizationListFilter('organization'),
    description: 'Published jobs and internships appear on /jobs until their deadline, while your partnership plan is active.',
  },
  access: {
    read: publishedByActivePlanOrOwnStaff('organization', {
      publicAlso: (now) => [{ deadline: { greater_than: now.toISOString() } }],
    }),
    create: isAdminOrStaffWithRole('company-representative'),
    // Past versions include drafts: the organisation's staff and admins only.
    readVersions: isStaffOfOwningOrganization('version.organization'),
    update: isStaffOfOwningOrganization(),
    delete: isStaffOfOwningOrganization(),
  },
  defaultSort: 'deadline',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 140 },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'job',
          options: opportunityKinds.map(([value, label]) => ({ value, label })),
        },
        {
          name: 'workplace',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'on-site',
          options: workplaces.map(([value, label]) => ({ value, label })),
        },
      ],
    },
    {
      name: 'location',
      type: 'text',
      maxLength: 120,
      index: true,
      admin: { description: 'City and region, or the countries a remote role is open to.' },
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences for the jobs board.' },
    },
    { name: 'description', type: 'richText', required: true },
    {
      name: 'applyLink',
      label: 'Where to apply (link)',
      type: 'text',
      maxLength: 300,
      validate: validateLink,
    },
    {
      name: 'applyInstructions',
      label: 'How to apply',
      type: 'textarea',
      maxLength: 1000,
      validate: (value: unknown, { siblingData }: { siblingData: { applyLink?: unknown } }) =>
        Boolean(siblingData.applyLink) || Boolean(typeof value === 'string' && value.trim()) || 'Give a link to apply or say how to apply.',
    },
    {
      name: 'deadline',
      label: 'Application deadline',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' }, description: 'It leaves the board after this day (UTC).' },
      hooks: { beforeValidate: [closeAtEndOfDay] },
    },
    postingOrganizationField({ label: 'Company', kind: 'company', platformPosts: false }),
  ],
  hooks: {
    beforeChange: [assignStaffOrganization, requireActivePlanToPublish('post-jobs', { platformPosts: false })],
    afterChange: [pages.afterChange, queueClosing],
    afterDelete: [pages.afterDelete],
  },
  versions: {
    drafts: true,
  },
}
