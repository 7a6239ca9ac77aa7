import type { CollectionConfig } from 'payload'

import { isAdmin, publishedOrAdmin, publishedVersionsOrAdmin } from '@/access'
import { guideAudienceLabels, guideAudiences } from '@/lib/roles'

import { revalidateGuidePages } from './hooks/revalidateGuidePages'

/** What each role can expect and is expected to do, one guide per role. */
export const RoleGuides: CollectionConfig = {
  slug: 'role-guides',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'role', '_status', 'updatedAt'],
    group: 'Policies',
  },
  access: {
    read: publishedOrAdmin,
    readVersions: publishedVersionsOrAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      unique: true,
      index: true,
      options: guideAudiences.map((value) => ({ label: guideAudienceLabels[value], value })),
      admin: { description: 'The guide appears at /guides/<role>.' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'Shown on the home page and the list of guides.' },
    },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Lower numbers come first in lists.' },
    },
  ],
  hooks: {
    afterChange: [revalidateGuidePages],
  },
  versions: {
    drafts: true,
  },
}
