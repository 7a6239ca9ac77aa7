import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, CollectionConfig, DateField, DefaultValue, PayloadRequest } from 'payload'

import {
  idOf,
  isAdminOrStaffWithRole,
  isStaffOfOwningOrganization,
  ownOrganizationListFilter,
  publishedByActivePlanOrOwnStaff,
  staffOrganizationOf,
} from '@/access'
import { eventAudiences, eventFormats } from '@/events/options'
import { assignStaffOrganization, postingOrganizationField, requireActivePlanToPublish, revalidatePostingPages, validateLink } from '@/organizations/postings'

import { siteTimeZone } from '@/lib/time-zone'

import { slugField } from '../fields/slug'

const needsPlace = (data: { format?: string } | undefined) => data?.format === 'in-person' || data?.format === 'hybrid'
const needsJoiningLink = (data: { format?: string } | undefined) => data?.format === 'online' || data?.format === 'hybrid'

// Read once at start: an unusable SITE_TIME_ZONE stops the server with the setting named.
const siteZone = siteTimeZone()

/** The host's time zone (its organisation's setting), else the site's. */
async function zoneOfHost(req: PayloadRequest, organization: unknown): Promise<string> {
  const id = idOf(organization as never)
  if (id == null) return siteZone
  const host = await req.payload.findByID({
    collection: 'organizations',
    id,
    select: { timeZone: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return host?.timeZone || siteZone
}

/** The zone a new event's form starts in: staff get their organisation's, admins the site's. */
const hostZoneForNewEvent: DefaultValue = ({ req, user }) => zoneOfHost(req, staffOrganizationOf(user))

/**
 * An event saved without a zone (through the API) starts in its host's, instead of failing with
 * "a timezone is required"; it ends in the zone it starts in unless its host says otherwise.
 */
const fillZones: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const startsAt_tz =
    data.startsAt_tz || originalDoc?.startsAt_tz || (await zoneOfHost(req, data.organization ?? originalDoc?.organization ?? staffOrganizationOf(req.user)))
  return { ...data, startsAt_tz, endsAt_tz: data.endsAt_tz || originalDoc?.endsAt_tz || startsAt_tz }
}

/**
 * A new event given a start zone and no end zone ends where it starts. Before the operation,
 * because the end zone's default (the host's) is filled in before any later hook runs.
 */
const endWhereItStarts: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'create') return args
  const data = (args as { data?: { startsAt_tz?: string; endsAt_tz?: string } }).data
  if (!data?.startsAt_tz || data.endsAt_tz) return args
  return { ...args, data: { ...data, endsAt_tz: data.startsAt_tz } }
}

/**
 * A date and time with its zone, in the host's zone from the start. The default is a function,
 * so it is never a column default (the schema stays the same whatever SITE_TIME_ZONE says); the
 * form keeps the typed time when staff pick another zone.
 */
const timeWithZone = (field: Omit<DateField, 'type' | 'timezone' | 'admin'>): DateField => ({
  ...field,
  type: 'date',
  timezone: { override: ({ baseField }) => ({ ...baseField, defaultValue: hostZoneForNewEvent }) },
  admin: {
    date: { pickerAppearance: 'dayAndTime' },
    components: { Field: '@/components/admin/WallClockDateTimeField#WallClockDateTimeField' },
  },
})

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
        timeWithZone({ name: 'startsAt', label: 'Starts', required: true, index: true }),
        timeWithZone({
          name: 'endsAt',
          label: 'Ends',
          required: true,
          index: true,
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: unknown } }) => {
            if (!value) return 'Enter when the event ends.'
            const start = siblingData.startsAt ? new Date(String(siblingData.startsAt)).getTime() : NaN
            return Number.isNaN(start) || new Date(String(value)).getTime() > start || 'The event must end after it starts.'
          },
        }),
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
    beforeOperation: [endWhereItStarts],
    beforeValidate: [fillZones],
    beforeChange: [assignStaffOrganization, requireActivePlanToPublish('post-events', { platformPosts: true })],
    afterChange: [pages.afterChange],
    afterDelete: [pages.afterDelete],
  },
  versions: {
    drafts: true,
  },
}
