import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access'

import { slugField } from './slug'

/**
 * A short list admins keep (industries, skills): profiles pick from it, the directory filters
 * by it, and a new entry is added in /admin rather than typed differently on each profile.
 */
export function managedList(slug: string, labels: { singular: string; plural: string }, description: string): CollectionConfig {
  return {
    slug,
    labels,
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'updatedAt'],
      group: 'Directory',
      description,
    },
    access: {
      read: anyone,
      create: isAdmin,
      update: isAdmin,
      delete: isAdmin,
    },
    defaultSort: 'name',
    fields: [{ name: 'name', type: 'text', required: true, unique: true, maxLength: 80 }, slugField('name')],
  }
}
