import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { isAdminOrStaffWithRole, isStaffOfOwningOrganization, ownOrganizationListFilter, publishedByActivePlanOrOwnStaff } from '@/access'
import { dataDirectory } from '@/lib/database'
import { acceptOnlyPdf, megabytes } from '@/lib/pdf'
import { assignStaffOrganization, postingOrganizationField, requireActivePlanToPublish, revalidatePostingPages, validateLink } from '@/organizations/postings'
import { resourceAudiences, resourceCategories } from '@/resources/options'

import { slugField } from '../fields/slug'

const pages = revalidatePostingPages('/resources')

/**
 * Guides, templates and links from Career Centers with an active membership (and the platform).
 * A resource may carry one PDF; its file is public exactly when the resource is.
 */
export const Resources: CollectionConfig = {
  slug: 'resources',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'organization', '_status', 'updatedAt'],
    group: 'Events, jobs and resources',
    baseFilter: ownOrganizationListFilter('organization'),
    description: 'Published resources appear on /resources while your membership is active. Attach a PDF, give a link, or both.',
  },
  access: {
    read: publishedByActivePlanOrOwnStaff('organization', { platformPosts: true }),
    create: isAdminOrStaffWithRole('career-center-staff'),
    // Past versions include drafts: the organisation's staff and admins only.
    readVersions: isStaffOfOwningOrganization('version.organization'),
    update: isStaffOfOwningOrganization(),
    delete: isStaffOfOwningOrganization(),
  },
  defaultSort: 'title',
  upload: {
    // On this machine's disk, or under resources/ in the bucket when S3_BUCKET is set (src/storage/).
    staticDir: process.env.RESOURCE_FILES_DIR || path.join(dataDirectory, 'resources'),
    mimeTypes: ['application/pdf'],
    filesRequiredOnCreate: false,
    displayPreview: false,
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 140 },
    slugField('title'),
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      options: resourceCategories.map(([value, label]) => ({ value, label })),
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      admin: { description: 'One or two sentences for the list of resources.' },
    },
    { name: 'body', type: 'richText' },
    {
      name: 'link',
      type: 'text',
      maxLength: 300,
      validate: validateLink,
      admin: { description: 'A page elsewhere, if the resource lives there.' },
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      required: true,
      index: true,
      defaultValue: ['career-candidates'],
      options: resourceAudiences.map(([value, label]) => ({ value, label })),
    },
    postingOrganizationField({ label: 'Career Center', kind: 'career-center', platformPosts: true }),
  ],
  hooks: {
    beforeOperation: [acceptOnlyPdf({ maxBytes: megabytes(10), what: 'A resource file' })],
    beforeChange: [assignStaffOrganization, requireActivePlanToPublish('host-resources', { platformPosts: true })],
    afterChange: [pages.afterChange],
    afterDelete: [pages.afterDelete],
  },
  versions: {
    drafts: true,
  },
}
