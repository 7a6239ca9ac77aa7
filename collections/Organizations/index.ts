import type { CollectionConfig, FieldAccess } from 'payload'

import { anyone, isAdmin, isAdminField, isAdminOrOwnOrganization, isAdminOrStaffOfThisOrganization, ownOrganizationListFilter } from '@/access'
import { planStatuses, planSummary } from '@/organizations/plan'
import { eventTimeZones } from '@/lib/time-zone'

import { slugField } from '../fields/slug'
import { removeOrganizationRecords } from './hooks/removeOrganizationRecords'
import { revalidateDeletedOrganization, revalidateOrganizationPages } from './hooks/revalidateOrganizationPages'

const isCompany = (data: Partial<{ kind: string }> | undefined) => data?.kind === 'company'
const isCareerCenter = (data: Partial<{ kind: string }> | undefined) => data?.kind === 'career-center'

const websitePattern = /^https?:\/\/[^\s/$.?#].[^\s]*$/i
const validateWebsite = (value: unknown) => !value || (typeof value === 'string' && websitePattern.test(value)) || 'Enter a full address starting with https://'

/** The rating badge is public only once the Career Center chooses to show it. */
const badgeIsShownOrOwnStaff: FieldAccess = (args) => Boolean(args.doc?.showIndexBadge) || Boolean(isAdminOrStaffOfThisOrganization(args))

/**
 * Companies and campus Career Centers. Anyone reads the public profile; an organisation's own
 * staff edit it; only admins create organisations, change their kind or touch their plan.
 */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'location', 'updatedAt'],
    group: 'Organisations',
    baseFilter: ownOrganizationListFilter('id'),
    listSearchableFields: ['name', 'slug'],
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdminOrOwnOrganization,
    delete: isAdmin,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: 'Company', value: 'company' },
        { label: 'Career Center', value: 'career-center' },
      ],
      access: { create: isAdminField, update: isAdminField },
    },
    slugField('name'),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'summary', type: 'textarea', maxLength: 300, admin: { description: 'One or two sentences for the directory.' } },
    { name: 'description', type: 'richText' },
    { name: 'website', type: 'text', maxLength: 300, validate: validateWebsite },
    { name: 'location', type: 'text', maxLength: 120 },
    {
      name: 'timeZone',
      label: 'Time zone',
      type: 'select',
      options: eventTimeZones.map(({ label, value }) => ({ label, value })),
      admin: { description: 'New events you post start in this zone; each event can still pick another. Empty: the site’s zone.' },
    },
    {
      name: 'ergs',
      label: 'Employee resource groups',
      labels: { singular: 'Employee resource group', plural: 'Employee resource groups' },
      type: 'array',
      maxRows: 30,
      admin: { condition: isCompany, description: 'Affinity groups students can ask about.' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'description', type: 'textarea', maxLength: 600 },
      ],
    },
    {
      name: 'inclusion',
      label: 'Inclusion evidence',
      type: 'group',
      admin: { condition: isCompany },
      fields: [
        {
          name: 'nonDiscriminationPolicyUrl',
          label: 'Non-discrimination policy (link)',
          type: 'text',
          maxLength: 300,
          validate: validateWebsite,
        },
        { name: 'benefitsNotes', label: 'Benefits notes', type: 'textarea', maxLength: 1500 },
      ],
    },
    {
      type: 'row',
      admin: { condition: isCareerCenter },
      fields: [
        { name: 'institution', type: 'text', maxLength: 160 },
        { name: 'campus', type: 'text', maxLength: 120 },
      ],
    },
    {
      name: 'showIndexBadge',
      label: 'Show our Career Center Index rating on our public profile',
      type: 'checkbox',
      defaultValue: false,
      admin: { condition: isCareerCenter },
    },
    {
      name: 'indexBadge',
      label: 'Latest Career Center Index rating',
      type: 'group',
      access: { read: badgeIsShownOrOwnStaff, create: () => false, update: () => false },
      admin: {
        condition: isCareerCenter,
        readOnly: true,
        description: 'Set when your Career Center submits its self-assessment.',
      },
      fields: [
        { name: 'year', type: 'number' },
        { name: 'rating', type: 'number' },
      ],
    },
    {
      name: 'plan',
      label: 'Partnership plan or membership',
      type: 'group',
      access: { read: isAdminOrStaffOfThisOrganization, create: isAdminField, update: isAdminField },
      admin: {
        description: 'Recorded by platform admins when a payment is received; payments themselves happen outside the platform.',
      },
      fields: [
        {
          name: 'summary',
          type: 'text',
          virtual: true,
          admin: { readOnly: true },
          hooks: {
            afterRead: [({ data }) => (data?.kind ? planSummary({ name: data.name, kind: data.kind, plan: data.plan }) : undefined)],
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'tier',
              type: 'select',
              options: [
                { label: 'Community', value: 'community' },
                { label: 'Partner', value: 'partner' },
                { label: 'Champion', value: 'champion' },
              ],
            },
            {
              name: 'status',
              type: 'select',
              defaultValue: 'none',
              options: planStatuses.map((value) => ({ label: value === 'none' ? 'No plan' : value[0].toUpperCase() + value.slice(1), value })),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'startDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'renewalDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
        {
          name: 'notes',
          type: 'textarea',
          maxLength: 1000,
          access: { read: isAdminField },
          admin: { description: 'Admins only: invoices, contacts, agreements.' },
        },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateOrganizationPages],
    beforeDelete: [removeOrganizationRecords],
    afterDelete: [revalidateDeletedOrganization],
  },
}
