import path from 'node:path'

import type { CollectionConfig, ImageSize } from 'payload'

import { hasRole, identityVisibilities, isAdmin, isAdminField } from '@/access'
import { identityVisibilityLabels } from '@/access/visibility'
import { dataDirectory } from '@/lib/database'
import { megabytes } from '@/lib/pdf'
import { profilePhotoLimits, profilePhotoTypes } from '@/schemas/profile-photo'

import { isOwnerOrAdminField, visibleWithTheirProfile } from './access'
import { acceptOnlyPhotos } from './hooks/acceptOnlyPhotos'
import { cacheOnlyPrivately } from './hooks/cacheOnlyPrivately'

export const maxPhotoBytes = megabytes(profilePhotoLimits.megabytes)

/** Square crops, centred (or on the focal point an admin sets), as WebP; small images are enlarged so every size exists. */
const square = (name: string, side: number): ImageSize => ({
  name,
  width: side,
  height: side,
  fit: 'cover',
  position: 'centre',
  withoutEnlargement: false,
  formatOptions: { format: 'webp', options: { quality: 82 } },
})

/**
 * The photos Mentors and Connectors show on their directory profile: one per profile, uploaded
 * at /account/profile and written by the platform. Kept apart from `media` (organisation logos,
 * public to anyone) because a photo follows its profile's visibility and belongs to a member,
 * not an organisation (./access.ts). Stored on this machine's disk or in the bucket, like media.
 */
export const ProfilePhotos: CollectionConfig = {
  slug: 'profile-photos',
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'profile', 'updatedAt'],
    group: 'Directory',
    // Members manage theirs at /account/profile; in /admin only admins handle them.
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    read: visibleWithTheirProfile,
    // Members upload, replace and remove theirs at /account/profile (src/directory/photos.ts).
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  upload: {
    // On this machine's disk, or under profile-photos/ in the bucket when S3_BUCKET is set (src/storage/).
    staticDir: process.env.PROFILE_PHOTOS_DIR || path.join(dataDirectory, 'profile-photos'),
    mimeTypes: [...profilePhotoTypes],
    // Re-encoding the original keeps no EXIF data (a phone photo's GPS position among it).
    resizeOptions: { width: 1024, height: 1024, fit: 'inside', withoutEnlargement: true },
    imageSizes: [square('small', 96), square('medium', 256), square('large', 512)],
    adminThumbnail: 'small',
    focalPoint: true,
    crop: true,
    modifyResponseHeaders: cacheOnlyPrivately,
    // Never fetched from an address someone types in /admin.
    pasteURL: false,
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      maxLength: profilePhotoLimits.alt,
      admin: { description: 'What the photo shows, for people who cannot see it.' },
    },
    {
      name: 'visibility',
      label: 'Who sees this photo',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: identityVisibilities.map((value) => ({ value, label: identityVisibilityLabels[value] })),
      // The audience stays private like the profile's own visibility choices: a stranger learns nothing from it.
      access: { read: isOwnerOrAdminField, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Chosen by the member at /account/profile, from the same audiences as their pronouns.' },
    },
    {
      name: 'profile',
      type: 'relationship',
      relationTo: 'mentor-profiles',
      index: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: 'The directory profile this photo belongs to; it is shown exactly to those who see the profile.' },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: isOwnerOrAdminField, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  hooks: {
    beforeOperation: [acceptOnlyPhotos({ maxBytes: maxPhotoBytes })],
  },
}
