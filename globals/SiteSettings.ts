import type { GlobalConfig } from 'payload'

import { anyone, hasRole, isAdmin } from '@/access'

import { revalidateWholeSite } from './hooks/revalidateWholeSite'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  // Only admins change it; staff would find a card that leads nowhere. Access stays enforced by `access`.
  admin: { group: 'Site', hidden: ({ user }) => !hasRole(user, 'admin') },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'Pride Career Network', maxLength: 80 },
    {
      name: 'tagline',
      type: 'text',
      maxLength: 160,
      defaultValue: 'Mentors, connectors and inclusive employers for LGBTQ+ students.',
    },
    {
      name: 'contactEmail',
      type: 'email',
      admin: { description: 'The team’s public address. Contact form messages go here.' },
    },
    {
      name: 'lateCancellationHours',
      label: 'Late cancellation (hours)',
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 0,
      max: 168,
      admin: { description: 'Cancelling or moving a meeting with less notice than this counts against the person’s reliability record.' },
    },
  ],
  hooks: { afterChange: [revalidateWholeSite] },
}
