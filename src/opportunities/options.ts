/** Jobs and internships: the two kinds of opportunity companies post. */
export const opportunityKinds = [
  ['job', 'Job'],
  ['internship', 'Internship'],
] as const

/** Where the work happens. */
export const workplaces = [
  ['on-site', 'On site'],
  ['hybrid', 'Hybrid'],
  ['remote', 'Remote'],
] as const

export type OpportunityKind = (typeof opportunityKinds)[number][0]
export type Workplace = (typeof workplaces)[number][0]

export const opportunityKindLabel = (value: string) => opportunityKinds.find(([code]) => code === value)?.[1] ?? value
export const workplaceLabel = (value: string) => workplaces.find(([code]) => code === value)?.[1] ?? value

/** Applications close at the end of the deadline's day (UTC, like every date the site shows). */
export function endOfDeadlineDay(value: string | Date): string {
  const date = new Date(value)
  date.setUTCHours(23, 59, 59, 999)
  return date.toISOString()
}
