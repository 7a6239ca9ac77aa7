/** What a conduct report is about, and what kind of problem it describes. */
export const reportSubjects = [
  ['person', 'A person'],
  ['organization', 'An organisation'],
  ['event', 'An event'],
  ['job', 'A job or internship'],
  ['message', 'A message I received'],
  ['other', 'Something else'],
] as const

export const reportCategories = [
  ['harassment', 'Harassment or bullying'],
  ['discrimination', 'Discrimination, including homophobia or transphobia'],
  ['outing', 'Outing someone or sharing private information'],
  ['inappropriate', 'Sexual or inappropriate behaviour'],
  ['scam', 'Scam, spam or a fake opportunity'],
  ['safety', 'Someone’s safety is at risk'],
  ['other', 'Another breach of the Code of Conduct'],
] as const

export const reportStatuses = [
  ['new', 'New'],
  ['in-review', 'In review'],
  ['action-taken', 'Action taken'],
  ['no-action', 'Closed without action'],
] as const

export type ReportSubject = (typeof reportSubjects)[number][0]
export type ReportCategory = (typeof reportCategories)[number][0]
export const labelOf = (list: readonly (readonly [string, string])[], value: string) => list.find(([key]) => key === value)?.[1] ?? value
