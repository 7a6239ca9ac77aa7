import type { FieldHook, TextField } from 'payload'

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

const fillSlugFrom =
  (sourceField: string): FieldHook =>
  ({ data, value }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A URL slug, filled from `sourceField` when left empty, unique and indexed. */
export function slugField(sourceField: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the page address. Filled from the ${sourceField} when left empty.`,
    },
    hooks: { beforeValidate: [fillSlugFrom(sourceField)] },
    validate: (value: unknown) =>
      typeof value === 'string' && slugPattern.test(value) ? true : 'Use lowercase letters, digits and single hyphens, for example "code-of-conduct".',
  }
}
