import type { CollectionConfig, Where } from 'payload'

import { hasRole, isAdminField, staffOrganizationOf } from '@/access'

/**
 * Who downloaded which résumé, and when: written only by the résumé file route. The student sees
 * the companies that downloaded theirs; a company sees its own downloads; admins see all.
 */
export const ResumeDownloads: CollectionConfig = {
  slug: 'resume-downloads',
  labels: { singular: 'Résumé download', plural: 'Résumé downloads' },
  admin: {
    defaultColumns: ['resume', 'organization', 'createdAt'],
    group: 'Career Candidates',
    hidden: ({ user }) => !hasRole(user, 'admin') && !hasRole(user, 'company-representative'),
  },
  access: {
    read: ({ req: { user } }): boolean | Where => {
      if (!user?.id) return false
      if (hasRole(user, 'admin')) return true
      const organization = staffOrganizationOf(user)
      return organization == null ? { student: { equals: user.id } } : { organization: { equals: organization } }
    },
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'resume', type: 'relationship', relationTo: 'resumes', required: true, index: true },
    {
      name: 'student',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { read: isAdminField },
      admin: { description: 'The résumé’s owner, for their own list of downloads.' },
    },
    {
      name: 'organization',
      label: 'Company',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      admin: { description: 'Empty when a platform admin downloaded it.' },
    },
    {
      name: 'companyName',
      type: 'text',
      admin: { description: 'The company’s name at the time, kept if the company is later removed.' },
    },
    {
      name: 'downloadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: isAdminField },
      admin: { description: 'Empty once that account is deleted; the company stays on record.' },
    },
  ],
}
