import type { Access, CollectionConfig, Where } from 'payload'

import { hasRole } from '@/access'
import { isProgramStaffBy, programsStaffedBy } from '@/access/programs'
import { agreementAudiences, asOptions } from '@/programs/options'

import { startNextChangeSummaryEmpty } from '../Policies/hooks/startNextChangeSummaryEmpty'

const published: Where = { _status: { equals: 'published' } }

/** Published agreements are public, like the platform's policies; drafts are the programme staff's. */
const publishedOrProgramStaff: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const staffed = await programsStaffedBy(req)
  return staffed.length > 0 ? { or: [published, { program: { in: staffed } }] } : published
}

const publishedVersionsOrProgramStaff: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  const staffed = await programsStaffedBy(req)
  const publishedVersion: Where = { 'version._status': { equals: 'published' } }
  return staffed.length > 0 ? { or: [publishedVersion, { 'version.program': { in: staffed } }] } : publishedVersion
}

/**
 * A programme's own agreement (its code of conduct, the mentor's agreement, the mentee's
 * agreement), versioned exactly like the platform's policies: every publish is a numbered public
 * version, and a new version asks the programme's members on that side to accept it again.
 */
export const ProgramAgreements: CollectionConfig = {
  slug: 'program-agreements',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'program', 'appliesTo', 'versionNumber', '_status'],
    group: 'Programmes',
    description: 'What members of a programme agree to. Every publish becomes a numbered version; members on that side accept it again.',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'career-center-staff') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: publishedOrProgramStaff,
    readVersions: publishedVersionsOrProgramStaff,
    create: isProgramStaffBy('program'),
    update: isProgramStaffBy('program'),
    delete: isProgramStaffBy('program'),
  },
  defaultSort: 'title',
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true, admin: { position: 'sidebar' } },
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    {
      name: 'slug',
      type: 'text',
      index: true,
      maxLength: 80,
      admin: { position: 'sidebar', description: 'Its address under the programme’s page. Filled from the title when empty.' },
    },
    {
      name: 'appliesTo',
      label: 'Accepted by',
      type: 'select',
      required: true,
      defaultValue: 'everyone',
      options: asOptions(agreementAudiences),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', maxLength: 300 },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'changeSummary',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'What changed in this version, in plain words. Members who accept it again read this.' },
      hooks: { afterRead: [startNextChangeSummaryEmpty] },
    },
    {
      name: 'versionNumber',
      type: 'number',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: 'Counts up by one each time the agreement is published.' },
    },
    {
      name: 'publishedAt',
      label: 'Last updated',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  versions: {
    maxPerDoc: 0,
    drafts: true,
  },
}
