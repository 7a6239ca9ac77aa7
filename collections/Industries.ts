import { managedList } from './fields/managed-list'

export const Industries = managedList(
  'industries',
  { singular: 'Industry', plural: 'Industries' },
  'The industries Mentors and Connectors work in. Students filter the directory by them.',
)
