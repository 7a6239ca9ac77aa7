import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { isAdminOrStaffWithRole, isStaffOfOwningOrganization, ownOrganizationListFilter, publishedByActivePlanOrOwnStaff } from '@/access'
import { eventAudiences, eventFormats } from '@/events/options'
import { assignStaffOrganization, postingOrganizationField, requireActivePlanToPublish, revalidatePostingPages, validateLink } from '@/organizations/postings'

import { siteTimeZone } from '@/lib/time-zone'

import { slugField } from '../fields/slug'

const needsPlace = (data: { format?: string } | undefined) => data?.format === 'in-person' || data?.format === 'hybrid'
const needsJoiningLink = (data: { format?: string } | undefined) => data?.format === 'online' || data?.format === 'hybrid'

const defaultZone = siteTimeZone()

/**
 * A new event without a zone starts in the site's (SITE_TIME_ZONE), instead of failing with "a
 * timezone is required"; it ends in the zone it starts in unless its host says otherwise.
 */
const fillZones: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const startsAt_tz = data.startsAt_tz || originalDoc?.startsAt_tz || defaultZone
  return { ...data, startsAt_tz, endsAt_tz: data.endsAt_tz || originalDoc?.endsAt_tz || startsAt_tz }
}

const pages = revalidatePostingPages('/events')

/**
 * Events hosted by an organisation with an active plan, or by the platform itself. Published
 * events of active hosts are public; hosts' staff keep drafts and manage only their own.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'format', 'organization', '_status'],
    group: 'Events, jobs and resources',
    baseFilter: ownOrganizationListFilter('organization'),
    description: 'Published events appear on /events and in the calendar feeds while your plan is active.',
  },
  access: {
    read: publishedByActivePlanOrOwnStaff('organization', { platformPosts: true }),
    create: isAdminOrStaffWithRole('company-representative', 'career-center-staff'),
    // Past versions include drafts: the organisation's staff and admins only.
    readVersions: isStaffOfOwningOrganization('version.organization'),
    update: isStaffOfOwningOrganization(),
    delete: isStaffOfOwningOrganization(),
  },
  defaultSort: 'startsAt',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 140 },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences for the list of events.' },
    },
    { name: 'description', type: 'richText' },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: 'Starts',
          type: 'date',
          required: true,
          index: true,
          // Not required in the form: an event saved without a zone gets the site's (fillZones). A
          // default here would become a column default, and the schema would change with SITE_TIME_ZONE.
          timezone: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          label: 'Ends',
          type: 'date',
          required: true,
          index: true,
          // No default here: an end without a zone takes the start's (fillZones).
          timezone: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: unknown } }) => {
            if (!value) return 'Enter when the event ends.'
            const start = siblingData.startsAt ? new Date(String(siblingData.startsAt)).getTime() : NaN
            return Number.isNaN(start) || new Date(String(value)).getTime() > start || 'The event must end after it starts.'
          },
        },
      ],
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'online',
      options: eventFormats.map(([value, label]) => ({ value, label })),
    },
    {
      name: 'place',
      type: 'text',
      maxLength: 200,
      admin: { condition: needsPlace, description: 'Venue and address, as people should type it into a map.' },
      validate: (value: unknown, { siblingData }: { siblingData: { format?: string } }) =>
        !needsPlace(siblingData) || Boolean(typeof value === 'string' && value.trim()) || 'Enter where the event takes place.',
    },
    {
      name: 'joiningLink',
      type: 'text',
      maxLength: 300,
      admin: { condition: needsJoiningLink, description: 'The video call or stream address.' },
      validate: (value: unknown, { siblingData }: { siblingData: { format?: string } }) => {
        if (!needsJoiningLink(siblingData)) return validateLink(value)
        return value ? validateLink(value) : 'Enter the link people use to join online.'
      },
    },
    {
      name: 'registrationLink',
      type: 'text',
      maxLength: 300,
      validate: validateLink,
      admin: { description: 'Where people sign up, if they need to.' },
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['everyone'],
      options: eventAudiences.map(([value, label]) => ({ value, label })),
    },
    postingOrganizationField({ label: 'Host', platformPosts: true }),
  ],
  hooks: {
    beforeValidate: [fillZones],
    beforeChange: [assignStaffOrganization, requireActivePlanToPublish('post-events', { platformPosts: true })],
    afterChange: [pages.afterChange],
    afterDelete: [pages.afterDelete],
  },
  versions: {
    drafts: true,
  },
}
