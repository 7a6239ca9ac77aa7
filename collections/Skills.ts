import { managedList } from './fields/managed-list'

export const Skills = managedList(
  'skills',
  { singular: 'Skill', plural: 'Skills' },
  'What Mentors and Connectors offer (résumé review, interview practice, …). Students filter the directory by them.',
)
