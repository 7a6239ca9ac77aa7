import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { hasRole, isAdminField } from '@/access'
import { dataDirectory } from '@/lib/database'
import { acceptOnlyPdf, megabytes } from '@/lib/pdf'
import { canChooseCompanies, isOwnerOrAdminField, resumeReaders, resumeReleases } from '@/resumes/access'

import { forgetDownloads } from './hooks/forgetDownloads'
import { giveStoredFileAnAnonymousName } from './hooks/giveStoredFileAnAnonymousName'
import { nameDownloadedFile } from './hooks/nameDownloadedFile'
import { downloadHeaders, recordDownload } from './hooks/recordDownload'
import { setOwner } from './hooks/setOwner'

export const maxResumeBytes = megabytes(5)

/**
 * One PDF résumé per Career Candidate, stored outside public/ (or in the bucket, src/storage/) and
 * served only through Payload's access-checked file route. Its owner decides who may download
 * it; companies with an active partnership plan see the ones released to them, with nothing that
 * names the student beyond the document itself. Every download by someone else is recorded for
 * the owner to see.
 */
export const Resumes: CollectionConfig = {
  slug: 'resumes',
  labels: { singular: 'Résumé', plural: 'Résumés' },
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'updatedAt'],
    group: 'Career Candidates',
    description: 'Résumés students released to your company. Each download is recorded and shown to the student.',
    // Students manage theirs at /account/resume; in /admin only admins and companies have any to see.
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: resumeReaders,
    create: ({ req: { user } }) => hasRole(user, 'career-candidate'),
    update: ({ req: { user } }) => (user?.id ? { owner: { equals: user.id } } : false),
    delete: ({ req: { user } }) => (hasRole(user, 'admin') ? true : user?.id ? { owner: { equals: user.id } } : false),
  },
  upload: {
    // On this machine's disk, or under resumes/ in the bucket when S3_BUCKET is set (src/storage/).
    staticDir: process.env.RESUMES_DIR || path.join(dataDirectory, 'resumes'),
    mimeTypes: ['application/pdf'],
    displayPreview: false,
    handlers: [recordDownload, nameDownloadedFile],
    modifyResponseHeaders: downloadHeaders,
  },
  fields: [
    {
      name: 'download',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/ResumeDownloadButton#ResumeDownloadButton' } },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      access: { read: isOwnerOrAdminField, create: isAdminField, update: () => false },
      admin: { readOnly: true, description: 'The Career Candidate this belongs to. Never shown to companies.' },
    },
    {
      name: 'headline',
      type: 'text',
      required: true,
      maxLength: 120,
      admin: { description: 'What companies see in their list, for example “Data science student, graduating 2027”.' },
    },
    {
      name: 'release',
      label: 'Who may download it',
      type: 'select',
      required: true,
      defaultValue: 'nobody',
      options: resumeReleases.map(([value, label]) => ({ value, label })),
      access: { read: isOwnerOrAdminField },
    },
    {
      name: 'chosenCompanies',
      type: 'relationship',
      relationTo: 'organizations',
      hasMany: true,
      index: true,
      filterOptions: { kind: { equals: 'company' } },
      access: { read: isOwnerOrAdminField },
      validate: canChooseCompanies,
    },
  ],
  hooks: {
    beforeOperation: [acceptOnlyPdf({ maxBytes: maxResumeBytes, what: 'A résumé' }), giveStoredFileAnAnonymousName],
    beforeChange: [setOwner],
    beforeDelete: [forgetDownloads],
  },
}
