import type { Access, CollectionConfig, Where } from 'payload'

import { hasRole } from '@/access'
import {
  isProgramStaffBy,
  mayCreateInStaffedProgram,
  refuseCreateOutsideStaffedProgram,
  nothingMatches,
  programsStaffedBy,
  publicProgramIds,
} from '@/access/programs'
import { asOptions } from '@/lib/select-options'
import { agreementAudiences } from '@/programs/options'

import { stampPublishedVersionOf } from '../Policies/hooks/stampPublishedVersion'
import { startNextChangeSummaryEmpty } from '../Policies/hooks/startNextChangeSummaryEmpty'
import { askMembersToAcceptNewVersion } from './hooks/askMembersToAcceptNewVersion'
import { fillAgreementSlug } from './hooks/fillAgreementSlug'
import { keepAgreementInItsProgram } from './hooks/keepAgreementInItsProgram'
import { keepSlugUniqueInProgram } from './hooks/keepSlugUniqueInProgram'
import { revalidateAgreementPages, revalidateDeletedAgreementPages } from './hooks/revalidateAgreementPages'

/**
 * Published agreements of public programmes (open or closed) are public, like the platform's
 * policies; a draft, and every agreement of a programme still in draft or archived, is the
 * programme staff's. `prefix` is 'version.' for the version history.
 */
const publishedInPublicProgramOrStaff =
  (prefix: '' | 'version.'): Access =>
  async ({ req }) => {
    if (hasRole(req.user, 'admin')) return true
    const [staffed, visible] = await Promise.all([programsStaffedBy(req), publicProgramIds(req)])
    const inVisible: Where = visible.length > 0 ? { [`${prefix}program`]: { in: visible } } : nothingMatches(`${prefix}program`)
    const published: Where = { and: [{ [`${prefix}_status`]: { equals: 'published' } }, inVisible] }
    return staffed.length > 0 ? { or: [published, { [`${prefix}program`]: { in: staffed } }] } : published
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
    read: publishedInPublicProgramOrStaff(''),
    readVersions: publishedInPublicProgramOrStaff('version.'),
    create: mayCreateInStaffedProgram,
    update: isProgramStaffBy('program'),
    delete: isProgramStaffBy('program'),
  },
  defaultSort: 'title',
  fields: [
    {
      name: 'program',
      type: 'relationship',
      relationTo: 'programs',
      required: true,
      index: true,
      // keepAgreementInItsProgram refuses a move, with a reason (field access would drop it silently).
      admin: { position: 'sidebar', description: 'Fixed once saved: members accept an agreement in its programme.' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    {
      name: 'slug',
      type: 'text',
      index: true,
      maxLength: 80,
      admin: { position: 'sidebar', description: 'Its address under the programme’s page. Filled from the title when empty; unique within the programme.' },
      hooks: { beforeValidate: [fillAgreementSlug] },
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
  hooks: {
    beforeOperation: [refuseCreateOutsideStaffedProgram],
    beforeValidate: [keepAgreementInItsProgram],
    beforeChange: [keepSlugUniqueInProgram, stampPublishedVersionOf('program-agreements')],
    afterChange: [revalidateAgreementPages, askMembersToAcceptNewVersion],
    afterDelete: [revalidateDeletedAgreementPages],
  },
  versions: {
    // Every published version is kept: members accepted them, and the history is public.
    maxPerDoc: 0,
    drafts: true,
  },
}
