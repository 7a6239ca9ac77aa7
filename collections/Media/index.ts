import path from 'node:path'

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { anyone, hasRole, isStaffOfOwningOrganization, ownOrganizationListFilter, staffOrganizationOf } from '@/access'
import { dataDirectory } from '@/lib/database'

/** Staff uploads belong to their organisation, so only its staff can replace or remove them. */
const assignUploaderOrganization: CollectionBeforeChangeHook = ({ data, operation, req: { user } }) => {
  if (operation !== 'create' || !user || hasRole(user, 'admin')) return data
  return { ...data, organization: staffOrganizationOf(user) }
}

/**
 * Organisation logos and other images staff upload, public to anyone. SVG is refused: it can carry
 * scripts. Members' profile photos are kept apart, in `profile-photos`, under their profile's visibility.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'organization', 'updatedAt'],
    group: 'Organisations',
    baseFilter: ownOrganizationListFilter('organization'),
  },
  access: {
    read: anyone,
    create: ({ req: { user } }) => hasRole(user, 'admin') || staffOrganizationOf(user) != null,
    update: isStaffOfOwningOrganization(),
    delete: isStaffOfOwningOrganization(),
  },
  upload: {
    // On this machine's disk, or under media/ in the bucket when S3_BUCKET is set (src/storage/).
    staticDir: process.env.MEDIA_DIR || path.join(dataDirectory, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp'],
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, fit: 'inside', withoutEnlargement: true },
      { name: 'card', width: 480, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: false,
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      access: { update: ({ req: { user } }) => hasRole(user, 'admin') },
      admin: { position: 'sidebar', description: 'Set from the uploader’s organisation.' },
    },
  ],
  hooks: { beforeChange: [assignUploaderOrganization] },
}
