import type { CollectionConfig } from 'payload'

import { hasRole, isAdmin, isAdminField, publishedOrAdmin, publishedVersionsOrAdmin } from '@/access'
import { roleOptions } from '@/lib/roles'

import { slugField } from '../fields/slug'
import { revalidatePolicyPages, revalidateDeletedPolicyPages } from './hooks/revalidatePolicyPages'
import { stampPublishedVersion } from './hooks/stampPublishedVersion'
import { startNextChangeSummaryEmpty } from './hooks/startNextChangeSummaryEmpty'
import { summarizeAcceptances } from './hooks/summarizeAcceptances'

export const Policies: CollectionConfig = {
  slug: 'policies',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'versionNumber', 'publishedAt', '_status'],
    group: 'Policies',
    description: 'The platform’s policies. Every publish becomes a numbered public version; members see what changed.',
    // Only admins use it; staff would find a card and a menu entry that leads nowhere. Access stays enforced by `access`.
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    read: publishedOrAdmin,
    readVersions: publishedVersionsOrAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: 'title',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 300,
      admin: { description: 'One or two sentences shown in the list of policies.' },
    },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'changeSummary',
      type: 'textarea',
      maxLength: 500,
      admin: { description: 'What changed in this version, in plain words. Shown in the version history.' },
      hooks: { afterRead: [startNextChangeSummaryEmpty] },
    },
    {
      name: 'requiredFor',
      label: 'Must be accepted by',
      type: 'select',
      hasMany: true,
      options: roleOptions,
      admin: { position: 'sidebar' },
    },
    {
      name: 'versionNumber',
      type: 'number',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: 'Counts up by one each time the policy is published.' },
    },
    {
      name: 'acceptances',
      type: 'textarea',
      virtual: true,
      access: { read: isAdminField, create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'How many members accepted each version. Anonymous records of deleted accounts count too.',
      },
      hooks: { afterRead: [summarizeAcceptances] },
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
    beforeChange: [stampPublishedVersion],
    afterChange: [revalidatePolicyPages],
    afterDelete: [revalidateDeletedPolicyPages],
  },
  versions: {
    // Every published version is kept: the history is part of the public record.
    maxPerDoc: 0,
    drafts: { schedulePublish: true },
  },
}
