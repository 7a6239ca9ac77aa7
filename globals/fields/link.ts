import type { Field } from 'payload'

export const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, maxLength: 40 },
  {
    name: 'href',
    type: 'text',
    required: true,
    admin: { description: 'A path on this site such as /policies, or a full https:// address.' },
    validate: (value: unknown) => (typeof value === 'string' && /^(\/|https:\/\/|mailto:)/.test(value) ? true : 'Start the link with /, https:// or mailto:.'),
  },
]
